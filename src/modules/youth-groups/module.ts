/**
 * What the youth-groups module gives the platform: its routes, its section of an area's network,
 * the review reminders (housekeeping) and demo content. Only the registry (src/modules/index.ts)
 * imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { youthGroupsSection } from './area-network.ts';
import { youthGroupsDemo } from './demo.ts';
import { sendReviewReminders } from './reminders.ts';
import { youthGroupRoutes } from './routes.ts';

export const youthGroupsModule: PlatformModule = {
  name: 'youth-groups',
  routes: [youthGroupRoutes],
  areaNetwork: [youthGroupsSection],
  housekeeping: async (ctx, env) => void (await sendReviewReminders(ctx, env)),
  demo: youthGroupsDemo,
};
