/**
 * The statutory terms of the Awb procedure and Wet Bibob, and the due dates derived from a
 * decision's dates. Calendar days; weeks of 7 days; no shift for weekends or holidays.
 */
import type { DecisionState, ObjectionOutcome } from '../tables.ts';
import { addDays } from './calendar.ts';

/** Art. 4:8 Awb: the usual term for a zienswijze when neither the step nor the legal basis sets one. */
export const DEFAULT_HEARING_DAYS = 14;
/** Art. 6:7 Awb: six weeks for a bezwaar (and for beroep). */
export const OBJECTION_TERM_DAYS = 42;
export const APPEAL_TERM_DAYS = 42;
/** Art. 7:10 lid 1 Awb: six weeks to decide on a bezwaar; twelve with an advisory committee (art. 7:13). */
export const OBJECTION_DECISION_DAYS = 42;
export const ADVISORY_OBJECTION_DECISION_DAYS = 84;
/** Art. 7:10 lid 3 Awb: one postponement of at most six weeks without consent. */
export const MAX_FIRST_EXTENSION_WEEKS = 6;
/** Art. 15 Wet Bibob: the Landelijk Bureau advises within eight weeks, once extendable by four. */
export const BIBOB_ADVICE_DAYS = 56;
export const BIBOB_EXTENSION_DAYS = 28;

/** A decision's procedure as the state machine and the deadlines see it (dates as YYYY-MM-DD). */
export interface AwbRecord {
  state: DecisionState;
  hearingInvitedOn: string | null;
  hearingDue: string | null;
  decidedOn: string | null;
  announcedOn: string | null;
  objectionReceivedOn: string | null;
  advisoryCommittee: boolean;
  objectionExtensionWeeks: number;
  objectionDecidedOn: string | null;
  objectionOutcome: ObjectionOutcome | null;
  appealFiledOn: string | null;
  appealOutcome: string | null;
  bibobRequestedOn: string | null;
  bibobExtended: boolean;
  closedOn: string | null;
  measureStart: string | null;
  measureEnd: string | null;
  extendedTo: string | null;
  liftedOn: string | null;
  publicText: string | null;
  publishedOn: string | null;
}

/** The procedure of a decision just registered (state voornemen, no dates), with `over` applied. */
export function emptyAwbRecord(over: Partial<AwbRecord> = {}): AwbRecord {
  return {
    state: 'voornemen',
    hearingInvitedOn: null,
    hearingDue: null,
    decidedOn: null,
    announcedOn: null,
    objectionReceivedOn: null,
    advisoryCommittee: false,
    objectionExtensionWeeks: 0,
    objectionDecidedOn: null,
    objectionOutcome: null,
    appealFiledOn: null,
    appealOutcome: null,
    bibobRequestedOn: null,
    bibobExtended: false,
    closedOn: null,
    measureStart: null,
    measureEnd: null,
    extendedTo: null,
    liftedOn: null,
    publicText: null,
    publishedOn: null,
    ...over,
  };
}

/** The last day to lodge a bezwaar: six weeks from the day after the bekendmaking (art. 6:7, 6:8 Awb). */
export function objectionTermEnd(announcedOn: string): string {
  return addDays(announcedOn, OBJECTION_TERM_DAYS);
}

/**
 * The day the decision on a bezwaar is due: six (or twelve) weeks from the day after the bezwaar term
 * ended (art. 7:10 lid 1 Awb), plus the weeks it was postponed (lid 3 and 4).
 */
export function objectionDecisionDue(r: Pick<AwbRecord, 'announcedOn' | 'advisoryCommittee' | 'objectionExtensionWeeks'>): string | null {
  if (!r.announcedOn) return null;
  const term = r.advisoryCommittee ? ADVISORY_OBJECTION_DECISION_DAYS : OBJECTION_DECISION_DAYS;
  return addDays(objectionTermEnd(r.announcedOn), term + r.objectionExtensionWeeks * 7);
}

/** The last day to lodge a beroep: six weeks from the day after the beslissing op bezwaar was announced (art. 6:7 Awb). */
export function appealTermEnd(objectionDecidedOn: string): string {
  return addDays(objectionDecidedOn, APPEAL_TERM_DAYS);
}

/** The day the Bibob advice is due: eight weeks after the request, twelve when extended (art. 15 Wet Bibob). */
export function bibobAdviceDue(r: Pick<AwbRecord, 'bibobRequestedOn' | 'bibobExtended'>): string | null {
  if (!r.bibobRequestedOn) return null;
  return addDays(r.bibobRequestedOn, BIBOB_ADVICE_DAYS + (r.bibobExtended ? BIBOB_EXTENSION_DAYS : 0));
}

/** The end of the measure in force: the extension when there is one. */
export const measureEndInForce = (r: Pick<AwbRecord, 'measureEnd' | 'extendedTo'>) => r.extendedTo ?? r.measureEnd;

const DECIDED_STATES: readonly DecisionState[] = ['besluit', 'bekendgemaakt', 'bezwaar', 'beslissing-op-bezwaar', 'beroep', 'afgerond'];

/** Whether the measure is in force today: decided, started, not ended, not lifted, not withdrawn. */
export function measureActive(
  r: Pick<AwbRecord, 'state' | 'measureStart' | 'measureEnd' | 'extendedTo' | 'liftedOn'>,
  today: string,
): boolean {
  if (!DECIDED_STATES.includes(r.state) || !r.measureStart || r.measureStart > today) return false;
  const end = measureEndInForce(r);
  if (end !== null && today > end) return false;
  return r.liftedOn === null || r.liftedOn > today;
}

export const isDecided = (state: DecisionState) => DECIDED_STATES.includes(state);
