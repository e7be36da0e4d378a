/**
 * What the signals module gives the platform: its routes and commands. Only the registry
 * (src/modules/index.ts) imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { signalAdminRoutes } from './routes/admin-routes.ts';
import { earlySignalRoutes } from './routes/early-routes.ts';
import { signalsDemo } from './demo/demo-content.ts';
import { signalPhotoRoutes } from './routes/photo-routes.ts';
import { publicSignalRoutes } from './routes/public-routes.ts';
import { staffSignalRoutes } from './routes/staff-routes.ts';

export const signalsModule: PlatformModule = {
  name: 'signals',
  routes: [publicSignalRoutes, staffSignalRoutes, signalAdminRoutes, signalPhotoRoutes, earlySignalRoutes],
  demo: signalsDemo,
};
