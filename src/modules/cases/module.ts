/**
 * What the cases module gives the platform: its routes. Only the registry (src/modules/index.ts)
 * imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { casesSection } from './figures/area-network.ts';
import { caseRoutes } from './case/case-routes.ts';
import { casesDemo } from './lifecycle/demo.ts';
import { figuresRoutes } from './figures/figures-routes.ts';
import { lifecycleRoutes } from './lifecycle/lifecycle-routes.ts';
import { meetingRoutes } from './meetings/meeting-routes.ts';
import { planRoutes } from './plan/plan-routes.ts';
import { privacyRoutes } from './privacy/privacy-routes.ts';
import { registerCasesCli } from './lifecycle/retention-cli.ts';
import { runCaseRetention } from './lifecycle/retention.ts';

export const casesModule: PlatformModule = {
  name: 'cases',
  routes: [caseRoutes, planRoutes, meetingRoutes, privacyRoutes, figuresRoutes, lifecycleRoutes],
  areaNetwork: [casesSection],
  housekeeping: async (ctx, env) =>
    void (await runCaseRetention(ctx, { gemeente: env.config.municipality, retentionYears: env.config.caseRetentionYears, now: env.now })),
  demo: casesDemo,
  cli: registerCasesCli,
};
