/** Goals (KPIs) of a mission under /api/v1/missions/{id}/goals; progress is computed, never sent. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/module-contract.ts';
import { baselineBody, baselinePreview, createGoalBody, goalParams, goalView, measurementBody, patchGoalBody } from './schema.ts';
import { addMeasurement, createGoal, deleteGoal, getGoal, listGoals, previewBaseline, updateGoal } from './goal-service.ts';
import { idParam } from '../schema.ts';
import { missionSettings } from '../settings.ts';

const tags = ['missions'];

export const goalRoutes: RouteModule = (app, { config }) => {
  const g = config.municipality;
  const s = missionSettings(config);
  app.get(
    '/missions/:id/goals',
    {
      schema: {
        tags,
        summary: 'Goals with live baseline, current value and computed progress',
        params: idParam,
        response: { 200: z.object({ goals: z.array(goalView) }) },
      },
    },
    async (request) => ({ goals: await listGoals(request.ctx, s, request.params.id) }),
  );
  app.post(
    '/missions/:id/goals',
    {
      schema: {
        tags,
        summary: 'Add a goal (KPI): indicator, baseline period, target, deadline',
        description:
          'The baseline value is computed from data over [baselineFrom, baselineTo) and frozen for the record; progress always uses live readings.',
        params: idParam,
        body: createGoalBody,
        response: { 201: goalView },
      },
    },
    async (request, reply) => reply.code(201).send(await createGoal(request.ctx, s, request.params.id, request.body)),
  );
  app.post(
    '/missions/:id/goals/baseline',
    {
      schema: {
        tags,
        summary: 'The baseline of a goal before it is added: indicator and period → value, period and source',
        description: 'Read from today’s data as the goal would be; nothing is stored. The goal form shows it before it asks for a target.',
        params: idParam,
        body: baselineBody,
        response: { 200: baselinePreview },
      },
    },
    async (request) => previewBaseline(request.ctx, s, request.params.id, request.body),
  );
  app.get(
    '/missions/:id/goals/:goalId',
    { schema: { tags, summary: 'One goal with progress', params: goalParams, response: { 200: goalView } } },
    async (request) => getGoal(request.ctx, s, request.params.id, request.params.goalId),
  );
  app.patch(
    '/missions/:id/goals/:goalId',
    { schema: { tags, summary: 'Change title, target or deadline', params: goalParams, body: patchGoalBody, response: { 200: goalView } } },
    async (request) => updateGoal(request.ctx, s, request.params.id, request.params.goalId, request.body),
  );
  app.delete(
    '/missions/:id/goals/:goalId',
    { schema: { tags, summary: 'Remove a goal', params: goalParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteGoal(request.ctx, g, request.params.id, request.params.goalId);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/missions/:id/goals/:goalId/measurements',
    {
      schema: {
        tags,
        summary: 'Enter a measurement of a custom indicator (data with date and source)',
        params: goalParams,
        body: measurementBody,
        response: { 201: goalView },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addMeasurement(request.ctx, s, request.params.id, request.params.goalId, request.body)),
  );
};
