/**
 * What the incidents module gives the platform: its routes and commands. Only the registry
 * (src/modules/index.ts) imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { incidentsDemo } from './demo/demo-content.ts';
import { incidentRoutes } from './routes.ts';

export const incidentsModule: PlatformModule = {
  name: 'incidents',
  routes: [incidentRoutes],
  demo: incidentsDemo,
};
