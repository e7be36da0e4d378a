/**
 * Routes of a case's plan: goals per life domain, interventions, trajectory and nazorg milestones.
 * The access rule admits those who may take part in cases; need-to-know (openCase) decides per case.
 */
import type { RouteModule } from '../../../core/module-contract.ts';
import { addIntervention, changeIntervention, getPlan, saveMilestones, savePlan } from './plan-service.ts';
import * as s from './plan-schema.ts';

const tags = ['cases'];
const NEED_TO_KNOW = 'Only for the procesregisseur and the members of the case (break-glass: read-only); every call is logged.';

export const planRoutes: RouteModule = (app) => {
  app.get(
    '/cases/:id/plan',
    {
      schema: {
        tags,
        summary: 'The plan of a case: trajectory, goals per life domain, interventions, nazorg milestones',
        description: NEED_TO_KNOW,
        params: s.caseParams,
        response: { 200: s.planView },
      },
    },
    async (request) => getPlan(request.ctx, request.params.id),
  );
  app.put(
    '/cases/:id/plan',
    {
      schema: {
        tags,
        summary: 'Set the trajectory and the goals (the whole list)',
        description: NEED_TO_KNOW,
        params: s.caseParams,
        body: s.planBody,
        response: { 200: s.planView },
      },
    },
    async (request) => savePlan(request.ctx, request.params.id, request.body),
  );
  app.post(
    '/cases/:id/interventions',
    {
      schema: {
        tags,
        summary: 'Add an intervention with the responsible partner and member',
        description: NEED_TO_KNOW,
        params: s.caseParams,
        body: s.interventionBody,
        response: { 201: s.interventionView },
      },
    },
    async (request, reply) => reply.code(201).send(await addIntervention(request.ctx, request.params.id, request.body)),
  );
  app.patch(
    '/cases/:id/interventions/:interventionId',
    {
      schema: {
        tags,
        summary: 'Change an intervention: dates, outcome and result',
        description: NEED_TO_KNOW,
        params: s.interventionParams,
        body: s.interventionChangeBody,
        response: { 200: s.interventionView },
      },
    },
    async (request) => changeIntervention(request.ctx, request.params.id, request.params.interventionId, request.body),
  );
  app.put(
    '/cases/:id/milestones',
    {
      schema: {
        tags,
        summary: 'Set the milestones of a nazorg trajectory (release date, ID, housing, income, care)',
        description: NEED_TO_KNOW,
        params: s.caseParams,
        body: s.milestonesBody,
        response: { 200: s.planView },
      },
    },
    async (request) => saveMilestones(request.ctx, request.params.id, request.body),
  );
};
