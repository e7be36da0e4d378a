/**
 * The enforcement module — BOA enforcement registrations (warnings, fines, reports) by feit code,
 * time and place: imports, events for the analysis views and the missions' trials, the compliance
 * section of an area's network. This file is the module's public surface: other modules import from
 * here, never from the module's other files. Its routes and commands are in module.ts.
 */

export { enforcementCountsByBuurt, enforcementEvents } from './events.ts';
export type { EnforcementBuurtCount, EnforcementEventQuery, EnforcementEvents } from './events.ts';
export { formatEnforcementSummary, importEnforcement } from './import-service.ts';
export type { EnforcementImportOptions, EnforcementImportSummary } from './import-service.ts';
export { ENFORCEMENT_KINDS, type EnforcementKind } from './tables.ts';
