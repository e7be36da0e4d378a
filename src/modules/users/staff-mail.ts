/**
 * Where a staff reminder goes: the e-mail addresses of active accounts, for modules that mail staff
 * (the yearly check-in reminder of residents' initiatives). Only for mailing; never shown.
 */
import { roleAllows, ROLES, type Permission } from '../../core/roles.ts';
import type { Db } from '../../db/database.ts';

/** The e-mail address of one account when it is active, else undefined. */
export async function activeAccountMail(db: Db, id: string): Promise<string | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const row = await db.selectFrom('users').select('email').where('id', '=', id).where('status', '=', 'active').executeTakeFirst();
  return row?.email;
}

/** The e-mail addresses of the active accounts whose role has `permission`. */
export async function activeAccountMailsWith(db: Db, permission: Permission): Promise<string[]> {
  const roles = ROLES.filter((r) => roleAllows(r, permission));
  const rows = await db.selectFrom('users').select('email').where('status', '=', 'active').where('role', 'in', roles).execute();
  return rows.map((r) => r.email).sort();
}
