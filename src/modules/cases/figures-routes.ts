/** Routes of figures (H4): aggregate numbers without persons. Placeholder of the groundwork commit; its owner fills it. */
import type { RouteModule } from '../../core/module-contract.ts';

export const figuresRoutes: RouteModule = async () => {};
