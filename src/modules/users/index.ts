/**
 * The users module — Accounts, roles, sessions, lock-out and passwords.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

export { SESSION_COOKIE, purgeExpiredSessions, resolveSession } from './session-service.ts';
export { ensureFirstAdmin, permissionsOf } from './user-service.ts';
export {
  accountSummaries,
  activeAccountsAllowed,
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
export { reminderRecipients } from './mail-recipients.ts';
