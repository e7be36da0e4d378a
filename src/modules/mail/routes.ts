/** Outbox administration under /api/v1/mail-outbox (admins; see admin-service.ts). */
import { z } from 'zod';
import type { RouteModule } from '../../core/module-contract.ts';
import { outboxOverview, retryFailedMail } from './admin-service.ts';

const tags = ['mail'];
const counts = z.object({ pending: z.number(), sending: z.number(), sent: z.number(), failed: z.number() });
const failedMail = z.object({
  id: z.number(), subject: z.string(), recipientDomain: z.string().describe('Only the domain: the address is personal data'), attempts: z.number(),
  lastError: z.string().nullable(), createdAt: z.string(), lastAttemptAt: z.string().nullable(),
});

export const mailOutboxRoutes: RouteModule = (app) => {
  app.get('/mail-outbox', {
    schema: { tags, summary: 'Outbox status: counts per status, oldest waiting message, failed messages (no bodies, no addresses)',
      querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).optional() }),
      response: { 200: z.object({ counts, oldestPendingAt: z.string().nullable(), failed: z.array(failedMail) }) } },
  }, async (request) => outboxOverview(request.ctx, request.query.limit));
  app.post('/mail-outbox/retry', {
    schema: { tags, summary: 'Queue failed messages again (all, or the given ids)', body: z.object({ ids: z.array(z.number().int()).max(1000).optional() }),
      response: { 200: z.object({ retried: z.number() }) } },
  }, async (request) => retryFailedMail(request.ctx, request.body.ids));
};
