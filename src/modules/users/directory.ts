/**
 * What other modules may know of staff accounts: who an id is (name to show, role, status). No
 * e-mail addresses, password data or sessions leave the users module this way. Reads of one's
 * name on a mission or report are logged by the module that shows it.
 */
import { type Permission, roleAllows, ROLES, type Role } from '../../core/roles.ts';
import type { Db } from '../../db/database.ts';
import { findUserSummaries } from './user-store.ts';

export interface AccountSummary {
  id: string;
  /** Display name, else the e-mail address (what the web app shows as the account's name). */
  name: string;
  role: Role;
  status: 'active' | 'disabled';
}

/** The accounts with these ids (unknown ids are left out). */
export async function accountSummaries(db: Db, ids: readonly string[]): Promise<Map<string, AccountSummary>> {
  const unique = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (unique.length === 0) return new Map();
  const rows = await findUserSummaries(db, unique);
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, name: r.display_name ?? r.email, role: r.role as Role, status: r.status as AccountSummary['status'] },
    ]),
  );
}

/** One account by id, or undefined. */
export async function accountSummary(db: Db, id: string): Promise<AccountSummary | undefined> {
  return (await accountSummaries(db, [id])).get(id);
}

/** Active accounts whose role may handle reports (`signals:handle`): id and name to show, by name. */
export async function assignableAccounts(db: Db): Promise<Array<{ id: string; name: string }>> {
  const roles = ROLES.filter((r) => roleAllows(r, 'signals:handle'));
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name'])
    .where('status', '=', 'active')
    .where('role', 'in', roles)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.display_name ?? r.email })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export interface DepartmentSummary {
  id: string;
  name: string;
  kind: 'afdeling' | 'team';
  active: boolean;
}

/** Departments and teams of a municipality (all, or only the active ones), by name. */
export async function departmentSummaries(db: Db, gemeente: string, onlyActive = false): Promise<DepartmentSummary[]> {
  let query = db.selectFrom('departments').select(['id', 'name', 'kind', 'active']).where('gemeente_code', '=', gemeente);
  if (onlyActive) query = query.where('active', '=', true);
  return query.orderBy('name').execute();
}

/** Ids of the departments and teams an account belongs to. */
export async function departmentIdsOfUser(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('department_members').select('department_id').where('user_id', '=', userId).execute();
  return rows.map((r) => r.department_id);
}

/** Active accounts whose role has `permission` (e.g. cases:participate): id, name to show and role, by name. */
export async function activeAccountsAllowed(db: Db, permission: Permission): Promise<Array<{ id: string; name: string; role: Role }>> {
  const roles = ROLES.filter((r) => roleAllows(r, permission));
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'role'])
    .where('status', '=', 'active')
    .where('role', 'in', roles)
    .execute();
  return rows
    .map((r) => ({ id: r.id, name: r.display_name ?? r.email, role: r.role as Role }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
