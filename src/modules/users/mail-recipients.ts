/**
 * E-mail addresses for a module's reminders to staff (a youth group's review date, …): the address
 * of one account when it is active, else of every active account whose role has a permission.
 * Only for queueing a mail (mail module); never shown or stored by the caller.
 */
import { roleAllows, ROLES, type Permission } from '../../core/roles.ts';
import type { Db } from '../../db/database.ts';

export async function reminderRecipients(db: Db, target: { userId: string | null; permission: Permission }): Promise<string[]> {
  const roles = ROLES.filter((r) => roleAllows(r, target.permission));
  const active = db.selectFrom('users').select('email').where('status', '=', 'active').where('role', 'in', roles);
  if (target.userId) {
    const one = await active.where('id', '=', target.userId).execute();
    if (one.length) return one.map((r) => r.email);
  }
  const rows = await active.orderBy('email').execute();
  return rows.map((r) => r.email);
}
