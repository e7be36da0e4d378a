/** Public summaries of missions: written and approved by staff under /missions/{id}, read by anyone under /public/missions. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/module-contract.ts';
import { idParam } from '../schema.ts';
import { missionSettings } from '../settings.ts';
import { approvePublicSummary, publicMission, publicMissions, savePublicSummary } from './public-service.ts';
import { approvalBody, publicView, summaryBody } from './schema.ts';

const tags = ['missions'];

export const publicRoutes: RouteModule = (app, { config }) => {
  const g = config.municipality;
  const s = missionSettings(config);
  app.put(
    '/missions/:id/public-summary',
    {
      schema: {
        tags,
        summary: 'Write the public summary (becomes a draft until approved)',
        params: idParam,
        body: summaryBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await savePublicSummary(request.ctx, g, request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/missions/:id/public-summary/approval',
    {
      schema: {
        tags,
        summary: 'Approve (or withdraw) the public summary (missions:publish)',
        params: idParam,
        body: approvalBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await approvePublicSummary(request.ctx, g, request.params.id, request.body.approve);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/public/missions',
    {
      schema: {
        tags: ['public'],
        summary: 'Approved public summaries of missions (no login, no personal data)',
        response: { 200: z.object({ missions: z.array(publicView) }) },
      },
    },
    async (request) => ({ missions: await publicMissions(request.ctx, s) }),
  );
  app.get(
    '/public/missions/:id',
    { schema: { tags: ['public'], summary: 'One approved public mission summary', params: idParam, response: { 200: publicView } } },
    async (request) => publicMission(request.ctx, s, request.params.id),
  );
};
