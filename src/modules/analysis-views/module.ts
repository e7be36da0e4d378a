/**
 * What the analysis-views module gives the platform: its routes and commands. Only the registry
 * (src/modules/index.ts) imports this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { registerStatsCli } from './cli.ts';
import { analysisViewRoutes } from './routes.ts';

export const analysisViewsModule: PlatformModule = { name: 'analysis-views', routes: [analysisViewRoutes], cli: registerStatsCli };
