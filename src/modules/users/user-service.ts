/**
 * User accounts: create, list, read, disable, reset a password. Every read or write of an account
 * is personal data processing and goes to the processing log.
 */
import { randomUUID } from 'node:crypto';
import { authorize, can, type Actor, type ServiceContext } from '../../core/context.ts';
import { EMAIL_REASON } from '../../core/email-schema.ts';
import { isEmailAddress, normaliseEmail } from '../../core/email-address.ts';
import { conflict, invalidInput, notFound } from '../../core/errors.ts';
import { ROLE_LABELS, permissionsOfRole, type Permission, type Role } from '../../core/roles.ts';
import type { Db } from '../../db/database.ts';
import { recordProcessing } from '../audit/index.ts';
import { departmentNamesOfUsers } from './departments/department-store.ts';
import { invitationState, type InvitationStatus } from './invitations/invitation-state.ts';
import { latestInvitations, type InvitationRow } from './invitations/invitation-store.ts';
import { clearThrottle, lockoutStates, type LockoutState } from './login-guard.ts';
import { generatePassword, hashPassword, passwordProblem } from './password.ts';
import {
  countUsers,
  endSessions,
  findUserByEmail,
  findUserById,
  insertUser,
  listUserRows,
  lockActiveAdmins,
  setPasswordHash,
  setUserRole,
  setUserStatus,
  type UserRow,
} from './user-store.ts';

export interface UserView {
  id: string;
  email: string;
  displayName: string | null;
  role: Role;
  roleLabel: string;
  status: 'active' | 'disabled';
  /** The password is a one-time one: it must be changed at the next login. */
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  /** Login locks now: the latest lock's end, how many clients are locked, failures in the current window. */
  lockout: { lockedUntil: string | null; lockedClients: number; failedLogins: number };
  /** The names of the active departments and teams the account belongs to. */
  departments: string[];
  /** The newest invitation by link (null: not invited so). */
  invitation: { status: InvitationStatus; expiresAt: string } | null;
  /** What the caller may do with this account (so the UI never recomputes authorisation). */
  permissions: { update: boolean; disable: boolean; resetPassword: boolean; invite: boolean };
}

const NO_LOCKOUT: LockoutState = { lockedUntil: null, lockedClients: 0, failedLogins: 0 };

export interface UserExtras {
  lockout?: LockoutState | undefined;
  departments?: string[] | undefined;
  invitation?: InvitationRow | undefined;
}

export function presentUser(row: UserRow, viewer: Actor, extras: UserExtras = {}): UserView {
  const lockout = extras.lockout ?? NO_LOCKOUT;
  const invitation = invitationState(extras.invitation);
  const manage = can(viewer, 'users:manage');
  const self = viewer.kind === 'user' && viewer.userId === row.id;
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    roleLabel: ROLE_LABELS[row.role].nl,
    status: row.status,
    mustChangePassword: row.must_change_password,
    lastLoginAt: row.last_login_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
    lockout: { ...lockout, lockedUntil: lockout.lockedUntil?.toISOString() ?? null },
    departments: extras.departments ?? [],
    invitation,
    permissions: {
      update: manage && !self,
      disable: manage && !self && row.status === 'active',
      resetPassword: manage && !self,
      invite: manage && !self && invitation !== null && invitation.status !== 'accepted',
    },
  };
}

export function permissionsOf(actor: Actor): Permission[] {
  return actor.kind === 'user' ? permissionsOfRole(actor.role) : [];
}

export interface NewUser {
  email: string;
  role: Role;
  displayName?: string | null;
  /** Omit to generate one; it is returned once and never stored in clear. */
  password?: string;
  mustChangePassword?: boolean;
}

export async function createUser(ctx: ServiceContext, input: NewUser): Promise<{ user: UserView; password: string; generated: boolean }> {
  authorize(ctx, 'users:manage');
  const email = normaliseEmail(input.email);
  if (!isEmailAddress(email)) throw invalidInput([{ name: 'email', reason: EMAIL_REASON }]);
  const problem = input.password === undefined ? null : passwordProblem(input.password, { email });
  if (problem) throw invalidInput([{ name: 'password', reason: problem }]);
  if (await findUserByEmail(ctx.db, email)) throw conflict(`A user with e-mail address ${email} already exists.`);
  const generated = input.password === undefined;
  const password = input.password ?? generatePassword();
  const id = randomUUID();
  await insertUser(ctx.db, {
    id,
    email,
    displayName: input.displayName ?? null,
    role: input.role,
    passwordHash: await hashPassword(password),
    mustChangePassword: input.mustChangePassword ?? generated,
  });
  await recordProcessing(ctx, {
    activity: 'accounts.manage',
    operation: 'create',
    subject: { type: 'user', id },
    attributes: { role: input.role },
  });
  const row = await findUserById(ctx.db, id);
  return { user: presentUser(row!, ctx.actor), password, generated };
}

export async function listUsers(ctx: ServiceContext): Promise<UserView[]> {
  authorize(ctx, 'users:read');
  const rows = await listUserRows(ctx.db);
  const locks = await lockoutStates(
    ctx.db,
    rows.map((r) => r.email),
  );
  const departments = await departmentNamesOfUsers(ctx.db);
  const invitations = await latestInvitations(ctx.db);
  await recordProcessing(ctx, { activity: 'accounts.manage', operation: 'read', attributes: { count: rows.length } });
  return rows.map((r) =>
    presentUser(r, ctx.actor, { lockout: locks.get(r.email), departments: departments.get(r.id), invitation: invitations.get(r.id) }),
  );
}

/** One account, for an administrator; the read is logged with the account as data subject. */
export async function getUser(ctx: ServiceContext, idOrEmail: string): Promise<UserView> {
  authorize(ctx, 'users:read');
  const row = await findByIdOrEmail(ctx, idOrEmail);
  const locks = await lockoutStates(ctx.db, [row.email]);
  const departments = await departmentNamesOfUsers(ctx.db, row.id);
  const invitation = (await latestInvitations(ctx.db, row.id)).get(row.id);
  await recordProcessing(ctx, { activity: 'accounts.manage', operation: 'read', subject: { type: 'user', id: row.id } });
  return presentUser(row, ctx.actor, { lockout: locks.get(row.email), departments: departments.get(row.id), invitation });
}

/** The account as the list shows it, after a change the caller logs itself (no read logged here). */
export async function currentView(ctx: ServiceContext, id: string): Promise<UserView> {
  const row = await findUserById(ctx.db, id);
  if (!row) throw notFound('User', id);
  const locks = await lockoutStates(ctx.db, [row.email]);
  const departments = await departmentNamesOfUsers(ctx.db, id);
  const invitation = (await latestInvitations(ctx.db, id)).get(id);
  return presentUser(row, ctx.actor, { lockout: locks.get(row.email), departments: departments.get(id), invitation });
}

async function findByIdOrEmail(ctx: ServiceContext, idOrEmail: string): Promise<UserRow> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrEmail);
  const email = normaliseEmail(idOrEmail);
  // Neither an id nor an address (e.g. a NUL byte, which the database refuses in text): no such user.
  if (!isUuid && !isEmailAddress(email)) throw notFound('User', idOrEmail.slice(0, 254));
  const row = isUuid ? await findUserById(ctx.db, idOrEmail) : await findUserByEmail(ctx.db, email);
  if (!row) throw notFound('User', idOrEmail);
  return row;
}

export async function disableUser(ctx: ServiceContext, idOrEmail: string): Promise<UserView> {
  authorize(ctx, 'users:manage');
  const row = await findByIdOrEmail(ctx, idOrEmail);
  if (isSelf(ctx, row)) throw conflict('U kunt uw eigen account niet uitschakelen; vraag dit aan een andere beheerder.');
  await ctx.db.transaction().execute(async (tx) => {
    await keepAnAdmin(tx, row.id);
    await setUserStatus(tx, row.id, 'disabled');
    await endSessions(tx, row.id);
  });
  await recordProcessing(ctx, {
    activity: 'accounts.manage',
    operation: 'update',
    subject: { type: 'user', id: row.id },
    attributes: { status: 'disabled' },
  });
  return currentView(ctx, row.id);
}

const isSelf = (ctx: ServiceContext, row: UserRow) => ctx.actor.kind === 'user' && ctx.actor.userId === row.id;

/** Refuses (409) to demote or disable `userId` when it is the last active administrator; call inside a transaction. */
async function keepAnAdmin(tx: Db, userId: string): Promise<void> {
  const admins = await lockActiveAdmins(tx);
  if (admins.length <= 1 && admins.includes(userId)) {
    throw conflict('Dit is de laatste actieve beheerder. Geef eerst een ander account de rol beheerder.');
  }
}

/**
 * An administrator gives an account another role. Not one's own (another administrator does that),
 * and never the last active administrator's; the account's sessions get the new permissions at once.
 */
export async function changeRole(ctx: ServiceContext, idOrEmail: string, role: Role): Promise<UserView> {
  authorize(ctx, 'users:manage');
  const row = await findByIdOrEmail(ctx, idOrEmail);
  if (isSelf(ctx, row)) throw conflict('U kunt uw eigen rol niet wijzigen; vraag dit aan een andere beheerder.');
  if (row.role === role) return currentView(ctx, row.id);
  await ctx.db.transaction().execute(async (tx) => {
    if (role !== 'admin') await keepAnAdmin(tx, row.id);
    await setUserRole(tx, row.id, role);
  });
  await recordProcessing(ctx, {
    activity: 'accounts.manage',
    operation: 'update',
    subject: { type: 'user', id: row.id },
    attributes: { role, previousRole: row.role },
  });
  return currentView(ctx, row.id);
}

/**
 * An administrator (or the CLI) gives the user a new one-time password, shown once: it must be
 * changed at the next login, every session of the user ends, and the account's login locks are lifted.
 */
export async function resetPassword(ctx: ServiceContext, idOrEmail: string): Promise<{ user: UserView; password: string }> {
  authorize(ctx, 'users:manage');
  const row = await findByIdOrEmail(ctx, idOrEmail);
  if (isSelf(ctx, row)) {
    throw conflict('You cannot reset your own password: change it with POST /api/v1/session/password.');
  }
  const password = generatePassword();
  await setPasswordHash(ctx.db, row.id, await hashPassword(password), true);
  const sessionsEnded = await endSessions(ctx.db, row.id);
  await clearThrottle(ctx.db, row.email);
  await recordProcessing(ctx, {
    activity: 'accounts.manage',
    operation: 'update',
    subject: { type: 'user', id: row.id },
    attributes: { password: 'reset', sessionsEnded },
  });
  return { user: await currentView(ctx, row.id), password };
}

/** First start: create the first admin when there are no users at all. */
export async function ensureFirstAdmin(
  ctx: ServiceContext,
  email: string,
  password: string | undefined,
): Promise<{ email: string; password: string; generated: boolean } | null> {
  if ((await countUsers(ctx.db)) > 0) return null;
  const created = await createUser(ctx, { email, role: 'admin', displayName: 'Beheerder', ...(password ? { password } : {}) });
  return { email: created.user.email, password: created.password, generated: created.generated };
}
