/**
 * What the users module gives the platform: its routes and commands. Only the registry
 * (src/modules/index.ts) imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { actorNameRoutes } from './actor-names.ts';
import { registerUserCli } from './cli.ts';
import { departmentRoutes } from './departments/routes.ts';
import { invitationRoutes } from './invitations/routes.ts';
import { sessionRoutes, userRoutes } from './routes.ts';

export const usersModule: PlatformModule = {
  name: 'users',
  routes: [sessionRoutes, actorNameRoutes, userRoutes, invitationRoutes, departmentRoutes],
  cli: registerUserCli,
};
