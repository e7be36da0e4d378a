/**
 * Youth groups API under /api/v1: the register (youthgroups:read reads, youthgroups:edit writes;
 * partner accounts have neither), shortlist assessments, and the counts per quarter in a group's area.
 */
import { z } from 'zod';
import type { RouteModule } from '../../core/module-contract.ts';
import { todayOf } from './access.ts';
import { addAssessment, listAssessments } from './assessment-service.ts';
import { groupCounts } from './counts.ts';
import { changeGroup, createGroup, getGroup, listGroups, type RegisterEnv } from './group-service.ts';
import * as s from './schema.ts';
import { CATEGORY_SUM_THRESHOLD, SHORTLIST_ITEMS } from './shortlist.ts';

const tags = ['youth-groups'];
const PRIVACY = 'No persons are stored: name the group by an alias and describe behaviour without names.';

export const youthGroupRoutes: RouteModule = (app, { config }) => {
  // read at request time: tests and the clock move "today"; settings change minCellCount live
  const env = (): RegisterEnv => ({ gemeente: config.municipality, today: todayOf(new Date()) });
  app.get(
    '/youth-groups',
    {
      schema: {
        tags,
        summary: 'Youth groups per area (Beke shortlist register); every read is logged',
        querystring: s.listQuery,
        response: { 200: z.object({ groups: z.array(s.groupSummary) }) },
      },
    },
    async (request) => ({ groups: await listGroups(request.ctx, env(), request.query.area) }),
  );
  app.post(
    '/youth-groups',
    {
      schema: { tags, summary: 'Register a youth group', description: PRIVACY, body: s.groupBody, response: { 201: s.groupView } },
    },
    async (request, reply) => reply.code(201).send(await createGroup(request.ctx, env(), request.body)),
  );
  app.get(
    '/youth-groups/shortlist',
    { schema: { tags, summary: 'The shortlist items and the classification rule’s threshold', response: { 200: s.shortlistView } } },
    async () => ({ items: [...SHORTLIST_ITEMS], categorySumThreshold: CATEGORY_SUM_THRESHOLD }),
  );
  app.get(
    '/youth-groups/:id',
    {
      schema: {
        tags,
        summary: 'One youth group with its assessments (logged); case references only for case directors',
        params: s.groupParams,
        response: { 200: s.groupView },
      },
    },
    async (request) => getGroup(request.ctx, env(), request.params.id),
  );
  app.patch(
    '/youth-groups/:id',
    {
      schema: {
        tags,
        summary: 'Change a youth group: fields, hangplekken, approach, review date',
        description: PRIVACY,
        params: s.groupParams,
        body: s.groupChangeBody,
        response: { 200: s.groupView },
      },
    },
    async (request) => changeGroup(request.ctx, env(), request.params.id, request.body),
  );
  app.get(
    '/youth-groups/:id/assessments',
    {
      schema: {
        tags,
        summary: 'The shortlist assessments, oldest first (logged)',
        params: s.groupParams,
        response: { 200: z.object({ assessments: z.array(s.assessmentView) }) },
      },
    },
    async (request) => ({ assessments: await listAssessments(request.ctx, env(), request.params.id) }),
  );
  app.post(
    '/youth-groups/:id/assessments',
    {
      schema: {
        tags,
        summary: 'Record a shortlist assessment (the classification is computed; a different one needs a reason)',
        params: s.groupParams,
        body: s.assessmentBody,
        response: { 201: s.assessmentView },
      },
    },
    async (request, reply) => reply.code(201).send(await addAssessment(request.ctx, env(), request.params.id, request.body)),
  );
  app.get(
    '/youth-groups/:id/counts',
    {
      schema: {
        tags,
        summary: 'Reports (nuisance categories) and incidents in the group’s area per quarter, last two years; small counts suppressed',
        params: s.groupParams,
        response: { 200: s.countsView },
      },
    },
    async (request) => groupCounts(request.ctx, { ...env(), minCellCount: config.minCellCount }, request.params.id),
  );
};
