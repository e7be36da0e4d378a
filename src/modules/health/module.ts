/**
 * What the health module gives the platform: its routes and commands. Only the registry
 * (src/modules/index.ts) imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { healthRoutes, instanceRoutes } from './routes.ts';

export const healthModule: PlatformModule = { name: 'health', routes: [healthRoutes, instanceRoutes] };
