/**
 * The Awb state machine with fixed dates: every action's from-states, required fields, date checks
 * and effects. Expected dates are counted by hand from the law (calendar days, weeks of 7 days).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../../core/errors.ts';
import { ACTION_RULES, allowedActions, type StepContext, takeStep } from './awb.ts';
import { DECISION_ACTIONS, type TransitionBody } from './decision-schema.ts';
import { type AwbRecord, emptyAwbRecord } from './terms.ts';

const freshRecord = emptyAwbRecord;

const NO_STEP: StepContext = { lastStepOn: null, baseHearingDays: 14 };

/** Applies a step and returns the record after it. */
function apply(r: AwbRecord, body: TransitionBody, ctx: StepContext = NO_STEP): AwbRecord {
  const step = takeStep(r, body, ctx);
  return { ...r, ...step.changes, state: step.toState };
}

function refusedWith(fn: () => unknown, status: number, type: string): AppError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof AppError, String(err));
    assert.equal(err.status, status, err.message);
    assert.equal(err.type.endsWith(type), true, err.type);
    return err;
  }
  assert.fail('expected a refusal');
}

describe('the Awb state machine', () => {
  it('invites a zienswijze with the step’s term, else the base’s, else 14 days (art. 4:8 Awb)', () => {
    const own = apply(freshRecord(), { action: 'invite-hearing', date: '2026-02-02', hearingDays: 10 });
    assert.equal(own.state, 'zienswijze');
    assert.equal(own.hearingDue, '2026-02-12');
    const base = apply(freshRecord(), { action: 'invite-hearing', date: '2026-02-02' }, { lastStepOn: null, baseHearingDays: 7 });
    assert.equal(base.hearingDue, '2026-02-09');
    const fallback = apply(freshRecord(), { action: 'invite-hearing', date: '2026-02-02' }, { lastStepOn: null, baseHearingDays: null });
    assert.equal(fallback.hearingDue, '2026-02-16', '2 February + 14 days');
  });

  it('needs a reason to decide without a hearing (art. 4:11/4:12) or before its term ends', () => {
    const noReason = refusedWith(() => takeStep(freshRecord(), { action: 'decide', date: '2026-02-02' }, NO_STEP), 400, 'invalid-input');
    assert.equal(noReason.errors[0]?.name, 'body.reason');
    const skipped = takeStep(freshRecord(), { action: 'decide', date: '2026-02-02', reason: 'Spoedeisend: acuut gevaar' }, NO_STEP);
    assert.equal(skipped.toState, 'besluit');
    assert.equal(skipped.details.withoutHearing, true);
    const hearing = freshRecord({ state: 'zienswijze', hearingInvitedOn: '2026-02-02', hearingDue: '2026-02-16' });
    refusedWith(() => takeStep(hearing, { action: 'decide', date: '2026-02-16' }, NO_STEP), 400, 'invalid-input');
    const after = apply(hearing, { action: 'decide', date: '2026-02-17', measureStart: '2026-03-01', measureEnd: '2026-05-31' });
    assert.deepEqual(
      [after.state, after.decidedOn, after.measureStart, after.measureEnd],
      ['besluit', '2026-02-17', '2026-03-01', '2026-05-31'],
    );
    const backwards = refusedWith(
      () => takeStep(hearing, { action: 'decide', date: '2026-02-17', measureStart: '2026-03-01', measureEnd: '2026-02-01' }, NO_STEP),
      400,
      'invalid-input',
    );
    assert.equal(backwards.errors[0]?.name, 'body.measureEnd');
  });

  it('refuses a step dated before the previous one', () => {
    const err = refusedWith(
      () => takeStep(freshRecord(), { action: 'invite-hearing', date: '2026-01-31' }, { lastStepOn: '2026-02-01', baseHearingDays: 14 }),
      400,
      'invalid-input',
    );
    assert.equal(err.errors[0]?.name, 'body.date');
    assert.match(err.errors[0]!.reason, /2026-02-01/);
  });

  it('announces: the published text and date; flags a bezwaar after six weeks as late (art. 6:11 Awb)', () => {
    const decided = freshRecord({ state: 'besluit', decidedOn: '2026-02-27' });
    const announced = takeStep(decided, { action: 'announce', date: '2026-03-02', publicText: 'Sluiting van drie maanden.' }, NO_STEP);
    assert.equal(announced.toState, 'bekendgemaakt');
    assert.deepEqual(announced.changes, { announcedOn: '2026-03-02', publishedOn: '2026-03-02', publicText: 'Sluiting van drie maanden.' });
    assert.equal(announced.details.objectionTermEnds, '2026-04-13', '2 March + 42 days');
    const r = { ...decided, ...announced.changes, state: announced.toState };
    assert.equal(takeStep(r, { action: 'object', date: '2026-04-13' }, NO_STEP).details.late, false, 'the last day is in time');
    const late = takeStep(r, { action: 'object', date: '2026-04-14', advisoryCommittee: true }, NO_STEP);
    assert.equal(late.details.late, true);
    assert.equal(late.changes.advisoryCommittee, true);
  });

  it('postpones the decision on a bezwaar once by at most six weeks; more needs consent (art. 7:10 lid 3, 4)', () => {
    const pending = freshRecord({ state: 'bezwaar', announcedOn: '2026-03-02', objectionReceivedOn: '2026-03-20' });
    const once = takeStep(pending, { action: 'extend-objection-term', date: '2026-05-20', weeks: 6 }, NO_STEP);
    assert.equal(once.toState, 'bezwaar');
    assert.equal(once.changes.objectionExtensionWeeks, 6);
    assert.equal(once.details.due, '2026-07-06', '25 May + 42 days');
    const twice = { ...pending, objectionExtensionWeeks: 6 };
    const noConsent = refusedWith(
      () => takeStep(twice, { action: 'extend-objection-term', date: '2026-06-01', weeks: 4 }, NO_STEP),
      400,
      'invalid-input',
    );
    assert.equal(noConsent.errors[0]?.name, 'body.reason');
    assert.equal(
      takeStep(
        twice,
        { action: 'extend-objection-term', date: '2026-06-01', weeks: 4, reason: 'Bezwaarmaker stemt in (brief 1 juni)' },
        NO_STEP,
      ).changes.objectionExtensionWeeks,
      10,
    );
    refusedWith(() => takeStep(pending, { action: 'extend-objection-term', date: '2026-05-20', weeks: 7 }, NO_STEP), 400, 'invalid-input');
    const expired = refusedWith(
      () => takeStep(pending, { action: 'extend-objection-term', date: '2026-05-26', weeks: 2 }, NO_STEP),
      400,
      'invalid-input',
    );
    assert.match(expired.errors[0]!.reason, /2026-05-25/, 'postponing after the term ran out is refused');
    refusedWith(() => takeStep(pending, { action: 'extend-objection-term', date: '2026-05-20' }, NO_STEP), 400, 'invalid-input');
  });

  it('decides on the bezwaar with an outcome; the beroep term runs six weeks from then', () => {
    const pending = freshRecord({ state: 'bezwaar', announcedOn: '2026-03-02', objectionReceivedOn: '2026-03-20' });
    refusedWith(() => takeStep(pending, { action: 'decide-objection', date: '2026-05-20' }, NO_STEP), 400, 'invalid-input');
    const decided = takeStep(pending, { action: 'decide-objection', date: '2026-05-20', outcome: 'ongegrond' }, NO_STEP);
    assert.equal(decided.toState, 'beslissing-op-bezwaar');
    assert.equal(decided.details.appealTermEnds, '2026-07-01', '20 May + 42 days');
    assert.equal(decided.details.late, false);
    assert.equal(takeStep(pending, { action: 'decide-objection', date: '2026-05-26', outcome: 'gegrond' }, NO_STEP).details.late, true);
    const r = { ...pending, ...decided.changes, state: decided.toState };
    assert.equal(takeStep(r, { action: 'appeal', date: '2026-07-02' }, NO_STEP).details.late, true);
    const appealed = apply(r, { action: 'appeal', date: '2026-06-15' });
    refusedWith(() => takeStep(appealed, { action: 'decide-appeal', date: '2026-10-01' }, NO_STEP), 400, 'invalid-input');
    const done = apply(appealed, { action: 'decide-appeal', date: '2026-10-01', appealOutcome: 'Beroep ongegrond' });
    assert.deepEqual([done.state, done.closedOn], ['afgerond', '2026-10-01']);
  });

  it('closes before the bezwaar or beroep term ended only with a reason', () => {
    const announced = freshRecord({ state: 'bekendgemaakt', decidedOn: '2026-03-01', announcedOn: '2026-03-02' });
    refusedWith(() => takeStep(announced, { action: 'close', date: '2026-04-13' }, NO_STEP), 400, 'invalid-input');
    assert.equal(takeStep(announced, { action: 'close', date: '2026-04-14' }, NO_STEP).toState, 'afgerond');
    const objectionDecided = freshRecord({ state: 'beslissing-op-bezwaar', announcedOn: '2026-03-02', objectionDecidedOn: '2026-05-20' });
    refusedWith(() => takeStep(objectionDecided, { action: 'close', date: '2026-07-01' }, NO_STEP), 400, 'invalid-input');
    assert.equal(takeStep(objectionDecided, { action: 'close', date: '2026-07-02' }, NO_STEP).toState, 'afgerond');
  });

  it('withdraws from every open state with a reason, and from no closed one', () => {
    for (const state of ['voornemen', 'zienswijze', 'besluit', 'bekendgemaakt', 'bezwaar', 'beslissing-op-bezwaar', 'beroep'] as const) {
      refusedWith(() => takeStep(freshRecord({ state }), { action: 'withdraw', date: '2026-03-01' }, NO_STEP), 400, 'invalid-input');
      const step = takeStep(freshRecord({ state }), { action: 'withdraw', date: '2026-03-01', reason: 'Pand verkocht' }, NO_STEP);
      assert.deepEqual([step.toState, step.changes.closedOn], ['ingetrokken', '2026-03-01'], state);
    }
    for (const state of ['afgerond', 'ingetrokken'] as const) {
      const err = refusedWith(
        () => takeStep(freshRecord({ state }), { action: 'withdraw', date: '2026-03-01', reason: 'x' }, NO_STEP),
        409,
        'transition-not-allowed',
      );
      assert.match(err.message, new RegExp(`stand '${state}'`));
    }
  });

  it('refuses a step that does not follow the state with 409, naming the state and the possible steps in Dutch', () => {
    const err = refusedWith(
      () => takeStep(freshRecord(), { action: 'object', date: '2026-03-01' }, NO_STEP),
      409,
      'transition-not-allowed',
    );
    assert.match(err.message, /In de stand 'voornemen' kan de stap 'bezwaar registreren' niet/);
    assert.match(err.message, /Mogelijk: zienswijze vragen, besluiten, intrekken, Bibob-advies aanvragen\./);
    const closed = refusedWith(
      () => takeStep(freshRecord({ state: 'ingetrokken' }), { action: 'decide', date: '2026-03-01' }, NO_STEP),
      409,
      'transition-not-allowed',
    );
    assert.match(closed.message, /geen stappen meer/);
  });

  it('asks the Bureau Bibob once, extends its term once and only before it ran out (art. 15 Wet Bibob)', () => {
    const requested = apply(freshRecord(), { action: 'request-bibob-advice', date: '2026-01-05' });
    assert.deepEqual([requested.state, requested.bibobRequestedOn], ['voornemen', '2026-01-05']);
    refusedWith(() => takeStep(requested, { action: 'request-bibob-advice', date: '2026-01-06' }, NO_STEP), 409, 'transition-not-allowed');
    refusedWith(
      () => takeStep(freshRecord(), { action: 'extend-bibob-advice', date: '2026-01-06' }, NO_STEP),
      409,
      'transition-not-allowed',
    );
    const late = refusedWith(
      () => takeStep(requested, { action: 'extend-bibob-advice', date: '2026-03-03' }, NO_STEP),
      400,
      'invalid-input',
    );
    assert.match(late.errors[0]!.reason, /2026-03-02/, '5 January + 56 days');
    const extended = takeStep(requested, { action: 'extend-bibob-advice', date: '2026-03-02' }, NO_STEP);
    assert.equal(extended.details.due, '2026-03-30', '2 March + 28 days');
    refusedWith(
      () => takeStep({ ...requested, bibobExtended: true }, { action: 'extend-bibob-advice', date: '2026-03-02' }, NO_STEP),
      409,
      'transition-not-allowed',
    );
  });

  it('extends a measure beyond its end and lifts it from its start on', () => {
    const inForce = freshRecord({ state: 'bekendgemaakt', decidedOn: '2026-02-20', measureStart: '2026-03-01', measureEnd: '2026-05-31' });
    refusedWith(() => takeStep(inForce, { action: 'extend-measure', date: '2026-05-01' }, NO_STEP), 400, 'invalid-input');
    refusedWith(
      () => takeStep(inForce, { action: 'extend-measure', date: '2026-05-01', until: '2026-05-31' }, NO_STEP),
      400,
      'invalid-input',
    );
    const extended = apply(inForce, { action: 'extend-measure', date: '2026-05-01', until: '2026-08-31' });
    assert.deepEqual([extended.state, extended.extendedTo], ['bekendgemaakt', '2026-08-31']);
    refusedWith(() => takeStep(inForce, { action: 'lift-measure', date: '2026-02-28' }, NO_STEP), 400, 'invalid-input');
    const lifted = apply(extended, { action: 'lift-measure', date: '2026-06-15' });
    assert.equal(lifted.liftedOn, '2026-06-15');
    refusedWith(() => takeStep(lifted, { action: 'lift-measure', date: '2026-06-16' }, NO_STEP), 409, 'transition-not-allowed');
    refusedWith(
      () => takeStep(lifted, { action: 'extend-measure', date: '2026-06-16', until: '2026-12-31' }, NO_STEP),
      409,
      'transition-not-allowed',
    );
    refusedWith(() => takeStep(freshRecord(), { action: 'lift-measure', date: '2026-06-16' }, NO_STEP), 409, 'transition-not-allowed');
  });

  it('lists the allowed actions per state, consistent with the rules', () => {
    assert.deepEqual(allowedActions(freshRecord()), ['invite-hearing', 'decide', 'withdraw', 'request-bibob-advice']);
    assert.deepEqual(allowedActions(freshRecord({ state: 'bekendgemaakt' })), ['object', 'close', 'withdraw']);
    assert.deepEqual(allowedActions(freshRecord({ state: 'bezwaar', measureStart: '2026-03-01', measureEnd: '2026-05-31' })), [
      'extend-objection-term',
      'decide-objection',
      'withdraw',
      'extend-measure',
      'lift-measure',
    ]);
    assert.deepEqual(allowedActions(freshRecord({ state: 'ingetrokken' })), []);
    for (const action of DECISION_ACTIONS) assert.ok(ACTION_RULES[action].label.length > 0, action);
  });
});
