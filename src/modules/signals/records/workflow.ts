/**
 * The status workflow of a report as an explicit state machine. Every transition is listed here;
 * anything else is refused. Some transitions need a text (a reason the reporter will read).
 * Labels are plain Dutch for residents; `openStatuses` drive the public map and Open311 status.
 */
import { invalidInput, transitionNotAllowed } from '../../../core/errors.ts';
import type { SignalStatus } from '../tables.ts';

export interface Transition {
  to: SignalStatus;
  /** A text is required (shown to the reporter when the transition is public). */
  requiresText: boolean;
  /** Only the system may take this transition (e.g. a reporter's unhappy feedback). */
  systemOnly?: boolean;
}

const t = (to: SignalStatus, requiresText = false, systemOnly = false): Transition => ({
  to,
  requiresText,
  ...(systemOnly ? { systemOnly } : {}),
});

export const TRANSITIONS: Record<SignalStatus, readonly Transition[]> = {
  new: [t('accepted'), t('in_progress'), t('planned'), t('forwarded', true), t('done', true), t('cancelled', true)],
  accepted: [t('in_progress'), t('planned'), t('waiting_for_reporter', true), t('forwarded', true), t('done', true), t('cancelled', true)],
  in_progress: [t('planned'), t('waiting_for_reporter', true), t('forwarded', true), t('done', true), t('cancelled', true)],
  planned: [t('in_progress'), t('waiting_for_reporter', true), t('done', true), t('cancelled', true)],
  waiting_for_reporter: [t('accepted'), t('in_progress'), t('done', true), t('cancelled', true)],
  forwarded: [t('in_progress'), t('done', true), t('cancelled', true)],
  done: [t('reopened', true), t('reopen_requested', true, true)],
  cancelled: [t('reopened', true)],
  // Split into child reports: the children are handled, the parent only read (reached by the split action, never a transition).
  split: [],
  reopen_requested: [t('reopened', true), t('done', true)],
  reopened: [t('accepted'), t('in_progress'), t('planned'), t('forwarded', true), t('done', true), t('cancelled', true)],
};

export const CLOSED_STATUSES: readonly SignalStatus[] = ['done', 'cancelled', 'split'];
/** Statuses only an action reaches (not a transition): `split` by splitting (handling/split-merge.ts). */
export const ACTION_STATUSES: readonly SignalStatus[] = ['split'];
export const OPEN_STATUSES: readonly SignalStatus[] = (Object.keys(TRANSITIONS) as SignalStatus[]).filter(
  (s) => !CLOSED_STATUSES.includes(s),
);

export const isClosed = (s: SignalStatus) => CLOSED_STATUSES.includes(s);

/** Plain-Dutch status for residents and the staff UI. */
export const STATUS_LABELS: Record<SignalStatus, { nl: string; en: string; explanation: string }> = {
  new: { nl: 'Ontvangen', en: 'Received', explanation: 'Wij hebben uw melding ontvangen en bekijken hem zo snel mogelijk.' },
  accepted: { nl: 'In behandeling genomen', en: 'Accepted', explanation: 'Uw melding is bekeken en ligt bij de juiste afdeling.' },
  in_progress: { nl: 'Wordt opgepakt', en: 'In progress', explanation: 'Er wordt aan uw melding gewerkt.' },
  planned: { nl: 'Ingepland', en: 'Planned', explanation: 'Het werk aan uw melding is ingepland.' },
  waiting_for_reporter: { nl: 'Wacht op uw reactie', en: 'Waiting for you', explanation: 'Wij hebben meer informatie van u nodig.' },
  forwarded: {
    nl: 'Doorgestuurd naar een partner',
    en: 'Forwarded to a partner',
    explanation: 'Een andere organisatie pakt uw melding op.',
  },
  done: { nl: 'Afgehandeld', en: 'Done', explanation: 'Uw melding is afgehandeld.' },
  cancelled: { nl: 'Geannuleerd', en: 'Cancelled', explanation: 'Uw melding is niet verder in behandeling genomen.' },
  split: {
    nl: 'Gesplitst',
    en: 'Split',
    explanation: 'Uw melding is gesplitst in aparte meldingen; over elk daarvan krijgt u bericht.',
  },
  reopened: { nl: 'Heropend', en: 'Reopened', explanation: 'Uw melding is opnieuw in behandeling genomen.' },
  reopen_requested: {
    nl: 'Verzoek tot heropenen',
    en: 'Reopen requested',
    explanation: 'U heeft gevraagd de melding opnieuw te bekijken.',
  },
};

/** The transitions a caller may offer from `from` (staff never see system-only ones). */
export function allowedTransitions(from: SignalStatus, system = false): Transition[] {
  return TRANSITIONS[from].filter((tr) => system || !tr.systemOnly);
}

/** Checks one transition; throws 409 for a transition not in the machine, 400 for a missing text. */
export function checkTransition(from: SignalStatus, to: SignalStatus, text: string | null | undefined, system = false): Transition {
  const tr = allowedTransitions(from, system).find((x) => x.to === to);
  if (!tr) {
    const allowed =
      allowedTransitions(from, system)
        .map((x) => x.to)
        .join(', ') || 'none';
    throw transitionNotAllowed(`A report with status '${from}' cannot go to '${to}'. Allowed: ${allowed}.`);
  }
  if (tr.requiresText && !(text && text.trim().length >= 3)) {
    throw invalidInput(
      [{ name: 'body.text', reason: `required for status '${to}' (at least 3 characters)` }],
      `Going to '${to}' needs a text for the reporter.`,
    );
  }
  return tr;
}
