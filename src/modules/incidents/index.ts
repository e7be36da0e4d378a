/**
 * The incidents module — Registered crime: CBS/Politie counts, incident-level events, imports, the columnar copy.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

export { getIncidentColumns } from './columns-service.ts';
export { gather, NONE } from './columns.ts';
export type { IncidentColumns } from './columns.ts';
export { eventTableFrom, eventTableOf, type EventPointsInput, type EventTable } from './event-table.ts';
export { areaMask, selectEvents, type EventFilter, type SelectedEvents } from './select-events.ts';
export { countsByArea, latestCrimeCountYear } from './cbs-counts/counts-service.ts';
export { TOTAL_CRIME } from './crime-types.ts';
export { amsterdamLocalMinutes, parseEventTime, skippedHourProblem } from './event-time.ts';
export { describeIncidentSeed, seedIncidentsIfEmpty } from './seed.ts';
