/**
 * The durable SMTP outbox. A message is written to `mail_outbox` in the same transaction as the
 * change that causes it, so a mail outage or a crash loses nothing; the worker (worker.ts) sends
 * due messages and retries with exponential back-off. Delivery is at-least-once; each message
 * carries a stable Message-ID (`<outbox-ID@host>`) so a receiver can drop a rare duplicate.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import { redactAddresses } from './redact.ts';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export const MAX_ATTEMPTS = 12;

/** Queues messages (inside the caller's transaction when given one). */
export async function enqueueMail(db: Kysely<DB>, mails: OutgoingMail[]): Promise<void> {
  if (!mails.length) return;
  await db
    .insertInto('mail_outbox')
    .values(mails.map((m) => ({ to_address: m.to, subject: m.subject, body_text: m.text })))
    .execute();
}

/** A value of the caller's statement put in place of `mark` in each subject and text (see insertMailStatement). */
export interface MailFill {
  mark: string;
  /** A FROM item of one row (e.g. a CTE of the caller's statement). */
  from: RawBuilder<unknown>;
  /** A text expression over `from`. */
  value: RawBuilder<unknown>;
}

/**
 * The INSERT of `mails` into the outbox as the body of a data-modifying CTE, for a caller that
 * stores a change and its mails in one statement (the signals intake: one statement is atomic, and
 * one round trip). `fill` replaces a placeholder with a value the statement assigns (a report number).
 */
export function insertMailStatement(mails: readonly OutgoingMail[], at: Date, fill?: MailFill): RawBuilder<unknown> {
  const rows = JSON.stringify(mails.map((m) => ({ to_address: m.to, subject: m.subject, body_text: m.text })));
  const filled = (column: RawBuilder<unknown>) => (fill ? sql`replace(${column}, ${fill.mark}::text, ${fill.value})` : column);
  return sql`INSERT INTO mail_outbox (to_address, subject, body_text, created_at, next_attempt_at)
    SELECT m.to_address, ${filled(sql`m.subject`)}, ${filled(sql`m.body_text`)}, ${at}::timestamptz, ${at}::timestamptz
    FROM ${fill ? sql`${fill.from}, ` : sql``}jsonb_to_recordset(${rows}::jsonb) AS m(to_address text, subject text, body_text text)`;
}

/** Seconds to wait after the n-th failed attempt: 10 s, 20 s, 40 s … capped at one hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 10 * 2 ** Math.max(0, attempts - 1));
}

export interface ClaimedMail {
  id: number;
  to_address: string;
  subject: string;
  body_text: string;
  attempts: number;
}

/**
 * Claims up to `limit` due messages for `leaseSeconds` (status 'sending'); a claim whose worker
 * died expires and the message is claimed again. SKIP LOCKED lets several servers share the table.
 */
export async function claimDueMail(db: Db, limit: number, leaseSeconds = 120): Promise<ClaimedMail[]> {
  const result = await sql<ClaimedMail>`
    UPDATE mail_outbox SET status = 'sending', locked_until = now() + ${leaseSeconds}::int * interval '1 second'
    WHERE id IN (
      SELECT id FROM mail_outbox
      WHERE (status = 'pending' AND next_attempt_at <= now()) OR (status = 'sending' AND locked_until < now())
      ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING id, to_address, subject, body_text, attempts`.execute(db);
  return result.rows;
}

export async function markSent(db: Db, id: number): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ status: 'sent', sent_at: new Date(), locked_until: null, attempts: sql`attempts + 1` })
    .where('id', '=', id)
    .execute();
}

export async function markFailed(db: Db, id: number, attempts: number, error: string): Promise<void> {
  const next = attempts + 1;
  await db
    .updateTable('mail_outbox')
    .set({
      status: next >= MAX_ATTEMPTS ? 'failed' : 'pending',
      attempts: next,
      last_error: redactAddresses(error).slice(0, 500), // redacted before cutting, so no half address is kept
      locked_until: null,
      // A failed message is not tried again (until an admin retries it): its time is then the last attempt's.
      next_attempt_at: new Date(next >= MAX_ATTEMPTS ? Date.now() : Date.now() + backoffSeconds(next) * 1000),
    })
    .where('id', '=', id)
    .execute();
}

export interface OutboxStats {
  pending: number;
  sending: number;
  sent: number;
  failed: number;
}

export async function outboxStats(db: Db): Promise<OutboxStats> {
  const rows = await db
    .selectFrom('mail_outbox')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const out: OutboxStats = { pending: 0, sending: 0, sent: 0, failed: 0 };
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}
