/**
 * What the settings module gives the platform: its routes. Only the registry
 * (src/modules/index.ts) imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { settingsRoutes } from './routes.ts';

export const settingsModule: PlatformModule = { name: 'settings', routes: [settingsRoutes] };
