/**
 * The signals module — Residents' reports (meldingen): intake, workflow, routing, photos, subscriptions, import.
 * This file is the module's public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files. Its routes and commands are in module.ts.
 */

export { signalEvents } from './figures/analysis-export.ts';
export { earlySignalEvents } from './figures/early-events.ts';
export { demoReportsIn, signalCountsPerArea, signalCountsPerCategory } from './figures/area-counts.ts';
export type { CategorySelection, CountPeriod } from './figures/area-counts.ts';
export { loadCategories } from './config/categories.ts';
export { categorySeedFile, seedCategoriesIfEmpty, seedSignalDefaultsIfEmpty } from './config/category-seed.ts';
export type { CategoryRow } from './config/categories.ts';
export { createSignal } from './intake/intake-service.ts';
export type { SignalEnv } from './residents/notify.ts';
export { purgeExpiredSignalData } from './records/retention.ts';
export { trackedNumber } from './residents/public-service.ts';
export { listSignalsForPublic } from './records/public-listing.ts';
export type { PublicListingItem, PublicListingQuery } from './records/public-listing.ts';
export type { SignalRow } from './records/signal-store.ts';
export { NUMBER_PATTERN, hashToken, newToken } from './records/tokens.ts';
export { isNamedInPublic, publicDescription, publicPosition } from './visibility.ts';
export { WindowLimiter } from './intake/window-limiter.ts';
export { CLOSED_STATUSES, OPEN_STATUSES } from './records/workflow.ts';
export { importSignals, mappingSchema as signalMappingSchema } from './import/import-service.ts';
export type { ImportReport as SignalImportReport, SignalMapping } from './import/import-service.ts';
export { loadRules } from './config/routing.ts';
