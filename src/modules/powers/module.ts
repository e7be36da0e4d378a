/**
 * What the powers module gives the platform: its routes, demo content, housekeeping (deadline
 * reminders), area-network sections and commands. Only the registry (src/modules/index.ts) imports
 * this file; other code uses index.ts.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { cameraRoutes } from './camera/camera-routes.ts';
import { decisionsSubjectAccess } from './decision/case-subject-access.ts';
import { decisionsDemo } from './decision/demo.ts';
import { decisionRoutes } from './decision/decision-routes.ts';
import { sendDeadlineReminders } from './decision/reminders.ts';
import { effectRoutes } from './effect/effect-routes.ts';
import { measuresSection } from './measures/area-network.ts';
import { measureRoutes } from './measures/measure-routes.ts';
import { publicMeasureRoutes } from './public/public-routes.ts';

export const powersModule: PlatformModule = {
  name: 'powers',
  routes: [decisionRoutes, measureRoutes, publicMeasureRoutes, cameraRoutes, effectRoutes],
  areaNetwork: [measuresSection],
  // the decisions' deadline reminders (7 days and 1 day before each open deadline)
  housekeeping: async (ctx, env) => void (await sendDeadlineReminders(ctx, env)),
  demo: decisionsDemo,
  // a PGA case's subject access export lists the decisions linked to the case
  caseSubjectAccess: [decisionsSubjectAccess],
};
