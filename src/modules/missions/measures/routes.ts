/** Measures of a mission under /api/v1/missions/{id}/measures. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/module-contract.ts';
import { createMeasureBody, measureParams, measureView, patchMeasureBody } from './schema.ts';
import { createMeasure, deleteMeasure, listMeasures, updateMeasure } from './measure-service.ts';
import { idParam } from '../schema.ts';

const tags = ['missions'];
const noContent = { 204: z.null() };

export const measureRoutes: RouteModule = (app, { config }) => {
  const g = config.municipality;
  app.get(
    '/missions/:id/measures',
    {
      schema: {
        tags,
        summary: 'Measures with legal basis (powers) and EAST design (behavioural)',
        params: idParam,
        response: { 200: z.object({ measures: z.array(measureView) }) },
      },
    },
    async (request) => ({ measures: await listMeasures(request.ctx, g, request.params.id) }),
  );
  app.post(
    '/missions/:id/measures',
    { schema: { tags, summary: 'Add a measure', params: idParam, body: createMeasureBody, response: { 201: measureView } } },
    async (request, reply) => reply.code(201).send(await createMeasure(request.ctx, g, request.params.id, request.body)),
  );
  app.patch(
    '/missions/:id/measures/:measureId',
    {
      schema: {
        tags,
        summary: 'Change a measure (status, dates, cost, …)',
        params: measureParams,
        body: patchMeasureBody,
        response: { 200: measureView },
      },
    },
    async (request) => updateMeasure(request.ctx, g, request.params.id, request.params.measureId, request.body),
  );
  app.delete(
    '/missions/:id/measures/:measureId',
    { schema: { tags, summary: 'Remove a measure', params: measureParams, response: noContent } },
    async (request, reply) => {
      await deleteMeasure(request.ctx, g, request.params.id, request.params.measureId);
      return reply.code(204).send(null);
    },
  );
};
