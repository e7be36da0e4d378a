/** zod schemas of the outbox administration API (routes.ts). */
import { z } from 'zod';
import { RECENT_MAIL } from './admin-service.ts';

export const outboxCounts = z.object({ pending: z.number(), sending: z.number(), sent: z.number(), failed: z.number() });

export const failedMail = z.object({
  id: z.number(),
  subject: z.string(),
  recipientDomain: z.string().describe('Only the domain: the address is personal data'),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  lastAttemptAt: z.string().nullable(),
});

export const recentMail = z.object({
  id: z.number(),
  subject: z.string(),
  recipientDomain: z.string().describe('Only the domain: the address is personal data'),
  status: z.enum(['pending', 'sending', 'sent']),
  attempts: z.number(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export const overviewQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).optional() });
export const overviewReply = z.object({
  counts: outboxCounts,
  oldestPendingAt: z.string().nullable(),
  failed: z.array(failedMail),
  recent: z.array(recentMail).describe(`The ${RECENT_MAIL} newest messages that did not fail (queued, being sent or sent)`),
});

export const retryBody = z.object({ ids: z.array(z.number().int()).max(1000).optional() });
export const retryReply = z.object({ retried: z.number() });
