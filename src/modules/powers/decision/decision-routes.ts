/**
 * The register of decisions under /api/v1 (powers:read reads, powers:edit writes): the catalogue of
 * legal bases, decisions with their Awb procedure, transitions and the deadlines due soon. A decision
 * linked to a PGA case shows more than its public part only to those who may open the case.
 * GROUNDWORK: the handlers are filled in by the decisions part (H1); the schemas are the contract.
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/module-contract.ts';
import * as s from './decision-schema.ts';

const tags = ['powers'];
const pending = (): never => {
  throw new Error('not built yet');
};

export const decisionRoutes: RouteModule = (app) => {
  app.get(
    '/power-bases',
    {
      schema: {
        tags,
        summary: 'The catalogue of legal bases (bevoegdheden)',
        response: { 200: z.object({ bases: z.array(s.powerBaseView) }) },
      },
    },
    async () => pending(),
  );
  app.put(
    '/power-bases/:code',
    {
      schema: {
        tags,
        summary: 'Add or change a legal basis (APV articles, …)',
        params: s.codeParams,
        body: s.powerBaseBody,
        response: { 200: s.powerBaseView },
      },
    },
    async () => pending(),
  );
  app.get(
    '/decisions',
    {
      schema: {
        tags,
        summary: 'The register of decisions; every read is logged',
        querystring: s.listQuery,
        response: { 200: z.object({ decisions: z.array(s.decisionSummary) }) },
      },
    },
    async () => pending(),
  );
  app.post(
    '/decisions',
    { schema: { tags, summary: 'Register a decision (state voornemen)', body: s.decisionBody, response: { 201: s.decisionView } } },
    async () => pending(),
  );
  app.get(
    '/decisions/deadlines',
    {
      schema: {
        tags,
        summary: 'Open deadlines due within a term (overdue included)',
        querystring: s.deadlinesQuery,
        response: { 200: z.object({ deadlines: z.array(s.deadlineRow) }) },
      },
    },
    async () => pending(),
  );
  app.get(
    '/decisions/:id',
    {
      schema: {
        tags,
        summary: 'One decision with its procedure, deadlines and timeline (logged)',
        params: s.idParams,
        response: { 200: s.decisionView },
      },
    },
    async () => pending(),
  );
  app.patch(
    '/decisions/:id',
    {
      schema: {
        tags,
        summary: 'Change a decision’s content',
        params: s.idParams,
        body: s.decisionPatch,
        response: { 200: s.decisionView },
      },
    },
    async () => pending(),
  );
  app.post(
    '/decisions/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Take an Awb step (hearing, decision, announcement, objection, …)',
        params: s.idParams,
        body: s.transitionBody,
        response: { 200: s.decisionView },
      },
    },
    async () => pending(),
  );
};
