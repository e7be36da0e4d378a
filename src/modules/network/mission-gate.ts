/**
 * What the network module needs to know of a mission: whether the actor may read or edit it. The
 * missions module owns that rule and hands it over when it mounts the participant routes
 * (`participantRoutes(gate)`), so network never imports missions while missions uses network.
 */
import type { ServiceContext } from '../../core/context.ts';

/** Resolves when the actor may `need` the mission; throws 401/403, or 404 for a mission that does not exist or the actor may not see. */
export type MissionGate = (ctx: ServiceContext, gemeente: string, missionId: string, need: 'read' | 'edit') => Promise<unknown>;
