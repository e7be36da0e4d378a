/** The mission log under /api/v1/missions/{id}/log. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/module-contract.ts';
import { logBody, logView } from './schema.ts';
import { addLogEntry, listLog } from './log-service.ts';
import { idParam } from '../schema.ts';

const tags = ['missions'];

export const logRoutes: RouteModule = (app, { config }) => {
  const g = config.municipality;
  app.get(
    '/missions/:id/log',
    {
      schema: {
        tags,
        summary: 'Log of decisions and meetings, newest first',
        params: idParam,
        response: { 200: z.object({ entries: z.array(logView) }) },
      },
    },
    async (request) => ({ entries: await listLog(request.ctx, g, request.params.id) }),
  );
  app.post(
    '/missions/:id/log',
    { schema: { tags, summary: 'Record a decision, meeting or note', params: idParam, body: logBody, response: { 201: logView } } },
    async (request, reply) => reply.code(201).send(await addLogEntry(request.ctx, g, request.params.id, request.body)),
  );
};
