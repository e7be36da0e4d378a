/** Routes of the plan (H2): goals per life domain, interventions, trajectory and nazorg milestones. Placeholder of the groundwork commit; its owner fills it. */
import type { RouteModule } from '../../core/module-contract.ts';

export const planRoutes: RouteModule = async () => {};
