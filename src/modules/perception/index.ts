/**
 * The perception module — Veiligheidsbeleving: surveys, pulse and stories, safety profile, wijkgesprek report.
 * This file is the module's only public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { registerPerceptionCli } from './cli.ts';
import { perceptionRoutes } from './routes.ts';

export const perceptionModule: PlatformModule = { name: 'perception', routes: [perceptionRoutes], cli: registerPerceptionCli };

// The public surface other modules use.
export { seedIndicatorCatalogue } from './survey/catalogue.ts';
export { purgeOldPeriodKeys } from './pulse/device.ts';
export { surveyFigures } from './survey/survey-service.ts';
