/**
 * The users module — Accounts, roles, sessions, lock-out and passwords.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

import { type Permission, ROLES, roleAllows } from '../../core/roles.ts';
import type { Db } from '../../db/database.ts';

export { SESSION_COOKIE, purgeExpiredSessions, resolveSession } from './session-service.ts';
export { ensureFirstAdmin, permissionsOf } from './user-service.ts';
export {
  accountSummaries,
  accountSummary,
  assignableAccounts,
  departmentIdsOfUser,
  departmentSummaries,
  type AccountSummary,
  type DepartmentSummary,
} from './directory.ts';
export { seedDepartmentsIfEmpty } from './departments/department-service.ts';
export { createUser } from './user-service.ts';
export { inviteByLink, type InvitationEnv } from './invitations/invitation-service.ts';
export { activeAccountMail, activeAccountMailsWith } from './staff-mail.ts';
export { reminderRecipients } from './mail-recipients.ts';

/** The e-mail addresses of the active accounts whose role has `permission` (for reminders to staff), sorted. */
export async function activeAccountEmailsWith(db: Db, permission: Permission): Promise<string[]> {
  const roles = ROLES.filter((r) => roleAllows(r, permission));
  const rows = await db
    .selectFrom('users')
    .select('email')
    .where('status', '=', 'active')
    .where('role', 'in', roles)
    .orderBy('email')
    .execute();
  return rows.map((r) => r.email);
}
