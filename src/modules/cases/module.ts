/**
 * What the cases module gives the platform: its routes. Only the registry (src/modules/index.ts)
 * imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { casesSection } from './area-network.ts';
import { caseRoutes } from './case-routes.ts';
import { figuresRoutes } from './figures-routes.ts';
import { meetingRoutes } from './meeting-routes.ts';
import { planRoutes } from './plan-routes.ts';
import { privacyRoutes } from './privacy-routes.ts';

export const casesModule: PlatformModule = {
  name: 'cases',
  routes: [caseRoutes, planRoutes, meetingRoutes, privacyRoutes, figuresRoutes],
  areaNetwork: [casesSection],
};
