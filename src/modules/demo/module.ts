/**
 * What the demo module gives the platform: its routes and commands. Only the registry
 * (src/modules/index.ts) imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { registerDemoCli } from './cli.ts';
import { demoRoutes } from './routes.ts';

export const demoModule: PlatformModule = { name: 'demo', routes: [demoRoutes], cli: registerDemoCli };
