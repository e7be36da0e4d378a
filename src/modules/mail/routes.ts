/** Outbox administration under /api/v1/mail-outbox (admins; see admin-service.ts). */
import type { RouteModule } from '../../core/module-contract.ts';
import { outboxOverview, retryFailedMail } from './admin-service.ts';
import { overviewQuery, overviewReply, retryBody, retryReply } from './schema.ts';

const tags = ['mail'];

export const mailOutboxRoutes: RouteModule = (app) => {
  app.get(
    '/mail-outbox',
    {
      schema: {
        tags,
        summary: 'Outbox status: counts per status, oldest waiting message, failed messages (no bodies, no addresses)',
        querystring: overviewQuery,
        response: { 200: overviewReply },
      },
    },
    async (request) => outboxOverview(request.ctx, request.query.limit),
  );
  app.post(
    '/mail-outbox/retry',
    {
      schema: { tags, summary: 'Queue failed messages again (all, or the given ids)', body: retryBody, response: { 200: retryReply } },
    },
    async (request) => retryFailedMail(request.ctx, request.body.ids),
  );
};
