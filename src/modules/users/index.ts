/**
 * The users module — Accounts, roles, sessions, lock-out and passwords.
 * This file is the module's only public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { registerUserCli } from './cli.ts';
import { sessionRoutes, userRoutes } from './routes.ts';

export const usersModule: PlatformModule = { name: 'users', routes: [sessionRoutes, userRoutes], cli: registerUserCli };

// The public surface other modules use.
export { SESSION_COOKIE, purgeExpiredSessions, resolveSession } from './session-service.ts';
export { ensureFirstAdmin, permissionsOf } from './user-service.ts';
export { accountSummaries, accountSummary, type AccountSummary } from './directory.ts';
