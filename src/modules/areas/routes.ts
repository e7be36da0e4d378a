import type { RouteModule } from '../../http/types.ts';

export const areasRoutes: RouteModule = () => {};
