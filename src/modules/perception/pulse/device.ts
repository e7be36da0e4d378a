/**
 * One answer per device per period, without tracking people.
 *
 * Design: the questionnaire sets a first-party cookie `sv_pulse` (random 256-bit token, HttpOnly,
 * SameSite=Strict, path /api/v1/pulse, expiring at the end of the period). The token is never
 * stored. An answer stores only
 *
 *     device_hash = HMAC-SHA256(K_period, token ‖ "|" ‖ buurtCode)
 *
 * where K_period is a random secret per municipality and calendar quarter (pulse_period_keys).
 * A unique index on (gemeente, period, device_hash) refuses a second answer from the same device
 * for the same buurt in the same quarter. Because the key differs per period and the buurt code is
 * hashed in, hashes cannot be linked across periods or buurten; once the key is deleted
 * (`purgeOldPeriodKeys`, one quarter after the period) nobody — not even with the cookie — can link
 * a stored answer to a device. No IP address, account, user agent or time of day is stored.
 * Clearing cookies allows another answer: per-IP rate limits (in memory) and near-duplicate story
 * detection limit that abuse; `n` is shown everywhere so a few answers are never read as a survey.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../../../db/database.ts';

export const PULSE_COOKIE = 'sv_pulse';

/** Calendar quarter of a date (UTC), e.g. 2025-Q3. */
export function periodOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** First instant after the period. */
export function periodEnd(period: string): Date {
  const [y, q] = [Number(period.slice(0, 4)), Number(period.slice(6))];
  return new Date(Date.UTC(y, q * 3, 1));
}

function previousPeriod(period: string): string {
  const [y, q] = [Number(period.slice(0, 4)), Number(period.slice(6))];
  return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
}

export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

export function isDeviceToken(value: string | undefined): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** The period's secret, created on first use (concurrent creators agree through the primary key). */
export async function periodKey(db: Db, gemeente: string, period: string): Promise<string> {
  await db
    .insertInto('pulse_period_keys')
    .values({ gemeente_code: gemeente, period, secret: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const row = await db
    .selectFrom('pulse_period_keys')
    .select('secret')
    .where('gemeente_code', '=', gemeente)
    .where('period', '=', period)
    .executeTakeFirstOrThrow();
  return row.secret;
}

export function deviceHash(secret: string, token: string, buurtCode: string): string {
  return createHmac('sha256', Buffer.from(secret, 'hex')).update(`${token}|${buurtCode}`).digest('hex');
}

/** Deletes keys of periods older than the previous one; returns how many. */
export async function purgeOldPeriodKeys(db: Db, now = new Date()): Promise<number> {
  const keep = [periodOf(now), previousPeriod(periodOf(now))];
  const r = await db.deleteFrom('pulse_period_keys').where('period', 'not in', keep).executeTakeFirst();
  return Number(r.numDeletedRows);
}
