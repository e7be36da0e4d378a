/**
 * The fields each Awb step asks (pure, unit-tested) and the transition body built from a step form's
 * values: only the fields of that step are sent; empty optional fields are left out.
 */
import type { DecisionAction, TransitionBody } from './types.ts';

export type StepField =
  | 'hearingDays'
  | 'advisoryCommittee'
  | 'weeks'
  | 'outcome'
  | 'appealOutcome'
  | 'until'
  | 'measureStart'
  | 'measureEnd'
  | 'publicText';

/** The step's own fields (every step also has a date and a reason). */
export const STEP_FIELDS: Record<DecisionAction, readonly StepField[]> = {
  'invite-hearing': ['hearingDays'],
  decide: ['measureStart', 'measureEnd'],
  announce: ['publicText'],
  object: ['advisoryCommittee'],
  'extend-objection-term': ['weeks'],
  'decide-objection': ['outcome'],
  appeal: [],
  'decide-appeal': ['appealOutcome'],
  close: [],
  withdraw: [],
  'request-bibob-advice': [],
  'extend-bibob-advice': [],
  'extend-measure': ['until'],
  'lift-measure': [],
};

/** Steps whose reason the law asks (withdrawal; the API says when else, e.g. skipping the hearing). */
export const REASON_REQUIRED: ReadonlySet<DecisionAction> = new Set(['withdraw']);

export const OBJECTION_OUTCOMES = ['gegrond', 'deels-gegrond', 'ongegrond', 'niet-ontvankelijk', 'ingetrokken'] as const;

export interface StepValues {
  date: string;
  reason: string;
  hearingDays: string;
  advisoryCommittee: boolean;
  weeks: string;
  outcome: string;
  appealOutcome: string;
  until: string;
  measureStart: string;
  measureEnd: string;
  publicText: string;
}

export const emptyStepValues = (today: string, publicText = ''): StepValues => ({
  date: today,
  reason: '',
  hearingDays: '',
  advisoryCommittee: false,
  weeks: '',
  outcome: '',
  appealOutcome: '',
  until: '',
  measureStart: '',
  measureEnd: '',
  publicText,
});

const wholeNumber = (v: string): number | undefined => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined);
const filled = (v: string): string | undefined => (v.trim() ? v.trim() : undefined);

/** The body of POST /decisions/{id}/transitions for one step. */
export function stepBody(action: DecisionAction, v: StepValues): TransitionBody {
  const fields = STEP_FIELDS[action];
  const has = (f: StepField) => fields.includes(f);
  const body: TransitionBody = { action, date: v.date };
  const reason = filled(v.reason);
  if (reason) body.reason = reason;
  if (has('hearingDays') && wholeNumber(v.hearingDays) !== undefined) body.hearingDays = wholeNumber(v.hearingDays);
  if (has('advisoryCommittee')) body.advisoryCommittee = v.advisoryCommittee;
  if (has('weeks') && wholeNumber(v.weeks) !== undefined) body.weeks = wholeNumber(v.weeks);
  if (has('outcome') && filled(v.outcome)) body.outcome = v.outcome as NonNullable<TransitionBody['outcome']>;
  if (has('appealOutcome') && filled(v.appealOutcome)) body.appealOutcome = filled(v.appealOutcome);
  if (has('until') && filled(v.until)) body.until = filled(v.until);
  if (has('measureStart') && filled(v.measureStart)) body.measureStart = filled(v.measureStart);
  if (has('measureEnd') && filled(v.measureEnd)) body.measureEnd = filled(v.measureEnd);
  if (has('publicText') && filled(v.publicText)) body.publicText = filled(v.publicText);
  return body;
}

/** Today as YYYY-MM-DD in local time (the date a step took effect defaults to it). */
export function todayText(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
