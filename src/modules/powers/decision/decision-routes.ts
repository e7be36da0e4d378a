/**
 * The register of decisions under /api/v1 (powers:read reads, powers:edit writes): the catalogue of
 * legal bases, decisions with their Awb procedure, transitions and the deadlines due soon. A decision
 * linked to a PGA case shows more than its public part only to those who may open the case.
 * Reads are logged (powers.decisions.read), writes too (powers.decisions.manage).
 */
import { z } from 'zod';
import { invalidInput } from '../../../core/errors.ts';
import type { RouteModule } from '../../../core/module-contract.ts';
import { listPowerBases, savePowerBase } from './bases.ts';
import { todayOf } from './calendar.ts';
import { getDecision, listDeadlines, listDecisions, type RegisterEnv } from './decision-queries.ts';
import * as s from './decision-schema.ts';
import { changeDecision, createDecision, transitionDecision } from './decision-service.ts';

const tags = ['powers'];

export const decisionRoutes: RouteModule = (app, { config }) => {
  // read at request time: tests and the clock move "today"
  const env = (): RegisterEnv => ({ gemeente: config.municipality, today: todayOf(new Date()) });
  app.get(
    '/power-bases',
    {
      schema: {
        tags,
        summary: 'The catalogue of legal bases (bevoegdheden)',
        response: { 200: z.object({ bases: z.array(s.powerBaseView) }) },
      },
    },
    async (request) => ({ bases: await listPowerBases(request.ctx, config.municipality) }),
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
    async (request) => {
      const { code, ...input } = request.body;
      if (code !== request.params.code) throw invalidInput([{ name: 'body.code', reason: 'moet gelijk zijn aan de code in het pad' }]);
      return savePowerBase(request.ctx, config.municipality, code, input);
    },
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
    async (request) => ({ decisions: await listDecisions(request.ctx, env(), request.query) }),
  );
  app.post(
    '/decisions',
    { schema: { tags, summary: 'Register a decision (state voornemen)', body: s.decisionBody, response: { 201: s.decisionView } } },
    async (request, reply) => reply.code(201).send(await createDecision(request.ctx, env(), request.body)),
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
    async (request) => ({ deadlines: await listDeadlines(request.ctx, env(), request.query.within) }),
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
    async (request) => getDecision(request.ctx, env(), request.params.id),
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
    async (request) => changeDecision(request.ctx, env(), request.params.id, request.body),
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
    async (request) => transitionDecision(request.ctx, env(), request.params.id, request.body),
  );
};
