/** Routes of privacy (H3): existence search, break-glass, review list, subject access export. Placeholder of the groundwork commit; its owner fills it. */
import type { RouteModule } from '../../core/module-contract.ts';

export const privacyRoutes: RouteModule = async () => {};
