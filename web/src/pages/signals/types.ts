/**
 * Readable names for the signals (meldingen) API types the pages use: aliases onto the types
 * generated from /api/v1/openapi.json (api/openapi.ts, `npm run api-types`).
 */
import type { Body, Reply } from '../../api/types.ts';

/** Every report status, in workflow order (the type is the API's; the list is checked against it). */
export const SIGNAL_STATUSES = [
  'new',
  'accepted',
  'in_progress',
  'planned',
  'waiting_for_reporter',
  'forwarded',
  'done',
  'cancelled',
  'split',
  'reopened',
  'reopen_requested',
] as const satisfies readonly SignalStatus[];
export type SignalStatus = SignalDetail['status'];
type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;
/** Fails to compile when the API has a status the list above lacks. */
export const SIGNAL_STATUSES_COMPLETE: Missing<SignalStatus, (typeof SIGNAL_STATUSES)[number]> = true;

// Resident side.
export type Category = Reply<'/api/v1/signal-categories'>['categories'][number];
export type FormStart = Reply<'/api/v1/public/signals/form'>;
export type Suggestion = Reply<'/api/v1/public/signals/suggest-category', 'post'>;
export type NearbySignal = Reply<'/api/v1/public/signals/nearby'>['signals'][number];
export type IntakeBody = Body<'/api/v1/public/signals'>;
/** A point in WGS84 (the intake also takes RD New x/y; the web app sends lat/lon). */
export type LatLon = Extract<NonNullable<IntakeBody['location']>, { lat: number }>;
export type IntakeReply = Reply<'/api/v1/public/signals', 'post'>;
export type Tracking = Reply<'/api/v1/public/signals/track/{token}'>;
export type FeedbackReply = Reply<'/api/v1/public/signals/track/{token}/feedback', 'post'>;
export type PublicMap = Reply<'/api/v1/public/signals/map'>;
export type PublicMapFeature = PublicMap['features'][number];

// Staff side.
export type InboxReply = Reply<'/api/v1/signals'>;
export type Surroundings = Reply<'/api/v1/signals/{id}/nearby'>;
export type NearbyReport = Surroundings['nearby'][number];
export type DuplicateSuggestion = Surroundings['duplicates'][number];
export type SignalView = InboxReply['items'][number];
export type SignalDetail = Reply<'/api/v1/signals/{id}'>;
export type TransitionOption = SignalView['allowedTransitions'][number];
export type HistoryEntry = SignalDetail['history'][number];
/** Who reads a history entry besides staff. */
export type HistoryVisibility = HistoryEntry['visibility'];
export type Contact = Reply<'/api/v1/signals/{id}/contact'>;
export type SavedFilter = Reply<'/api/v1/signals/saved-filters'>['filters'][number];
export type StaffUser = Reply<'/api/v1/users'>['users'][number];

// Configuration.
export type Template = Reply<'/api/v1/signal-templates'>['templates'][number];
