/**
 * What the target-groups module gives the platform: its routes, its section of an area's network and
 * its housekeeping (the six default groups when the municipality has none). Only the registry
 * (src/modules/index.ts) imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { targetGroupRoutes } from './routes.ts';
import { targetGroupsSection } from './section.ts';
import { ensureDefaultTargetGroups } from './target-group-service.ts';

export const targetGroupsModule: PlatformModule = {
  name: 'target-groups',
  routes: [targetGroupRoutes],
  areaNetwork: [targetGroupsSection],
  async housekeeping(ctx, { config }) {
    await ensureDefaultTargetGroups(ctx, config.municipality);
  },
};
