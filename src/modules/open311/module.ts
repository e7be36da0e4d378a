/**
 * What the open311 module gives the platform: its routes and commands. Only the registry
 * (src/modules/index.ts) imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { registerOpen311Cli } from './cli.ts';
import { OPEN311_PREFIX, open311AdminRoutes, open311Routes } from './routes.ts';

export const open311Module: PlatformModule = {
  name: 'open311',
  routes: [open311AdminRoutes],
  mounts: [{ prefix: OPEN311_PREFIX, routes: open311Routes }],
  cli: registerOpen311Cli,
};
