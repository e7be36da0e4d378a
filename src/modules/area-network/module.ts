/**
 * What the area-network module gives the platform: its routes. Only the registry
 * (src/modules/index.ts) imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { areaNetworkRoutes } from './routes.ts';

export const areaNetworkModule: PlatformModule = { name: 'area-network', routes: [areaNetworkRoutes] };
