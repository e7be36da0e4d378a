/**
 * The deadlines of a 13b and a 174a decision taken through every state with fixed dates. Each
 * expected date is counted by hand from the law (calendar days; a week is 7 days; no shift for
 * weekends or holidays — the Algemene termijnenwet is not applied):
 * - bekendmaking 2 March 2026: bezwaar term = 6 weeks from 3 March → last day 13 April (2 March + 42);
 * - beslissing op bezwaar: 6 weeks from 14 April → 25 May (13 April + 42); with an advisory
 *   committee 12 weeks → 6 July (13 April + 84); postponed 6 weeks → 6 July (25 May + 42);
 * - beroep: 6 weeks from the day after the beslissing op bezwaar of 20 May → 1 July (20 May + 42).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type StepContext, takeStep } from './awb.ts';
import { type ComputedDeadline, decisionDeadlines, nextDeadline } from './deadlines.ts';
import type { TransitionBody } from './decision-schema.ts';
import { type AwbRecord, emptyAwbRecord, measureActive } from './terms.ts';

const CTX: StepContext = { lastStepOn: null, baseHearingDays: 14 };

function run(steps: TransitionBody[], start = emptyAwbRecord()): AwbRecord {
  let r = start;
  let last: string | null = null;
  for (const body of steps) {
    const step = takeStep(r, body, { ...CTX, lastStepOn: last });
    r = { ...r, ...step.changes, state: step.toState };
    last = body.date;
  }
  return r;
}

const byKind = (list: ComputedDeadline[]) => Object.fromEntries(list.map((d) => [d.kind, d]));
const pick = (d: ComputedDeadline | undefined) => d && { due: d.due, status: d.status, daysLeft: d.daysLeft };

const CLOSURE_13B: TransitionBody[] = [
  { action: 'invite-hearing', date: '2026-02-02' },
  { action: 'decide', date: '2026-02-27', measureStart: '2026-03-09', measureEnd: '2026-06-08' },
  { action: 'announce', date: '2026-03-02', publicText: 'Woning gesloten voor drie maanden (art. 13b Opiumwet).' },
];

describe('deadlines of a 13b closure (art. 13b Opiumwet)', () => {
  it('runs the zienswijze term 14 days and marks it met once decided', () => {
    const hearing = run(CLOSURE_13B.slice(0, 1));
    assert.deepEqual(pick(byKind(decisionDeadlines(hearing, 'art. 13b Opiumwet', '2026-02-10')).hearing), {
      due: '2026-02-16',
      status: 'open',
      daysLeft: 6,
    });
    assert.equal(byKind(decisionDeadlines(hearing, 'art. 13b Opiumwet', '2026-02-17')).hearing?.status, 'lapsed', 'the term passed unused');
    const decided = run(CLOSURE_13B.slice(0, 2));
    assert.equal(byKind(decisionDeadlines(decided, 'art. 13b Opiumwet', '2026-02-28')).hearing?.status, 'met');
  });

  it('gives the bezwaar term its last day 13 April after a bekendmaking on 2 March', () => {
    const announced = run(CLOSURE_13B);
    const list = decisionDeadlines(announced, 'art. 13b Opiumwet', '2026-03-02');
    assert.deepEqual(pick(byKind(list)['objection-term']), { due: '2026-04-13', status: 'open', daysLeft: 42 });
    assert.equal(byKind(list)['objection-term']?.basis, 'art. 6:7 en 6:8 Awb');
    assert.deepEqual(pick(byKind(list)['measure-end']), { due: '2026-06-08', status: 'open', daysLeft: 98 });
    assert.equal(nextDeadline(list)?.kind, 'objection-term');
    assert.equal(measureActive(announced, '2026-03-08'), false, 'before its start');
    assert.equal(measureActive(announced, '2026-03-09'), true);
    assert.equal(measureActive(announced, '2026-06-09'), false, 'after its end');
    assert.equal(byKind(decisionDeadlines(announced, 'art. 13b Opiumwet', '2026-04-14'))['objection-term']?.status, 'lapsed');
  });

  it('decides on a bezwaar by 25 May; 6 July with an advisory committee or a postponement of 6 weeks', () => {
    const objected = run([...CLOSURE_13B, { action: 'object', date: '2026-04-01' }]);
    const list = byKind(decisionDeadlines(objected, 'art. 13b Opiumwet', '2026-05-18'));
    assert.equal(list['objection-term']?.status, 'met');
    assert.deepEqual(pick(list['objection-decision']), { due: '2026-05-25', status: 'open', daysLeft: 7 });
    assert.equal(list['objection-decision']?.basis, 'art. 7:10 lid 1 Awb');
    const committee = run([...CLOSURE_13B, { action: 'object', date: '2026-04-01', advisoryCommittee: true }]);
    const withCommittee = byKind(decisionDeadlines(committee, 'art. 13b Opiumwet', '2026-05-18'))['objection-decision'];
    assert.equal(withCommittee?.due, '2026-07-06');
    assert.match(withCommittee!.basis, /7:13/);
    const postponed = run([
      ...CLOSURE_13B,
      { action: 'object', date: '2026-04-01' },
      { action: 'extend-objection-term', date: '2026-05-20', weeks: 6 },
    ]);
    assert.equal(byKind(decisionDeadlines(postponed, 'art. 13b Opiumwet', '2026-05-26'))['objection-decision']?.due, '2026-07-06');
  });

  it('marks an overdue decision on a bezwaar missed and keeps it pending', () => {
    const objected = run([...CLOSURE_13B, { action: 'object', date: '2026-04-01' }]);
    const overdue = byKind(decisionDeadlines(objected, 'art. 13b Opiumwet', '2026-05-26'))['objection-decision']!;
    assert.deepEqual([overdue.status, overdue.daysLeft, overdue.pending], ['missed', null, true]);
    const late = run([
      ...CLOSURE_13B,
      { action: 'object', date: '2026-04-01' },
      { action: 'decide-objection', date: '2026-05-27', outcome: 'ongegrond' },
    ]);
    const lateDecision = byKind(decisionDeadlines(late, 'art. 13b Opiumwet', '2026-05-28'))['objection-decision']!;
    assert.deepEqual([lateDecision.status, lateDecision.pending], ['missed', false], 'decided after the term: missed, no longer pending');
  });

  it('flags a bezwaar received after the term as late (art. 6:11 Awb)', () => {
    const late = run([...CLOSURE_13B, { action: 'object', date: '2026-04-14' }]);
    const term = byKind(decisionDeadlines(late, 'art. 13b Opiumwet', '2026-04-15'))['objection-term']!;
    assert.equal(term.status, 'lapsed');
    assert.match(term.note ?? '', /6:11/);
    assert.equal(byKind(decisionDeadlines(late, 'art. 13b Opiumwet', '2026-04-15'))['objection-decision']?.due, '2026-05-25');
  });

  it('runs the beroep term six weeks from the beslissing op bezwaar, then closes with the uitspraak', () => {
    const steps: TransitionBody[] = [
      ...CLOSURE_13B,
      { action: 'object', date: '2026-04-01' },
      { action: 'decide-objection', date: '2026-05-20', outcome: 'ongegrond' },
    ];
    const decided = run(steps);
    const list = byKind(decisionDeadlines(decided, 'art. 13b Opiumwet', '2026-05-21'));
    assert.equal(list['objection-decision']?.status, 'met');
    assert.deepEqual(pick(list['appeal-term']), { due: '2026-07-01', status: 'open', daysLeft: 41 });
    const appealed = run([...steps, { action: 'appeal', date: '2026-06-30' }]);
    assert.equal(byKind(decisionDeadlines(appealed, 'art. 13b Opiumwet', '2026-07-02'))['appeal-term']?.status, 'met');
    const closed = run([
      ...steps,
      { action: 'appeal', date: '2026-06-30' },
      { action: 'decide-appeal', date: '2026-11-02', appealOutcome: 'ongegrond' },
    ]);
    assert.equal(closed.state, 'afgerond');
    const after = decisionDeadlines(closed, 'art. 13b Opiumwet', '2026-11-03');
    assert.equal(after.filter((d) => d.pending).length, 0, 'nothing left to do');
    assert.equal(byKind(after)['measure-end']?.status, 'met', 'the closure ended on 8 June');
  });
});

describe('deadlines of a 174a closure (art. 174a Gemeentewet)', () => {
  const CLOSURE_174A: TransitionBody[] = [
    { action: 'invite-hearing', date: '2026-01-05', hearingDays: 7 },
    { action: 'decide', date: '2026-01-20', measureStart: '2026-02-01', measureEnd: '2026-05-01' },
    { action: 'announce', date: '2026-01-21' },
  ];

  it('lets the bezwaar term lapse unused and closes after it', () => {
    const announced = run(CLOSURE_174A);
    assert.equal(announced.hearingDue, '2026-01-12', '5 January + 7 days');
    const list = byKind(decisionDeadlines(announced, 'art. 174a Gemeentewet', '2026-03-04'));
    assert.deepEqual(pick(list['objection-term']), { due: '2026-03-04', status: 'open', daysLeft: 0 }, '21 January + 42 days');
    const closed = run([...CLOSURE_174A, { action: 'close', date: '2026-03-10' }]);
    const after = byKind(decisionDeadlines(closed, 'art. 174a Gemeentewet', '2026-03-10'));
    assert.equal(after['objection-term']?.status, 'lapsed');
    assert.deepEqual(
      pick(after['measure-end']),
      { due: '2026-05-01', status: 'open', daysLeft: 52 },
      'the closure runs on after the procedure',
    );
    assert.equal(measureActive(closed, '2026-03-10'), true);
  });

  it('moves the measure’s end with an extension and ends it when lifted', () => {
    const extended = run([...CLOSURE_174A, { action: 'extend-measure', date: '2026-04-20', until: '2026-08-01' }]);
    const list = byKind(decisionDeadlines(extended, 'art. 174a Gemeentewet', '2026-05-02'));
    assert.deepEqual(pick(list['measure-end']), { due: '2026-08-01', status: 'open', daysLeft: 91 });
    assert.equal(list['measure-end']?.basis, 'art. 174a Gemeentewet');
    assert.equal(measureActive(extended, '2026-05-02'), true, 'in force after its first end');
    const lifted = run([
      ...CLOSURE_174A,
      { action: 'extend-measure', date: '2026-04-20', until: '2026-08-01' },
      { action: 'lift-measure', date: '2026-06-15' },
    ]);
    assert.equal(byKind(decisionDeadlines(lifted, 'art. 174a Gemeentewet', '2026-06-16'))['measure-end']?.status, 'met');
    assert.equal(measureActive(lifted, '2026-06-14'), true);
    assert.equal(measureActive(lifted, '2026-06-15'), false, 'lifted that day');
  });

  it('drops every pending deadline when withdrawn', () => {
    const withdrawn = run([
      ...CLOSURE_174A,
      { action: 'object', date: '2026-02-10' },
      { action: 'withdraw', date: '2026-02-20', reason: 'Bewoner vertrokken' },
    ]);
    const list = decisionDeadlines(withdrawn, 'art. 174a Gemeentewet', '2026-02-21');
    assert.equal(list.filter((d) => d.pending).length, 0);
    assert.equal(byKind(list)['objection-decision']?.status, 'lapsed');
    assert.equal(byKind(list)['measure-end'], undefined, 'a withdrawn measure has no end to watch');
    assert.equal(measureActive(withdrawn, '2026-02-21'), false);
  });
});

describe('the Bibob advice deadline (art. 15 Wet Bibob)', () => {
  it('is due eight weeks after the request, twelve when extended, missed when overdue', () => {
    const requested = run([{ action: 'request-bibob-advice', date: '2026-01-05' }]);
    assert.deepEqual(pick(byKind(decisionDeadlines(requested, 'art. 3 Wet Bibob', '2026-03-01'))['bibob-advice']), {
      due: '2026-03-02',
      status: 'open',
      daysLeft: 1,
    });
    assert.equal(byKind(decisionDeadlines(requested, 'art. 3 Wet Bibob', '2026-03-03'))['bibob-advice']?.status, 'missed');
    const extended = run([
      { action: 'request-bibob-advice', date: '2026-01-05' },
      { action: 'extend-bibob-advice', date: '2026-02-20' },
    ]);
    assert.equal(byKind(decisionDeadlines(extended, 'art. 3 Wet Bibob', '2026-03-03'))['bibob-advice']?.due, '2026-03-30');
  });
});
