/**
 * What the missions module gives the platform: its routes, commands and demo content. Only the registry
 * (src/modules/index.ts) imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { missionsAreaSection } from './area-section.ts';
import { missionsDemo } from './demo/demo.ts';
import { missionRoutes } from './routes.ts';

export const missionsModule: PlatformModule = {
  name: 'missions',
  routes: [missionRoutes],
  demo: missionsDemo,
  areaNetwork: [missionsAreaSection],
};
