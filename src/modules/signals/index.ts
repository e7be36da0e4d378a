/**
 * The signals module — Residents' reports (meldingen): intake, workflow, routing, photos, subscriptions, import.
 * This file is the module's only public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { signalAdminRoutes } from './admin-routes.ts';
import { registerSignalCli } from './cli.ts';
import { signalPhotoRoutes } from './photo-routes.ts';
import { publicSignalRoutes } from './public-routes.ts';
import { staffSignalRoutes } from './staff-routes.ts';

export const signalsModule: PlatformModule = { name: 'signals', routes: [publicSignalRoutes, staffSignalRoutes, signalAdminRoutes, signalPhotoRoutes], cli: registerSignalCli };

// The public surface other modules use.
export { signalEvents } from './analysis-export.ts';
export { loadCategories, seedSignalDefaultsIfEmpty } from './categories.ts';
export type { CategoryRow } from './categories.ts';
export { createSignal } from './intake-service.ts';
export type { SignalEnv } from './notify.ts';
export { purgeExpiredSignalData } from './retention.ts';
export { findByTrackingHash } from './signal-store.ts';
export type { SignalRow } from './signal-store.ts';
export { NUMBER_PATTERN, TOKEN_PATTERN, hashToken, newToken } from './tokens.ts';
export { isNamedInPublic, publicDescription, publicPosition } from './visibility.ts';
export { WindowLimiter } from './window-limiter.ts';
export { CLOSED_STATUSES, OPEN_STATUSES } from './workflow.ts';
