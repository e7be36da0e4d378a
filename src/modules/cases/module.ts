/**
 * What the cases module gives the platform: its routes. Only the registry (src/modules/index.ts)
 * imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { casesSection } from './area-network.ts';
import { caseRoutes } from './case-routes.ts';
import { casesDemo } from './demo.ts';
import { figuresRoutes } from './figures-routes.ts';
import { lifecycleRoutes } from './lifecycle-routes.ts';
import { meetingRoutes } from './meeting-routes.ts';
import { planRoutes } from './plan-routes.ts';
import { privacyRoutes } from './privacy-routes.ts';
import { registerCasesCli } from './retention-cli.ts';
import { runCaseRetention } from './retention.ts';

export const casesModule: PlatformModule = {
  name: 'cases',
  routes: [caseRoutes, planRoutes, meetingRoutes, privacyRoutes, figuresRoutes, lifecycleRoutes],
  areaNetwork: [casesSection],
  housekeeping: async (ctx, env) =>
    void (await runCaseRetention(ctx, { gemeente: env.config.municipality, retentionYears: env.config.caseRetentionYears, now: env.now })),
  demo: casesDemo,
  cli: registerCasesCli,
};
