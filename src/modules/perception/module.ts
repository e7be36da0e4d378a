/**
 * What the perception module gives the platform: its routes, commands and demo content. Only the
 * registry (src/modules/index.ts) imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { perceptionDemo } from './demo/demo.ts';
import { perceptionRoutes } from './routes.ts';

export const perceptionModule: PlatformModule = {
  name: 'perception',
  routes: [perceptionRoutes],
  demo: perceptionDemo,
};
