/** Queries on users; no authorisation or auditing here (that is the service's job). */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Role } from '../../core/roles.ts';

export interface UserRow {
  id: string;
  email: string;
  display_name: string | null;
  role: Role;
  password_hash: string;
  status: 'active' | 'disabled';
  must_change_password: boolean;
  last_login_at: Date | null;
  created_at: Date;
}

const COLUMNS = [
  'id',
  'email',
  'display_name',
  'role',
  'password_hash',
  'status',
  'must_change_password',
  'last_login_at',
  'created_at',
] as const;

export function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').select(COLUMNS).where(sql<string>`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
}

export function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirst();
}

export type UserSummaryRow = Pick<UserRow, 'id' | 'email' | 'display_name' | 'role' | 'status'>;

/** Who the accounts with these ids are (no password data); ids must be UUIDs. */
export function findUserSummaries(db: Db, ids: readonly string[]): Promise<UserSummaryRow[]> {
  return db.selectFrom('users').select(['id', 'email', 'display_name', 'role', 'status']).where('id', 'in', ids).execute();
}

export function listUserRows(db: Db): Promise<UserRow[]> {
  return db.selectFrom('users').select(COLUMNS).orderBy('email').execute();
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUser(
  db: Db,
  user: { id: string; email: string; displayName: string | null; role: Role; passwordHash: string; mustChangePassword: boolean },
): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      display_name: user.displayName,
      role: user.role,
      password_hash: user.passwordHash,
      must_change_password: user.mustChangePassword,
    })
    .execute();
}

export async function setUserStatus(db: Db, id: string, status: 'active' | 'disabled'): Promise<boolean> {
  const result = await db.updateTable('users').set({ status, updated_at: new Date() }).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function recordSuccessfulLogin(db: Db, id: string): Promise<void> {
  await db.updateTable('users').set({ last_login_at: new Date() }).where('id', '=', id).execute();
}

/** Stores a new password hash and whether it must be changed at the next login. */
export async function setPasswordHash(db: Db, id: string, passwordHash: string, mustChangePassword: boolean): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, must_change_password: mustChangePassword, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Ends the user's sessions, except the one with `keepTokenHash`; returns how many ended. */
export async function endSessions(db: Db, userId: string, keepTokenHash?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepTokenHash) query = query.where('token_hash', '!=', keepTokenHash);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function setUserRole(db: Db, id: string, role: Role): Promise<void> {
  await db.updateTable('users').set({ role, updated_at: new Date() }).where('id', '=', id).execute();
}

/**
 * The ids of the active administrators, their rows locked until the transaction ends: a concurrent
 * demotion or disabling waits, then sees the change, so the last active admin is never lost.
 */
export async function lockActiveAdmins(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('users').select('id').where('role', '=', 'admin').where('status', '=', 'active').forUpdate().execute();
  return rows.map((r) => r.id);
}
