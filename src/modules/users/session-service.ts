/**
 * Logging in and out, and resolving a session cookie. Sessions are opaque random tokens in an
 * HttpOnly cookie; only their SHA-256 is stored. A session ends at its absolute expiry
 * (STADSVEILIG_SESSION_HOURS) or after STADSVEILIG_SESSION_IDLE_MINUTES without a request.
 * Passwords are checked under the login throttle (`login-guard.ts`); the reply never tells
 * whether the e-mail address exists.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Actor, ServiceContext } from '../../core/context.ts';
import { invalidCredentials } from '../../core/errors.ts';
import type { Db } from '../../db/database.ts';
import { recordProcessing } from '../audit/index.ts';
import { lockedError, purgeExpiredDevices, rememberDevice, verifyGuarded, type LoginClient } from './login-guard.ts';
import { purgeStaleThrottleRows } from './login-throttle-store.ts';
import { deleteExpiredSessions, deleteSession, findSessionWithUser, insertSession, touchSession } from './session-store.ts';
import { findUserByEmail, findUserById, recordSuccessfulLogin, type UserRow } from './user-store.ts';

export const SESSION_COOKIE = 'sv_session';
/** A session's last_seen_at is written at most this often (not on every request). */
const SEEN_RESOLUTION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface ResolvedSession {
  actor: Extract<Actor, { kind: 'user' }>;
  tokenHash: string;
  csrfToken: string;
  /** The user must change their password before anything else (first login, after a reset). */
  mustChangePassword: boolean;
}

export interface SessionLimits {
  sessionHours: number;
  idleMinutes: number;
}

/**
 * Looks up a session token; expired, idle and disabled users' sessions resolve to null (an idle
 * one is deleted). Refreshes last_seen_at at most once a minute.
 */
export async function resolveSession(db: Db, token: string, idleMinutes: number, now = new Date()): Promise<ResolvedSession | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const tokenHash = hashToken(token);
  const row = await findSessionWithUser(db, tokenHash);
  if (row?.status !== 'active' || row.expires_at.getTime() <= now.getTime()) return null;
  const idleFor = now.getTime() - row.last_seen_at.getTime();
  if (idleFor >= idleMinutes * 60_000) {
    await deleteSession(db, tokenHash);
    return null;
  }
  if (idleFor >= SEEN_RESOLUTION_MS) {
    await touchSession(db, tokenHash, now);
  }
  return {
    actor: { kind: 'user', userId: row.id, email: row.email, role: row.role },
    tokenHash,
    csrfToken: row.csrf_token,
    mustChangePassword: row.must_change_password,
  };
}

async function refuseLogin(ctx: ServiceContext, user: UserRow | undefined, reason: string): Promise<void> {
  await recordProcessing(ctx, {
    activity: 'accounts.authenticate',
    operation: 'login',
    status: 'DENIED',
    ...(user ? { subject: { type: 'user', id: user.id } } : {}),
    attributes: { reason },
  });
}

export interface LoginResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: UserRow;
  /** Set when this browser was not yet a known device of the user: the new device cookie. */
  device: { token: string; expiresAt: Date } | null;
}

export interface LoginInput {
  email: string;
  password: string;
  client: LoginClient;
}

export async function login(ctx: ServiceContext, input: LoginInput, limits: SessionLimits): Promise<LoginResult> {
  const now = new Date();
  const user = await findUserByEmail(ctx.db, input.email);
  const outcome = await verifyGuarded(ctx, input.email, user, input.password, input.client, now);
  if (!outcome.ok) {
    await refuseLogin(ctx, user, outcome.lockedUntil ? 'locked' : user ? 'wrong-password' : 'unknown-account');
    throw outcome.lockedUntil ? lockedError(outcome.lockedUntil, now) : invalidCredentials();
  }
  if (user?.status !== 'active') {
    await refuseLogin(ctx, user, 'disabled');
    throw invalidCredentials();
  }
  await recordSuccessfulLogin(ctx.db, user.id);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + limits.sessionHours * 3_600_000);
  await insertSession(ctx.db, {
    token_hash: hashToken(token),
    user_id: user.id,
    csrf_token: csrfToken,
    expires_at: expiresAt,
    last_seen_at: now,
  });
  const device = outcome.deviceKnown ? null : await rememberDevice(ctx.db, user.id, now);
  await recordProcessing(ctx, { activity: 'accounts.authenticate', operation: 'login', subject: { type: 'user', id: user.id } });
  return { token, csrfToken, expiresAt, user, device };
}

/** The account of the logged-in caller, or undefined when the caller is not a user. */
export async function sessionUser(ctx: ServiceContext): Promise<UserRow | undefined> {
  return ctx.actor.kind === 'user' ? findUserById(ctx.db, ctx.actor.userId) : undefined;
}

export async function logout(ctx: ServiceContext, tokenHash: string): Promise<void> {
  await deleteSession(ctx.db, tokenHash);
  if (ctx.actor.kind === 'user') {
    await recordProcessing(ctx, {
      activity: 'accounts.authenticate',
      operation: 'logout',
      subject: { type: 'user', id: ctx.actor.userId },
    });
  }
}

/** Removes expired sessions, expired device cookies and stale throttle rows; run at start-up and hourly. */
export async function purgeExpiredSessions(db: Db): Promise<number> {
  const now = new Date();
  const ended = await deleteExpiredSessions(db, now);
  await purgeExpiredDevices(db, now);
  await purgeStaleThrottleRows(db, now, 48 * 3_600_000);
  return ended;
}
