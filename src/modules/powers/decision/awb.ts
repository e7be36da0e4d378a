/**
 * The Awb procedure as a pure state machine: which step (action) may follow which state, what it
 * needs, which dates it sets. No database, no clock: the service applies the result in one
 * transaction with the transition record. A refused step is 409 transition-not-allowed (naming the
 * state and the steps that are possible); a missing field or an impossible date is 400 invalid-input.
 */
import { type FieldError, invalidInput, transitionNotAllowed } from '../../../core/errors.ts';
import { DECISION_STATES, type DecisionState } from '../tables.ts';
import { addDays } from './calendar.ts';
import { DECISION_ACTIONS, type DecisionAction, type TransitionBody } from './decision-schema.ts';
import {
  type AwbRecord,
  appealTermEnd,
  bibobAdviceDue,
  DEFAULT_HEARING_DAYS,
  MAX_FIRST_EXTENSION_WEEKS,
  measureEndInForce,
  objectionDecisionDue,
  objectionTermEnd,
} from './terms.ts';

/** Every state but the two final ones (afgerond, ingetrokken). */
export const OPEN_STATES: readonly DecisionState[] = DECISION_STATES.filter((st) => st !== 'afgerond' && st !== 'ingetrokken');
const DECIDED: readonly DecisionState[] = ['besluit', 'bekendgemaakt', 'bezwaar', 'beslissing-op-bezwaar', 'beroep', 'afgerond'];
const BEFORE_DECISION: readonly DecisionState[] = ['voornemen', 'zienswijze'];

interface ActionRule {
  label: string;
  from: readonly DecisionState[];
  /** The state after the step; null keeps the state (a postponement, an extension, a lifting). */
  to: DecisionState | null;
  /** A further condition beyond the state, with the reason it fails. */
  unless?: (r: AwbRecord) => string | null;
}

export const ACTION_RULES: Record<DecisionAction, ActionRule> = {
  'invite-hearing': { label: 'zienswijze vragen', from: ['voornemen'], to: 'zienswijze' },
  decide: { label: 'besluiten', from: BEFORE_DECISION, to: 'besluit' },
  announce: { label: 'bekendmaken', from: ['besluit'], to: 'bekendgemaakt' },
  object: { label: 'bezwaar registreren', from: ['bekendgemaakt'], to: 'bezwaar' },
  'extend-objection-term': { label: 'beslistermijn op bezwaar verdagen', from: ['bezwaar'], to: null },
  'decide-objection': { label: 'beslissen op bezwaar', from: ['bezwaar'], to: 'beslissing-op-bezwaar' },
  appeal: { label: 'beroep registreren', from: ['beslissing-op-bezwaar'], to: 'beroep' },
  'decide-appeal': { label: 'uitspraak in beroep registreren', from: ['beroep'], to: 'afgerond' },
  close: { label: 'afronden', from: ['besluit', 'bekendgemaakt', 'beslissing-op-bezwaar'], to: 'afgerond' },
  withdraw: { label: 'intrekken', from: OPEN_STATES, to: 'ingetrokken' },
  'request-bibob-advice': {
    label: 'Bibob-advies aanvragen',
    from: BEFORE_DECISION,
    to: null,
    unless: (r) => (r.bibobRequestedOn ? 'het Bibob-advies is al aangevraagd' : null),
  },
  'extend-bibob-advice': {
    label: 'Bibob-adviestermijn verlengen',
    from: BEFORE_DECISION,
    to: null,
    unless: (r) =>
      !r.bibobRequestedOn ? 'er is geen Bibob-advies aangevraagd' : r.bibobExtended ? 'de adviestermijn is al eens verlengd' : null,
  },
  'extend-measure': {
    label: 'maatregel verlengen',
    from: DECIDED,
    to: null,
    unless: (r) => (r.liftedOn ? 'de maatregel is opgeheven' : !measureEndInForce(r) ? 'de maatregel heeft geen einddatum' : null),
  },
  'lift-measure': {
    label: 'maatregel opheffen',
    from: DECIDED,
    to: null,
    unless: (r) => (r.liftedOn ? 'de maatregel is al opgeheven' : !r.measureStart ? 'de maatregel heeft geen begindatum' : null),
  },
};

/** The steps possible from the decision's state (and its further conditions), in the contract's order. */
export function allowedActions(r: AwbRecord): DecisionAction[] {
  return DECISION_ACTIONS.filter((a) => ACTION_RULES[a].from.includes(r.state) && !ACTION_RULES[a].unless?.(r));
}

export interface AwbStep {
  toState: DecisionState;
  changes: Partial<AwbRecord>;
  /** Facts of the step for its transition record (late, due dates, weeks). */
  details: Record<string, unknown>;
}

export interface StepContext {
  /** The effective date of the last step taken (or the day the decision was registered). */
  lastStepOn: string | null;
  /** The legal basis's usual hearing term in days. */
  baseHearingDays: number | null;
}

function refuse(r: AwbRecord, action: DecisionAction, why?: string): never {
  const possible = allowedActions(r).map((a) => ACTION_RULES[a].label);
  const because = why ? ` (${why})` : '';
  throw transitionNotAllowed(
    `In de stand '${r.state}' kan de stap '${ACTION_RULES[action].label}' niet${because}. ` +
      (possible.length ? `Mogelijk: ${possible.join(', ')}.` : 'Er zijn geen stappen meer mogelijk.'),
  );
}

const field = (name: string, reason: string): FieldError => ({ name: `body.${name}`, reason });

/** Checks the step against the state and its fields, and returns the new state, the date changes and the details. */
export function takeStep(r: AwbRecord, input: TransitionBody, ctx: StepContext): AwbStep {
  const rule = ACTION_RULES[input.action];
  if (!rule.from.includes(r.state)) refuse(r, input.action);
  const why = rule.unless?.(r);
  if (why) refuse(r, input.action, why);
  const errors: FieldError[] = [];
  if (ctx.lastStepOn && input.date < ctx.lastStepOn) errors.push(field('date', `mag niet vóór de vorige stap liggen (${ctx.lastStepOn})`));
  const step = EFFECTS[input.action](r, input, ctx, errors);
  if (errors.length) throw invalidInput(errors, 'De stap kan zo niet worden vastgelegd.');
  return { toState: rule.to ?? r.state, ...step };
}

type Effect = (r: AwbRecord, input: TransitionBody, ctx: StepContext, errors: FieldError[]) => Omit<AwbStep, 'toState'>;

const needReason = (input: TransitionBody, errors: FieldError[], why: string) => {
  if (!input.reason?.trim()) errors.push(field('reason', why));
};

const decide: Effect = (r, input, _ctx, errors) => {
  const withoutHearing = r.state === 'voornemen';
  if (withoutHearing) needReason(input, errors, 'besluiten zonder zienswijze vraagt een reden (art. 4:11 of 4:12 Awb)');
  else if (r.hearingDue && input.date <= r.hearingDue)
    needReason(input, errors, `de zienswijzetermijn loopt tot en met ${r.hearingDue}; eerder besluiten vraagt een reden`);
  const measureStart = input.measureStart ?? r.measureStart;
  const measureEnd = input.measureEnd ?? r.measureEnd;
  if (measureStart && measureEnd && measureEnd < measureStart) errors.push(field('measureEnd', 'mag niet vóór het begin liggen'));
  return { changes: { decidedOn: input.date, measureStart, measureEnd }, details: { withoutHearing } };
};

const extendObjectionTerm: Effect = (r, input, _ctx, errors) => {
  const weeks = input.weeks;
  if (!weeks) errors.push(field('weeks', 'geef het aantal weken verdaging'));
  const due = objectionDecisionDue(r);
  if (due && input.date > due) errors.push(field('date', `de beslistermijn liep af op ${due}; verdagen kan alleen daarvóór`));
  if (weeks && (r.objectionExtensionWeeks > 0 || weeks > MAX_FIRST_EXTENSION_WEEKS))
    needReason(input, errors, 'verder verdagen dan één keer zes weken kan alleen met instemming (art. 7:10 lid 4 Awb); noem die');
  const total = r.objectionExtensionWeeks + (weeks ?? 0);
  return {
    changes: { objectionExtensionWeeks: total },
    details: { weeks: weeks ?? 0, due: objectionDecisionDue({ ...r, objectionExtensionWeeks: total }) },
  };
};

const close: Effect = (r, input, _ctx, errors) => {
  if (r.state === 'besluit') needReason(input, errors, 'een besluit dat niet is bekendgemaakt afronden vraagt een reden');
  if (r.state === 'bekendgemaakt' && r.announcedOn && input.date <= objectionTermEnd(r.announcedOn))
    needReason(input, errors, `de bezwaartermijn loopt tot en met ${objectionTermEnd(r.announcedOn)}; eerder afronden vraagt een reden`);
  if (r.state === 'beslissing-op-bezwaar' && r.objectionDecidedOn && input.date <= appealTermEnd(r.objectionDecidedOn))
    needReason(
      input,
      errors,
      `de beroepstermijn loopt tot en met ${appealTermEnd(r.objectionDecidedOn)}; eerder afronden vraagt een reden`,
    );
  return { changes: { closedOn: input.date }, details: {} };
};

const EFFECTS: Record<DecisionAction, Effect> = {
  'invite-hearing': (_r, input, ctx) => {
    const days = input.hearingDays ?? ctx.baseHearingDays ?? DEFAULT_HEARING_DAYS;
    return { changes: { hearingInvitedOn: input.date, hearingDue: addDays(input.date, days) }, details: { hearingDays: days } };
  },
  decide,
  announce: (r, input) => ({
    changes: { announcedOn: input.date, publishedOn: input.date, publicText: input.publicText ?? r.publicText },
    details: { objectionTermEnds: objectionTermEnd(input.date) },
  }),
  object: (r, input) => {
    const last = r.announcedOn ? objectionTermEnd(r.announcedOn) : null;
    const late = last !== null && input.date > last;
    const advisoryCommittee = input.advisoryCommittee ?? false;
    return { changes: { objectionReceivedOn: input.date, advisoryCommittee }, details: { late, advisoryCommittee } };
  },
  'extend-objection-term': extendObjectionTerm,
  'decide-objection': (r, input, _ctx, errors) => {
    if (!input.outcome) errors.push(field('outcome', 'kies de uitkomst van het bezwaar'));
    const due = objectionDecisionDue(r);
    return {
      changes: { objectionDecidedOn: input.date, objectionOutcome: input.outcome ?? null },
      details: { outcome: input.outcome ?? null, late: due !== null && input.date > due, appealTermEnds: appealTermEnd(input.date) },
    };
  },
  appeal: (r, input) => ({
    changes: { appealFiledOn: input.date },
    details: { late: r.objectionDecidedOn !== null && input.date > appealTermEnd(r.objectionDecidedOn) },
  }),
  'decide-appeal': (_r, input, _ctx, errors) => {
    if (!input.appealOutcome?.trim()) errors.push(field('appealOutcome', 'noem de uitspraak'));
    return { changes: { appealOutcome: input.appealOutcome ?? null, closedOn: input.date }, details: {} };
  },
  close,
  withdraw: (_r, input, _ctx, errors) => {
    needReason(input, errors, 'intrekken vraagt een reden');
    return { changes: { closedOn: input.date }, details: {} };
  },
  'request-bibob-advice': (_r, input) => ({
    changes: { bibobRequestedOn: input.date },
    details: { due: bibobAdviceDue({ bibobRequestedOn: input.date, bibobExtended: false }) },
  }),
  'extend-bibob-advice': (r, input, _ctx, errors) => {
    const due = bibobAdviceDue(r);
    if (due && input.date > due) errors.push(field('date', `de adviestermijn liep af op ${due}; verlengen kan alleen daarvóór`));
    return { changes: { bibobExtended: true }, details: { due: bibobAdviceDue({ ...r, bibobExtended: true }) } };
  },
  'extend-measure': (r, input, _ctx, errors) => {
    const end = measureEndInForce(r);
    if (!input.until) errors.push(field('until', 'geef de nieuwe einddatum'));
    else if (end && input.until <= end) errors.push(field('until', `moet na het huidige einde (${end}) liggen`));
    return { changes: { extendedTo: input.until ?? null }, details: { from: end, until: input.until ?? null } };
  },
  'lift-measure': (r, input, _ctx, errors) => {
    if (r.measureStart && input.date < r.measureStart) errors.push(field('date', `mag niet vóór het begin (${r.measureStart}) liggen`));
    return { changes: { liftedOn: input.date }, details: {} };
  },
};
