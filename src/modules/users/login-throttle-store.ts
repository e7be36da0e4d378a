/**
 * Queries of the login throttle (table `login_throttle`, migration 0073) and of known devices
 * (`login_devices`). Every throttle step is one
 * statement, atomic on both engines: PostgreSQL locks the row and re-checks the WHERE clause of a
 * concurrent UPDATE; the embedded engine runs one statement at a time. No policy here: the limits
 * come from `login-guard.ts`.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export interface ThrottleRule {
  /** Failed (and in-flight) attempts allowed per window. */
  limit: number;
  windowMs: number;
  /** First lock; each further lock doubles it, up to `maxLockMs`. */
  lockMs: number;
  maxLockMs: number;
  /** The doubling starts again when the last lock ended this long ago. */
  forgetMs: number;
}

export interface ThrottleKey {
  account: string;
  client: string;
}

const at = (d: Date) => sql<Date>`${d.toISOString()}::timestamptz`;

/** The row's counting starts over: the window has passed, or a lock ended since it began. */
function freshSql(now: Date, rule: ThrottleRule) {
  return sql<boolean>`(window_started_at <= ${at(new Date(now.getTime() - rule.windowMs))}
    OR (locked_until IS NOT NULL AND locked_until <= ${at(now)} AND locked_until > window_started_at))`;
}

/**
 * Reserves one password verification for `key`, before the password is checked. Returns false
 * (nothing reserved) while the key is locked or its failures plus attempts in flight reach the limit.
 */
export async function reserveAttempt(db: Db, key: ThrottleKey, rule: ThrottleRule, now: Date): Promise<boolean> {
  await db
    .insertInto('login_throttle')
    .values({ account_key: key.account, client_key: key.client, window_started_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['account_key', 'client_key']).doNothing())
    .execute();
  const fresh = freshSql(now, rule);
  const forgotten = sql<boolean>`(locked_until IS NOT NULL AND locked_until <= ${at(new Date(now.getTime() - rule.forgetMs))})`;
  const row = await db
    .updateTable('login_throttle')
    .set({
      pending: sql<number>`CASE WHEN ${fresh} THEN 1 ELSE pending + 1 END`,
      failures: sql<number>`CASE WHEN ${fresh} THEN 0 ELSE failures END`,
      window_started_at: sql<Date>`CASE WHEN ${fresh} THEN ${at(now)} ELSE window_started_at END`,
      lock_level: sql<number>`CASE WHEN ${forgotten} THEN 0 ELSE lock_level END`,
      updated_at: now,
    })
    .where('account_key', '=', key.account)
    .where('client_key', '=', key.client)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .where(sql<boolean>`(${fresh} OR failures + pending < ${rule.limit})`)
    .returning('pending')
    .executeTakeFirst();
  return row !== undefined;
}

/** Gives back a reservation that was not used (another key refused the attempt). */
export async function releaseAttempt(db: Db, key: ThrottleKey): Promise<void> {
  await db
    .updateTable('login_throttle')
    .set({ pending: sql<number>`GREATEST(pending - 1, 0)` })
    .where('account_key', '=', key.account)
    .where('client_key', '=', key.client)
    .execute();
}

/**
 * A reserved attempt failed: count it, and lock the key when the failures reach the limit (for
 * `lockMs · 2^lockLevel`, at most `maxLockMs`). Returns the lock's end when the key is locked now.
 */
export async function recordFailure(db: Db, key: ThrottleKey, rule: ThrottleRule, now: Date): Promise<Date | null> {
  const locks = sql<boolean>`(failures + 1 >= ${rule.limit} AND (locked_until IS NULL OR locked_until <= ${at(now)}))`;
  const lockSeconds = sql`LEAST(${rule.maxLockMs / 1000}, ${rule.lockMs / 1000} * power(2, LEAST(lock_level, 30)))`;
  const row = await db
    .updateTable('login_throttle')
    .set({
      pending: sql<number>`GREATEST(pending - 1, 0)`,
      failures: sql<number>`failures + 1`,
      locked_until: sql<Date | null>`CASE WHEN ${locks} THEN ${at(now)} + ${lockSeconds} * interval '1 second' ELSE locked_until END`,
      lock_level: sql<number>`CASE WHEN ${locks} THEN lock_level + 1 ELSE lock_level END`,
      updated_at: now,
    })
    .where('account_key', '=', key.account)
    .where('client_key', '=', key.client)
    .returning('locked_until')
    .executeTakeFirst();
  const until = row?.locked_until ?? null;
  return until && until.getTime() > now.getTime() ? until : null;
}

/** A reserved attempt succeeded: the client's count starts over (`forget`), or only its reservation ends. */
export async function recordSuccess(db: Db, key: ThrottleKey, forget: boolean): Promise<void> {
  if (forget) {
    await db.deleteFrom('login_throttle').where('account_key', '=', key.account).where('client_key', '=', key.client).execute();
  } else {
    await releaseAttempt(db, key);
  }
}

/** When the key may be tried again: the end of its lock, or of its window when it is full. */
export async function retryAt(db: Db, key: ThrottleKey, rule: ThrottleRule, now: Date): Promise<Date> {
  const row = await db
    .selectFrom('login_throttle')
    .select(['locked_until', 'window_started_at'])
    .where('account_key', '=', key.account)
    .where('client_key', '=', key.client)
    .executeTakeFirst();
  if (row?.locked_until && row.locked_until.getTime() > now.getTime()) return row.locked_until;
  const windowEnd = (row?.window_started_at.getTime() ?? now.getTime()) + rule.windowMs;
  return new Date(Math.max(windowEnd, now.getTime() + 1000));
}

/** Ends every lock and count of an account (an administrator reset its password). */
export async function clearAccount(db: Db, account: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('account_key', '=', account).execute();
}

/** Housekeeping: rows untouched for `olderThanMs` that hold no running lock. */
export async function purgeStaleThrottleRows(db: Db, now: Date, olderThanMs: number): Promise<number> {
  const result = await db
    .deleteFrom('login_throttle')
    .where('updated_at', '<', new Date(now.getTime() - olderThanMs))
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** When the known-device cookie with this hash expires for this user, or undefined if unknown. */
export async function deviceExpiry(db: Db, tokenHash: string, userId: string): Promise<Date | undefined> {
  const row = await db
    .selectFrom('login_devices')
    .select('expires_at')
    .where('token_hash', '=', tokenHash)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.expires_at;
}

export async function insertDevice(db: Db, row: { token_hash: string; user_id: string; expires_at: Date }): Promise<void> {
  await db.insertInto('login_devices').values(row).execute();
}

export async function deleteExpiredDevices(db: Db, now: Date): Promise<number> {
  const result = await db.deleteFrom('login_devices').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface AccountLockout {
  account: string;
  /** The latest running lock of any client, null when none is locked now. */
  lockedUntil: Date | null;
  /** How many clients (addresses, devices, the account-wide backstop) are locked now. */
  lockedClients: number;
  /** Failed attempts per client in their current windows (the account-wide backstop not counted twice). */
  failures: number;
}

/**
 * The lock-out state of these accounts (their keys) at `now`; accounts without rows are left out.
 * Failures count in windows that began after `windowStart`, leaving out the `untrustedClient` row.
 */
export async function lockoutsOf(
  db: Db,
  accounts: readonly string[],
  only: { untrustedClient: string; windowStart: Date },
  now: Date,
): Promise<AccountLockout[]> {
  if (accounts.length === 0) return [];
  const running = sql<boolean>`(locked_until IS NOT NULL AND locked_until > ${at(now)})`;
  const rows = await db
    .selectFrom('login_throttle')
    .select([
      'account_key',
      sql<Date | null>`max(CASE WHEN ${running} THEN locked_until END)`.as('locked_until'),
      sql<number>`count(*) FILTER (WHERE ${running})`.as('locked_clients'),
      sql<number>`coalesce(sum(failures) FILTER (WHERE client_key <> ${only.untrustedClient}
        AND window_started_at > ${at(only.windowStart)}), 0)`.as('failures'),
    ])
    .where('account_key', 'in', accounts)
    .groupBy('account_key')
    .execute();
  return rows.map((r) => ({
    account: r.account_key,
    lockedUntil: r.locked_until === null ? null : new Date(r.locked_until),
    lockedClients: Number(r.locked_clients),
    failures: Number(r.failures),
  }));
}
