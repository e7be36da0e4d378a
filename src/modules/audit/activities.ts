/**
 * The processing activities (verwerkingsactiviteiten) of the register of processing (AVG art. 30).
 * Every audit record names one of these ids; later modules add theirs.
 */
export const PROCESSING_ACTIVITIES = {
  'accounts.authenticate': 'Inloggen en sessies van medewerkers',
  'accounts.manage': 'Beheer van gebruikersaccounts',
  'audit.search': 'Inzage in het verwerkingenlogboek',
} as const;

export type ProcessingActivityId = keyof typeof PROCESSING_ACTIVITIES;
