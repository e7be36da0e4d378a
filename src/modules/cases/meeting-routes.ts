/** Routes of case meetings (H2): GET /case-meetings, agenda, attendees, decisions and actions. Placeholder of the groundwork commit; its owner fills it. */
import type { RouteModule } from '../../core/module-contract.ts';

export const meetingRoutes: RouteModule = async () => {};
