/**
 * What the enforcement module gives the platform: its route, the `import enforcement` command, the
 * compliance section of an area's network and demo content. Only the registry (src/modules/index.ts)
 * imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { registerEnforcementCli } from './cli.ts';
import { complianceSection } from './compliance-section.ts';
import { enforcementDemo } from './demo.ts';
import { enforcementRoutes } from './routes.ts';

export const enforcementModule: PlatformModule = {
  name: 'enforcement',
  routes: [enforcementRoutes],
  cli: registerEnforcementCli,
  areaNetwork: [complianceSection],
  demo: enforcementDemo,
};
