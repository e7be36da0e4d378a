/**
 * What the geocoder module gives the platform: its routes and commands. Only the registry
 * (src/modules/index.ts) imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { addressRoutes } from './routes.ts';

export const geocoderModule: PlatformModule = { name: 'geocoder', routes: [addressRoutes] };
