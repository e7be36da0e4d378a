/**
 * What the initiatives module gives the platform: its routes, demo content, the initiatives section
 * of an area's network and its hourly housekeeping. Only the registry (src/modules/index.ts)
 * imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { initiativesSection } from './area-network.ts';
import { initiativesDemo } from './demo.ts';
import { initiativesHousekeeping } from './housekeeping.ts';
import { initiativeRoutes } from './routes.ts';

export const initiativesModule: PlatformModule = {
  name: 'initiatives',
  routes: [initiativeRoutes],
  demo: initiativesDemo,
  areaNetwork: [initiativesSection],
  housekeeping: initiativesHousekeeping,
};
