/**
 * Routes of the case itself: criteria, GET|POST /cases, GET|PATCH /cases/{id}, the BSN, status,
 * members, household, links, timeline, and what the new-case form offers (assignable users,
 * covenants). The access rules admit roles; openCase decides per case (need-to-know).
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/module-contract.ts';
import { listCovenants } from './case-covenants.ts';
import { addHouseholdMember, addMember, assignableUsers, removeHouseholdMember, removeMember } from './case-members.ts';
import * as s from './case-schema.ts';
import { type CaseEnv, changeCase, createCase, getCase, listCases, revealBsn } from './case-service.ts';
import { caseTimeline } from './case-timeline.ts';
import { criteriaOf, saveCriteria } from './criteria.ts';
import { fieldKeyOf } from '../access/field-crypto.ts';
import { addLink, removeLink } from './links-service.ts';
import { changeStatus } from './status-service.ts';

const tags = ['cases'];
const LOGGED =
  'Need-to-know: only for the case’s procesregisseur and members (break-glass: read-only); every call is logged with the legal basis.';

export const caseRoutes: RouteModule = (app, { config }) => {
  const gemeente = config.municipality;
  const env = (): CaseEnv => ({ gemeente, key: fieldKeyOf(config) });
  const ok = z.object({ ok: z.literal(true) });

  app.get(
    '/case-criteria',
    {
      schema: {
        tags,
        summary: 'The reasons for inclusion the municipality works with',
        response: { 200: z.object({ criteria: z.array(s.criterionView) }) },
      },
    },
    async (request) => ({
      criteria: await criteriaOf(request.ctx.db, gemeente),
    }),
  );
  app.put(
    '/case-criteria',
    {
      schema: {
        tags,
        summary: 'Edit names and active flags, add criteria (never deleted: cases refer to them)',
        body: s.criteriaBody,
        response: { 200: z.object({ criteria: z.array(s.criterionView) }) },
      },
    },
    async (request) => ({
      criteria: await saveCriteria(request.ctx, gemeente, request.body.criteria),
    }),
  );
  app.get(
    '/cases/assignable-users',
    {
      schema: {
        tags,
        summary: 'Active accounts that may be assigned to cases, with their organisations',
        response: { 200: s.assignableView },
      },
    },
    async (request) => ({
      users: await assignableUsers(request.ctx, gemeente),
    }),
  );
  app.get(
    '/cases/covenants',
    { schema: { tags, summary: 'Covenants of the network that can be a case’s legal basis', response: { 200: s.covenantsView } } },
    async (request) => ({
      covenants: await listCovenants(request.ctx, gemeente),
    }),
  );
  app.get(
    '/cases',
    {
      schema: {
        tags,
        summary: 'The cases open to the caller (assigned or break-glass); each returned case is logged',
        querystring: s.listQuery,
        response: { 200: z.object({ cases: z.array(s.caseSummary) }) },
      },
    },
    async (request) => ({
      cases: await listCases(request.ctx, request.query),
    }),
  );
  app.post(
    '/cases',
    {
      schema: {
        tags,
        summary: 'Open a case; the caller becomes its procesregisseur',
        description: LOGGED,
        body: s.createCaseBody,
        response: { 201: s.caseView },
      },
    },
    async (request, reply) => reply.code(201).send(await createCase(request.ctx, env(), request.body)),
  );
  app.get(
    '/cases/:id',
    {
      schema: {
        tags,
        summary: 'One case with the caller’s permissions',
        description: LOGGED,
        params: s.caseParams,
        response: { 200: s.caseView },
      },
    },
    async (request) => getCase(request.ctx, env(), request.params.id),
  );
  app.patch(
    '/cases/:id',
    {
      schema: {
        tags,
        summary: 'Change a case (criteria and legal basis: procesregisseur only)',
        description: LOGGED,
        params: s.caseParams,
        body: s.changeCaseBody,
        response: { 200: s.caseView },
      },
    },
    async (request) => changeCase(request.ctx, env(), request.params.id, request.body),
  );
  app.get(
    '/cases/:id/bsn',
    {
      schema: {
        tags,
        summary: 'The full BSN (logged separately)',
        description: LOGGED,
        params: s.caseParams,
        response: { 200: z.object({ bsn: z.string().nullable() }) },
      },
    },
    async (request) => revealBsn(request.ctx, env(), request.params.id),
  );
  app.post(
    '/cases/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Change the status (procesregisseur only)',
        description: LOGGED,
        params: s.caseParams,
        body: s.transitionBody,
        response: { 200: s.caseView },
      },
    },
    async (request) => {
      await changeStatus(request.ctx, request.params.id, request.body);
      return getCase(request.ctx, env(), request.params.id);
    },
  );
  app.get(
    '/cases/:id/timeline',
    {
      schema: {
        tags,
        summary: 'Status changes, members, links and break-glass openings, newest first',
        description: LOGGED,
        params: s.caseParams,
        response: { 200: s.timelineView },
      },
    },
    async (request) => ({
      events: await caseTimeline(request.ctx, request.params.id),
    }),
  );
  app.post(
    '/cases/:id/members',
    {
      schema: {
        tags,
        summary: 'Assign a member (procesregisseur only)',
        description: LOGGED,
        params: s.caseParams,
        body: s.memberInput,
        response: { 201: ok },
      },
    },
    async (request, reply) => {
      await addMember(request.ctx, gemeente, request.params.id, request.body);
      return reply.code(201).send({ ok: true as const });
    },
  );
  app.delete(
    '/cases/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Take a member off the case (procesregisseur only)',
        description: LOGGED,
        params: s.memberParams,
        response: { 200: ok },
      },
    },
    async (request) => {
      await removeMember(request.ctx, request.params.id, request.params.userId);
      return { ok: true as const };
    },
  );
  app.post(
    '/cases/:id/household',
    {
      schema: {
        tags,
        summary: 'Add a household member',
        description: LOGGED,
        params: s.caseParams,
        body: s.householdInput,
        response: { 201: ok },
      },
    },
    async (request, reply) => {
      await addHouseholdMember(request.ctx, request.params.id, request.body);
      return reply.code(201).send({ ok: true as const });
    },
  );
  app.delete(
    '/cases/:id/household/:itemId',
    { schema: { tags, summary: 'Remove a household member', description: LOGGED, params: s.itemParams, response: { 200: ok } } },
    async (request) => {
      await removeHouseholdMember(request.ctx, request.params.id, request.params.itemId);
      return { ok: true as const };
    },
  );
  app.post(
    '/cases/:id/links',
    {
      schema: {
        tags,
        summary: 'Link a youth group, address, incident, report or decision',
        description: LOGGED,
        params: s.caseParams,
        body: s.linkInput,
        response: { 201: ok },
      },
    },
    async (request, reply) => {
      await addLink(request.ctx, gemeente, request.params.id, request.body);
      return reply.code(201).send({ ok: true as const });
    },
  );
  app.delete(
    '/cases/:id/links/:itemId',
    { schema: { tags, summary: 'Remove a link', description: LOGGED, params: s.itemParams, response: { 200: ok } } },
    async (request) => {
      await removeLink(request.ctx, request.params.id, request.params.itemId);
      return { ok: true as const };
    },
  );
};
