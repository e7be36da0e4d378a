/**
 * The workbench module — The analysis API over the columnar copy of incidents and reports.
 * This file is the module's only public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { workbenchRoutes } from './routes.ts';

export const workbenchModule: PlatformModule = { name: 'workbench', routes: [workbenchRoutes] };

// The public surface other modules use.
export type { Alert } from './trends.ts';
