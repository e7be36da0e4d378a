/** Routes of the case itself (H1): GET|POST /cases, GET|PATCH /cases/{id}, status, members, household, links. Placeholder of the groundwork commit; its owner fills it. */
import type { RouteModule } from '../../core/module-contract.ts';

export const caseRoutes: RouteModule = async () => {};
