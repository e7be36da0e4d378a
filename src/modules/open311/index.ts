/**
 * The open311 module — Open311 GeoReport v2 over the signals service, and its API keys.
 * This file is the module's only public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { registerOpen311Cli } from './cli.ts';
import { OPEN311_PREFIX, open311AdminRoutes, open311Routes } from './routes.ts';

export const open311Module: PlatformModule = { name: 'open311', routes: [open311AdminRoutes], mounts: [{ prefix: OPEN311_PREFIX, routes: open311Routes }], cli: registerOpen311Cli };

// The public surface other modules use.
export { OPEN311_PREFIX, sendError } from './routes.ts';
