/**
 * The network module — partner organisations, the accounts acting for them, and who takes part
 * in a mission (partners, residents' initiatives, groups). Step 10 grows it (agreements,
 * initiatives, youth groups). This file is the module's public surface: other modules, the
 * HTTP app and the CLI import from here, never from the module's other files. Its routes are in
 * module.ts; `participantRoutes` is public because missions mounts it under its own access rule.
 */

export { participantRoutes } from './routes.ts';
export type { MissionGate } from './mission-gate.ts';
export { missionIdsOfActor } from './participant-service.ts';
export { participantCounts } from './participant-store.ts';
export { activePartners, findPartner, partnerIdsOfUser, partnerNames } from './partner-store.ts';
export { addParticipant } from './participant-service.ts';
export { ensureDemoPartners, type DemoPartnerKey } from './demo.ts';
export { partnerRows } from './partner-store.ts';
export { agreementRows, type AgreementRow } from './agreement-store.ts';
