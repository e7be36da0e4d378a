/**
 * Logging in and out. Sessions are opaque random tokens in an HttpOnly cookie; only their SHA-256
 * is stored. Five wrong passwords lock the account for 15 minutes (OWASP ASVS 2.2.1); the reply
 * never tells whether the e-mail address exists.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Actor, ServiceContext } from '../../core/context.ts';
import { AppError, tooManyRequests } from '../../core/errors.ts';
import type { Db } from '../../db/database.ts';
import { recordProcessing } from '../audit/audit-service.ts';
import { dummyPasswordHash, verifyPassword } from './password.ts';
import { findUserByEmail, recordFailedLogin, recordSuccessfulLogin, resetFailedLogins, type UserRow } from './user-store.ts';

export const SESSION_COOKIE = 'sv_session';
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface ResolvedSession {
  actor: Extract<Actor, { kind: 'user' }>;
  tokenHash: string;
  csrfToken: string;
}

/** Looks up a session token; expired sessions and disabled users resolve to null. */
export async function resolveSession(db: Db, token: string): Promise<ResolvedSession | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.email', 'users.role', 'users.status', 'sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || row.status !== 'active' || row.expires_at.getTime() <= Date.now()) return null;
  return { actor: { kind: 'user', userId: row.id, email: row.email, role: row.role }, tokenHash, csrfToken: row.csrf_token };
}

const invalidCredentials = () =>
  new AppError(401, 'invalid-credentials', 'Login failed', 'The e-mail address or password is not correct.');

async function refuseLogin(ctx: ServiceContext, user: UserRow | undefined, reason: string): Promise<never> {
  await recordProcessing(ctx, {
    activity: 'accounts.authenticate',
    operation: 'login',
    status: 'DENIED',
    ...(user ? { subject: { type: 'user', id: user.id } } : {}),
    attributes: { reason },
  });
  throw invalidCredentials();
}

function lockedError(until: Date): AppError {
  const seconds = (until.getTime() - Date.now()) / 1000;
  return tooManyRequests(
    `Too many failed logins: this account is locked until ${until.toISOString()}. Try again later or ask an administrator.`,
    seconds,
  );
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserRow;
}

export async function login(ctx: ServiceContext, email: string, password: string, sessionHours: number): Promise<LoginResult> {
  const user = await findUserByEmail(ctx.db, email);
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), password); // same work as for a real account
    return refuseLogin(ctx, undefined, 'unknown-account');
  }
  if (user.locked_until && user.locked_until.getTime() > Date.now()) {
    await recordProcessing(ctx, {
      activity: 'accounts.authenticate',
      operation: 'login',
      status: 'DENIED',
      subject: { type: 'user', id: user.id },
      attributes: { reason: 'locked' },
    });
    throw lockedError(user.locked_until);
  }
  const ok = await verifyPassword(user.password_hash, password);
  if (!ok || user.status !== 'active') {
    if (!ok) {
      if (user.locked_until) await resetFailedLogins(ctx.db, user.id); // an expired lock starts a fresh count
      const lockUntil = new Date(Date.now() + LOCK_MINUTES * 60_000);
      const failures = await recordFailedLogin(ctx.db, user.id, LOCK_AFTER_FAILURES, lockUntil);
      if (failures >= LOCK_AFTER_FAILURES) {
        await refuseLogin(ctx, user, 'wrong-password-locked').catch(() => undefined);
        throw lockedError(lockUntil);
      }
    }
    return refuseLogin(ctx, user, ok ? 'disabled' : 'wrong-password');
  }
  await recordSuccessfulLogin(ctx.db, user.id);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionHours * 3_600_000);
  await ctx.db.insertInto('sessions').values({ token_hash: hashToken(token), user_id: user.id, csrf_token: csrfToken, expires_at: expiresAt }).execute();
  await recordProcessing(ctx, { activity: 'accounts.authenticate', operation: 'login', subject: { type: 'user', id: user.id } });
  return { token, csrfToken, expiresAt, user };
}

export async function logout(ctx: ServiceContext, tokenHash: string): Promise<void> {
  await ctx.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  if (ctx.actor.kind === 'user') {
    await recordProcessing(ctx, { activity: 'accounts.authenticate', operation: 'logout', subject: { type: 'user', id: ctx.actor.userId } });
  }
}

/** Removes expired sessions; run at start-up and periodically. */
export async function purgeExpiredSessions(db: Db): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', new Date()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
