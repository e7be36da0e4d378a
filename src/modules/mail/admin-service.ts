/**
 * Administration of the outbox (permission `mail:manage`, admins): counts per status, the failed
 * messages without their bodies (which hold tracking links and personal text) and with only the
 * recipient's domain, errors with addresses redacted (redact.ts), and a retry that puts failed
 * messages back in the queue. Each view is logged.
 */
import { authorize, type ServiceContext } from '../../core/context.ts';
import { recordProcessing } from '../audit/index.ts';
import { outboxStats, type OutboxStats } from './outbox-store.ts';
import { redactAddresses } from './redact.ts';

export interface FailedMail {
  id: number;
  subject: string;
  recipientDomain: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
}

export interface RecentMail {
  id: number;
  subject: string;
  recipientDomain: string;
  status: 'pending' | 'sending' | 'sent';
  attempts: number;
  createdAt: string;
  sentAt: string | null;
}

/** How many of the newest messages that did not fail the overview lists. */
export const RECENT_MAIL = 20;

export interface OutboxOverview {
  counts: OutboxStats;
  failed: FailedMail[];
  recent: RecentMail[];
  oldestPendingAt: string | null;
}

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

export async function outboxOverview(ctx: ServiceContext, limit = 100): Promise<OutboxOverview> {
  authorize(ctx, 'mail:manage');
  const failed = await ctx.db
    .selectFrom('mail_outbox')
    .select(['id', 'subject', 'to_address', 'attempts', 'last_error', 'created_at', 'next_attempt_at'])
    .where('status', '=', 'failed')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const oldest = await ctx.db
    .selectFrom('mail_outbox')
    .select('created_at')
    .where('status', '=', 'pending')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  const recent = await recentMail(ctx);
  await recordProcessing(ctx, { activity: 'mail.outbox', operation: 'read', attributes: { failed: failed.length, recent: recent.length } });
  return {
    counts: await outboxStats(ctx.db),
    failed: failed.map((m) => ({
      id: m.id,
      subject: m.subject,
      recipientDomain: domainOf(m.to_address),
      attempts: m.attempts,
      lastError: m.last_error === null ? null : redactAddresses(m.last_error),
      createdAt: m.created_at.toISOString(),
      lastAttemptAt: m.attempts ? m.next_attempt_at.toISOString() : null,
    })),
    oldestPendingAt: oldest?.created_at.toISOString() ?? null,
    recent,
  };
}

/** The newest messages that did not fail, without body or address (see the module's README). */
async function recentMail(ctx: ServiceContext): Promise<RecentMail[]> {
  const rows = await ctx.db
    .selectFrom('mail_outbox')
    .select(['id', 'subject', 'to_address', 'status', 'attempts', 'created_at', 'sent_at'])
    .where('status', '!=', 'failed')
    .orderBy('id', 'desc')
    .limit(RECENT_MAIL)
    .execute();
  return rows.map((m) => ({
    id: m.id,
    subject: m.subject,
    recipientDomain: domainOf(m.to_address),
    status: m.status as RecentMail['status'],
    attempts: m.attempts,
    createdAt: m.created_at.toISOString(),
    sentAt: m.sent_at?.toISOString() ?? null,
  }));
}

/** Puts failed messages (all, or the given ids) back in the queue with a fresh count of attempts. */
export async function retryFailedMail(ctx: ServiceContext, ids?: number[]): Promise<{ retried: number }> {
  authorize(ctx, 'mail:manage');
  let q = ctx.db
    .updateTable('mail_outbox')
    .set({ status: 'pending', attempts: 0, next_attempt_at: new Date(), locked_until: null })
    .where('status', '=', 'failed');
  if (ids) q = q.where('id', 'in', ids.length ? ids : [-1]);
  const r = await q.executeTakeFirst();
  return { retried: Number(r.numUpdatedRows) };
}
