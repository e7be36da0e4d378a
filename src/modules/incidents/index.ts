/**
 * The incidents module — Registered crime: CBS/Politie counts, incident-level events, imports, the columnar copy.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

export { getIncidentColumns, incidentColumnsState } from './columns-service.ts';
export { gather, NONE } from './columns.ts';
export type { IncidentColumns } from './columns.ts';
export { eventTableFrom, eventTableOf, type EventPointsInput, type EventTable } from './event-table.ts';
export { areaMask, selectEvents, type EventFilter, type SelectedEvents } from './select-events.ts';
export { countsByArea, latestCrimeCountYear } from './cbs-counts/counts-service.ts';
export { listCrimeTypes, TOTAL_CRIME } from './crime-types.ts';
export { amsterdamLocalMinutes, parseEventTime, skippedHourProblem } from './event-time.ts';
export { describeIncidentSeed, seedIncidentsIfEmpty } from './seed.ts';
export { importIncidents } from './import/import-service.ts';
export type { ImportProgress as IncidentImportProgress, IncidentImportOptions, IncidentImportSummary } from './import/import-service.ts';
export { importCbsCrime } from './cbs-counts/cbs-crime-import.ts';
export type { CbsCrimeImportOptions, CbsCrimeImportSummary } from './cbs-counts/cbs-crime-import.ts';
export { formatCbsCrimeSummary, formatIncidentSummary } from './import-summary-text.ts';
export { progressReporter } from './import/import-progress.ts';
export { eventMappingSchema, readEventMapping } from './import/column-mapping.ts';
export type { EventMapping } from './import/column-mapping.ts';
