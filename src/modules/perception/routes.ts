/**
 * Perception API: the routes of each folder (pulse, moderation, profile, report, survey) register
 * from here, in this order.
 */
import type { RouteModule } from '../../core/module-contract.ts';
import { moderationRoutes } from './moderation/routes.ts';
import { profileRoutes } from './profile/routes.ts';
import { pulseRoutes } from './pulse/routes.ts';
import { reportRoutes } from './report/routes.ts';
import { surveyRoutes } from './survey/routes.ts';

export const perceptionRoutes: RouteModule = async (app, deps) => {
  await pulseRoutes(app, deps);
  await moderationRoutes(app, deps);
  await profileRoutes(app, deps);
  await reportRoutes(app, deps);
  await surveyRoutes(app, deps);
};
