/**
 * Missions API under /api/v1/missions: list, create from analysis evidence, read, edit, status,
 * evidence; the routes of each concern (goals, participants from network, log, measures, effect,
 * portfolio, public summaries) register from here.
 */
import { z } from 'zod';
import type { RouteModule } from '../../core/module-contract.ts';
import { addEvidence, rerunEvidence } from './evidence/evidence-service.ts';
import { effectRoutes } from './effect/routes.ts';
import { goalRoutes } from './goals/routes.ts';
import { logRoutes } from './log/routes.ts';
import { measureRoutes } from './measures/routes.ts';
import { participantRoutes } from '../network/index.ts';
import { portfolioRoutes } from './portfolio/routes.ts';
import { publicRoutes } from './public/routes.ts';
import { trialRoutes } from './trials/routes.ts';
import { createMission, getMission, listMissions, transitionMission, updateMission } from './mission-service.ts';
import * as schema from './schema.ts';
import { missionSettings } from './settings.ts';
import { requireMissionAccess } from './access.ts';

const tags = ['missions'];

export const missionRoutes: RouteModule = async (app, deps) => {
  const g = deps.config.municipality;
  const s = missionSettings(deps.config);
  await goalRoutes(app, deps);
  await participantRoutes(requireMissionAccess)(app, deps);
  await logRoutes(app, deps);
  await measureRoutes(app, deps);
  await trialRoutes(app, deps);
  await effectRoutes(app, deps);
  await portfolioRoutes(app, deps);
  await publicRoutes(app, deps);

  app.get(
    '/missions',
    {
      schema: {
        tags,
        summary: 'Missions the caller may see (staff: all; partners: those they take part in)',
        querystring: schema.listQuery,
        response: { 200: z.object({ missions: z.array(schema.missionSummary) }) },
      },
    },
    async (request) => {
      const q = request.query;
      const ownerId =
        q.owner === 'me' && request.ctx.actor.kind === 'user' ? request.ctx.actor.userId : q.owner !== 'me' ? q.owner : undefined;
      return {
        missions: await listMissions(request.ctx, g, {
          ...(q.status ? { statuses: q.status } : {}),
          ...(q.priority ? { priority: q.priority } : {}),
          ...(ownerId ? { ownerId } : {}),
          ...(q.area ? { area: q.area } : {}),
        }),
      };
    },
  );

  app.post(
    '/missions',
    {
      schema: {
        tags,
        summary: 'Create a mission ("make this a mission") with its evidence frozen from the analysis',
        description:
          'Runnable evidence kinds are computed on the server now and stored with their query and the mission scope, so they can be re-run later. ' +
          'Query parameters per kind: crime-counts {year, crimeType?} (grid-cell and polygon scopes: each touched buurt weighted by the share of its area inside, method areal-weighting); hotcrimes {from, to, baselineFrom, baselineTo, minCount?}; ' +
          'hottimes {from, to, crimeTypes?}; concentration {from, to, of: offender|victim|address, crimeTypes?} (shares and Gini only, never ids); ' +
          'report-counts {from, to, categories?}; snapshot: send `result` (not re-runnable).',
        body: schema.createMissionBody,
        response: { 201: schema.missionDetail },
      },
    },
    async (request, reply) => reply.code(201).send(await createMission(request.ctx, s, request.body)),
  );

  app.get(
    '/missions/:id',
    {
      schema: {
        tags,
        summary: 'One mission with status history, allowed transitions, evidence and the caller’s permissions',
        params: schema.idParam,
        response: { 200: schema.missionDetail },
      },
    },
    async (request) => getMission(request.ctx, s, request.params.id),
  );

  app.patch(
    '/missions/:id',
    {
      schema: {
        tags,
        summary: 'Change fields of a mission (send `version` for optimistic locking)',
        params: schema.idParam,
        body: schema.patchMissionBody,
        response: { 200: schema.missionDetail },
      },
    },
    async (request) => updateMission(request.ctx, s, request.params.id, request.body),
  );

  app.post(
    '/missions/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Move the mission to another status (only `allowedTransitions` without `blockedBy`; some need a reason)',
        params: schema.idParam,
        body: schema.transitionBody,
        response: { 200: schema.missionDetail },
      },
    },
    async (request) => transitionMission(request.ctx, s, request.params.id, request.body.to, request.body.reason),
  );

  app.post(
    '/missions/:id/evidence',
    {
      schema: {
        tags,
        summary: 'Freeze another piece of analysis evidence into the mission',
        params: schema.idParam,
        body: schema.evidenceInput,
        response: { 201: schema.evidenceView },
      },
    },
    async (request, reply) => reply.code(201).send(await addEvidence(request.ctx, s, request.params.id, request.body)),
  );

  app.post(
    '/missions/:id/evidence/:evidenceId/rerun',
    {
      schema: {
        tags,
        summary: 'Run the frozen query again on today’s data; returns the fresh result next to the frozen one',
        params: schema.idParam.extend({ evidenceId: z.uuid() }),
        response: {
          200: z.object({
            evidence: schema.evidenceView,
            frozen: z.object({ capturedAt: z.string(), result: z.unknown() }),
            fresh: z.object({ computedAt: z.string(), result: z.unknown() }),
            changes: z
              .array(z.object({ field: z.string(), frozen: z.number(), fresh: z.number(), difference: z.number() }))
              .describe('Numeric top-level fields of both results (as shown to the caller)'),
            disclosure: schema.disclosureView,
          }),
        },
      },
    },
    async (request) => rerunEvidence(request.ctx, s, request.params.id, request.params.evidenceId),
  );
};
