/** Statuses of a report: plain-language labels (i18n keys), open or closed, and a colour tone. Pure. */
import { SIGNAL_STATUSES, type SignalStatus } from './types.ts';

export const CLOSED_STATUSES: readonly SignalStatus[] = ['done', 'cancelled', 'split'];
export const OPEN_STATUSES: readonly SignalStatus[] = SIGNAL_STATUSES.filter((s) => !CLOSED_STATUSES.includes(s));

export function isSignalStatus(value: unknown): value is SignalStatus {
  return typeof value === 'string' && (SIGNAL_STATUSES as readonly string[]).includes(value);
}

export const isClosedStatus = (s: SignalStatus) => CLOSED_STATUSES.includes(s);

/** i18n key of the label ("signals.status.in_progress"); unknown statuses fall back to the API's label. */
export function statusKey(status: string): string | null {
  return isSignalStatus(status) ? `signals.status.${status}` : null;
}

/** i18n key of the resident's explanation of a status. */
export function statusExplanationKey(status: string): string | null {
  return isSignalStatus(status) ? `signals.statusExplanation.${status}` : null;
}

export type StatusTone = 'new' | 'active' | 'waiting' | 'done' | 'cancelled';

/** The badge colour group of a status. */
export function statusTone(status: SignalStatus): StatusTone {
  switch (status) {
    case 'new':
    case 'reopened':
    case 'reopen_requested':
      return 'new';
    case 'waiting_for_reporter':
    case 'forwarded':
      return 'waiting';
    case 'done':
      return 'done';
    case 'cancelled':
    case 'split':
      return 'cancelled';
    default:
      return 'active';
  }
}
