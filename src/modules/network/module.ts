/**
 * What the network module gives the platform: its routes, commands and demo content. Only the registry
 * (src/modules/index.ts) imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { networkDemo } from './demo.ts';
import { partnerRoutes } from './routes.ts';

export const networkModule: PlatformModule = { name: 'network', routes: [partnerRoutes], demo: networkDemo };
