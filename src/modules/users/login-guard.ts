/**
 * Every check of a password against an account goes through `verifyGuarded` (login, change of
 * one's own password). The design (docs/ARCHITECTURE.md, Privacy):
 *
 * - The attempt is reserved in the database before the password is verified, so N parallel
 *   guesses verify at most `CLIENT_RULE.limit` of them; the rest are refused unverified.
 * - Counting is per (account, client): the client is the browser's device cookie when that browser
 *   logged in to this account before (a known-good client), otherwise the IP address. Failures from
 *   one IP lock only that IP for that account, for 15 minutes doubling per lock up to 24 hours.
 * - Clients without a device cookie share one account-wide backstop (`UNTRUSTED_RULE`), against
 *   guessing from many addresses; its lock is short and capped at one hour, and a known device
 *   never counts against it, so no stranger can lock the owner out for good.
 * - Unknown e-mail addresses are throttled and verified (against a dummy hash) like real ones.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ServiceContext } from '../../core/context.ts';
import { tooManyRequests, type AppError } from '../../core/errors.ts';
import type { Db } from '../../db/database.ts';
import { pseudonymFor } from '../audit/index.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import {
  clearAccount,
  deleteExpiredDevices,
  deviceExpiry,
  insertDevice,
  lockoutsOf,
  recordFailure,
  recordSuccess,
  releaseAttempt,
  reserveAttempt,
  retryAt,
  type ThrottleKey,
  type ThrottleRule,
} from './login-throttle-store.ts';
import type { UserRow } from './user-store.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Per (account, IP address) or (account, known device). */
export const CLIENT_RULE: ThrottleRule = {
  limit: 5,
  windowMs: 15 * MINUTE,
  lockMs: 15 * MINUTE,
  maxLockMs: 24 * HOUR,
  forgetMs: 24 * HOUR,
};
/** Per account, all clients without a device cookie together. */
export const UNTRUSTED_RULE: ThrottleRule = { limit: 50, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE, maxLockMs: HOUR, forgetMs: 24 * HOUR };
const UNTRUSTED = 'untrusted';

export const DEVICE_COOKIE = 'sv_device';
export const DEVICE_DAYS = 180;

/** Who is trying: the request's IP address and the device cookie it sent, if any. */
export interface LoginClient {
  ip: string;
  deviceToken?: string | undefined;
}

export type GuardOutcome = { ok: true; deviceKnown: boolean } | { ok: false; lockedUntil: Date | null };

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function accountKeyOf(db: Db, email: string): Promise<string> {
  return pseudonymFor(db, 'login-account', email.trim().toLowerCase());
}

async function isKnownDevice(db: Db, user: UserRow | undefined, token: string | undefined, now: Date): Promise<boolean> {
  if (!user || !token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
  const expiresAt = await deviceExpiry(db, sha256(token), user.id);
  return expiresAt !== undefined && expiresAt.getTime() > now.getTime();
}

export function lockedError(until: Date, now: Date): AppError {
  return tooManyRequests(
    `Too many failed logins: this account is locked until ${until.toISOString()} for this device or network. ` +
      'Try again later, from a device you logged in with before, or ask an administrator.',
    (until.getTime() - now.getTime()) / 1000,
  );
}

/** Reserves an attempt on every key, or on none: the first refusal gives back the others. */
async function reserveAll(db: Db, keys: Array<[ThrottleKey, ThrottleRule]>, now: Date): Promise<Date | null> {
  const taken: ThrottleKey[] = [];
  for (const [key, rule] of keys) {
    if (await reserveAttempt(db, key, rule, now)) {
      taken.push(key);
      continue;
    }
    for (const k of taken) await releaseAttempt(db, k);
    return retryAt(db, key, rule, now);
  }
  return null;
}

/**
 * Verifies `password` for the account of `email` (`user` undefined when there is none) under the
 * throttle. Throws 429 while refused or when this failure locks the client; `ok: false` for a
 * plain wrong password.
 */
export async function verifyGuarded(
  ctx: ServiceContext,
  email: string,
  user: UserRow | undefined,
  password: string,
  client: LoginClient,
  now = new Date(),
): Promise<GuardOutcome> {
  const account = await accountKeyOf(ctx.db, email);
  const deviceKnown = await isKnownDevice(ctx.db, user, client.deviceToken, now);
  const clientKey: ThrottleKey = {
    account,
    client: deviceKnown ? `device:${sha256(client.deviceToken ?? '')}` : `ip:${await pseudonymFor(ctx.db, 'login-ip', client.ip)}`,
  };
  const keys: Array<[ThrottleKey, ThrottleRule]> = [[clientKey, CLIENT_RULE]];
  if (!deviceKnown) keys.push([{ account, client: UNTRUSTED }, UNTRUSTED_RULE]);
  const refusedUntil = await reserveAll(ctx.db, keys, now);
  if (refusedUntil) return { ok: false, lockedUntil: refusedUntil };

  const ok = await verifyPassword(user?.password_hash ?? (await dummyPasswordHash()), password);
  if (ok && user) {
    await recordSuccess(ctx.db, clientKey, true);
    if (!deviceKnown) await recordSuccess(ctx.db, keys[1]![0], false);
    return { ok: true, deviceKnown };
  }
  let lockedUntil: Date | null = null;
  for (const [key, rule] of keys) {
    const until = await recordFailure(ctx.db, key, rule, now);
    if (until && (!lockedUntil || until > lockedUntil)) lockedUntil = until;
  }
  return { ok: false, lockedUntil };
}

/** Remembers this browser as a known-good client of the user; returns the cookie value. */
export async function rememberDevice(db: Db, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + DEVICE_DAYS * 24 * HOUR);
  await insertDevice(db, { token_hash: sha256(token), user_id: userId, expires_at: expiresAt });
  return { token, expiresAt };
}

/** An administrator reset the password: the account's locks and counts start over. */
export async function clearThrottle(db: Db, email: string): Promise<void> {
  await clearAccount(db, await accountKeyOf(db, email));
}

export function purgeExpiredDevices(db: Db, now = new Date()): Promise<number> {
  return deleteExpiredDevices(db, now);
}

/** What an administrator sees of an account's login locks. */
export interface LockoutState {
  lockedUntil: Date | null;
  lockedClients: number;
  failedLogins: number;
}

const NO_LOCKOUT: LockoutState = { lockedUntil: null, lockedClients: 0, failedLogins: 0 };

/** The lock-out state of each of these accounts, keyed by e-mail address as given. */
export async function lockoutStates(db: Db, emails: readonly string[], now = new Date()): Promise<Map<string, LockoutState>> {
  const keys = new Map<string, string>();
  for (const email of emails) keys.set(await accountKeyOf(db, email), email);
  const windowStart = new Date(now.getTime() - CLIENT_RULE.windowMs);
  const rows = await lockoutsOf(db, [...keys.keys()], { untrustedClient: UNTRUSTED, windowStart }, now);
  const states = new Map<string, LockoutState>(emails.map((e) => [e, NO_LOCKOUT]));
  for (const r of rows) {
    const email = keys.get(r.account);
    if (email !== undefined) states.set(email, { lockedUntil: r.lockedUntil, lockedClients: r.lockedClients, failedLogins: r.failures });
  }
  return states;
}
