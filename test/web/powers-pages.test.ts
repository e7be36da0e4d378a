/**
 * The Bevoegdheden pages' pure helpers: the paths, which badge a deadline gets (overdue, due within
 * seven days, lapsed), the deadlines list order, the procedure stepper, a step's body, the decision
 * form's body (facts, documents, pasted polygon, field errors), and the texts in both languages,
 * with a name for every state, action, deadline kind and outcome the API knows.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DECISION_ACTIONS, DEADLINE_KINDS } from '../../src/modules/powers/decision/decision-schema.ts';
import { DECISION_STATES, OBJECTION_OUTCOMES } from '../../src/modules/powers/tables.ts';
import { deadlineTone, isWithinChoice, sortByUrgency, TONE_CLASS } from '../../web/src/pages/powers/deadline-tone.ts';
import {
  documentsOf,
  emptyDecisionForm,
  factsOf,
  fieldErrorsOf,
  newDecisionBody,
  parseGeometry,
} from '../../web/src/pages/powers/decision-form.ts';
import en from '../../web/src/pages/powers/en.json' with { type: 'json' };
import nl from '../../web/src/pages/powers/nl.json' with { type: 'json' };
import { DEADLINES_PATH, decisionPath, NEW_DECISION_PATH, powersRouteFor } from '../../web/src/pages/powers/paths.ts';
import { PROCEDURE_STATES, periodText, procedureSteps } from '../../web/src/pages/powers/procedure.ts';
import {
  emptyStepValues,
  OBJECTION_OUTCOMES as FORM_OUTCOMES,
  STEP_FIELDS,
  stepBody,
  todayText,
} from '../../web/src/pages/powers/step-form.ts';

const ID = '0b6f6c1e-3f6a-4c1e-9d7a-2f1a9b0c4d5e';
const keysOf = (o: unknown, prefix = ''): string[] =>
  Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
    typeof v === 'object' && v ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('Bevoegdheden paths', () => {
  it('routes the list, the new form, the deadlines and a decision; other paths show the list', () => {
    assert.deepEqual(powersRouteFor(NEW_DECISION_PATH), { page: 'new' });
    assert.deepEqual(powersRouteFor(`${DEADLINES_PATH}/`), { page: 'deadlines' });
    assert.deepEqual(powersRouteFor(decisionPath(ID)), { page: 'decision', id: ID });
    assert.deepEqual(powersRouteFor('/bevoegdheden/geen-id'), { page: 'list' });
  });
});

describe('deadline badges', () => {
  it('marks overdue red, due within seven days as a warning, and a passed unused term as lapsed', () => {
    assert.equal(deadlineTone({ status: 'open', daysLeft: -1 }), 'overdue');
    assert.equal(deadlineTone({ status: 'open', daysLeft: 0 }), 'soon');
    assert.equal(deadlineTone({ status: 'open', daysLeft: 7 }), 'soon');
    assert.equal(deadlineTone({ status: 'open', daysLeft: 8 }), 'open');
    assert.equal(deadlineTone({ status: 'lapsed', daysLeft: null }), 'lapsed');
    assert.equal(deadlineTone({ status: 'missed', daysLeft: null }), 'missed');
    assert.equal(TONE_CLASS.open, null, 'a far deadline gets no badge');
    assert.match(TONE_CLASS.overdue ?? '', /overdue/);
  });
  it('puts overdue deadlines first, then the earliest', () => {
    const rows = [
      { status: 'open' as const, daysLeft: 3, due: '2026-03-04' },
      { status: 'open' as const, daysLeft: 1, due: '2026-03-02' },
      { status: 'open' as const, daysLeft: -2, due: '2026-02-27' },
      { status: 'open' as const, daysLeft: -5, due: '2026-02-24' },
    ];
    assert.deepEqual(
      sortByUrgency(rows).map((r) => r.due),
      ['2026-02-24', '2026-02-27', '2026-03-02', '2026-03-04'],
    );
    assert.ok(isWithinChoice('30d') && !isWithinChoice('5d'));
  });
});

describe('the procedure stepper', () => {
  it('marks steps done, skipped (no hearing) and the current one', () => {
    const steps = procedureSteps({
      state: 'bekendgemaakt',
      transitions: [
        { fromState: 'voornemen', toState: 'besluit' },
        { fromState: 'besluit', toState: 'bekendgemaakt' },
      ],
    });
    assert.deepEqual(
      steps.slice(0, 5).map((s) => s.status),
      ['done', 'skipped', 'done', 'current', 'todo'],
    );
  });
  it('shows a withdrawn decision with the steps it reached and none current', () => {
    const steps = procedureSteps({
      state: 'ingetrokken',
      transitions: [
        { fromState: 'voornemen', toState: 'zienswijze' },
        { fromState: 'zienswijze', toState: 'ingetrokken' },
      ],
    });
    assert.equal(
      steps.find((s) => s.status === 'current'),
      undefined,
    );
    assert.deepEqual(
      steps.slice(0, 3).map((s) => s.status),
      ['done', 'done', 'todo'],
    );
    assert.equal(PROCEDURE_STATES.length + 1, DECISION_STATES.length, 'every state but ingetrokken is a step');
    assert.equal(periodText('2026-01-01', null, 'open'), '2026-01-01 – open');
  });
});

describe('step forms', () => {
  it('sends only the step’s own fields, numbers as numbers', () => {
    const v = { ...emptyStepValues('2026-02-01', 'Pand gesloten'), hearingDays: '10', weeks: '4', reason: '  ' };
    assert.deepEqual(stepBody('invite-hearing', v), { action: 'invite-hearing', date: '2026-02-01', hearingDays: 10 });
    assert.deepEqual(stepBody('announce', v), { action: 'announce', date: '2026-02-01', publicText: 'Pand gesloten' });
    assert.deepEqual(stepBody('object', v), { action: 'object', date: '2026-02-01', advisoryCommittee: false });
    assert.deepEqual(stepBody('withdraw', { ...v, reason: 'Pand verkocht' }), {
      action: 'withdraw',
      date: '2026-02-01',
      reason: 'Pand verkocht',
    });
    assert.deepEqual(Object.keys(STEP_FIELDS).sort(), [...DECISION_ACTIONS].sort(), 'a form for every action');
    assert.deepEqual([...FORM_OUTCOMES], [...OBJECTION_OUTCOMES]);
    assert.match(todayText(new Date(2026, 0, 5)), /^2026-01-05$/);
  });
});

describe('the decision form', () => {
  it('turns numbers and document lines into references and reads a pasted polygon', () => {
    assert.deepEqual(factsOf('2026-123\n\n 2026-124 ', 'M-77'), [
      { kind: 'incident', reference: '2026-123' },
      { kind: 'incident', reference: '2026-124' },
      { kind: 'signal', reference: 'M-77' },
    ]);
    assert.deepEqual(documentsOf('Rapportage politie | DMS-2026-0042\nBesluit'), [
      { title: 'Rapportage politie', reference: 'DMS-2026-0042' },
      { title: 'Besluit', reference: 'Besluit' },
    ]);
    const ring = [
      [4.66, 51.81],
      [4.67, 51.81],
      [4.67, 51.82],
      [4.66, 51.81],
    ];
    const feature = JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } });
    assert.deepEqual(parseGeometry(feature), { geometry: { type: 'Polygon', coordinates: [ring] } });
    assert.deepEqual(parseGeometry('{"type":"Point","coordinates":[4,51]}'), { error: 'geometryInvalid' });
    assert.deepEqual(parseGeometry('geen json'), { error: 'geometryInvalid' });
  });
  it('builds the body with only what was filled and maps field errors onto the form', () => {
    const built = newDecisionBody({ ...emptyDecisionForm(), baseCode: 'opiumwet-13b', title: ' Sluiting ', address: 'Proefstraat 12' });
    assert.ok('body' in built);
    assert.deepEqual(built.body, {
      baseCode: 'opiumwet-13b',
      title: 'Sluiting',
      summary: '',
      areaCodes: [],
      facts: [],
      documents: [],
      address: 'Proefstraat 12',
    });
    assert.deepEqual(newDecisionBody({ ...emptyDecisionForm(), geometryText: '[' }), { field: 'geometryText', error: 'geometryInvalid' });
    assert.deepEqual(
      fieldErrorsOf([
        { name: 'body.title', reason: 'te kort' },
        { name: 'body.facts.0.reference', reason: 'leeg' },
        { name: 'body/geometry', reason: 'geen polygoon' },
      ]),
      { title: 'te kort', incidents: 'leeg', geometryText: 'geen polygoon' },
    );
  });
});

describe('Bevoegdheden texts', () => {
  it('has every text in Dutch and English with the same keys and a name for every code of the API', () => {
    assert.deepEqual(keysOf(en).sort(), keysOf(nl).sort());
    assert.notEqual(en.register.list.new, nl.register.list.new);
    for (const s of DECISION_STATES) assert.ok(nl.register.states[s] && en.register.states[s], s);
    for (const a of DECISION_ACTIONS) assert.ok(nl.register.actions[a] && en.register.actionHints[a], a);
    for (const k of DEADLINE_KINDS) assert.ok(nl.register.deadlineKinds[k] && en.register.deadlineKinds[k], k);
    for (const o of OBJECTION_OUTCOMES) assert.ok(nl.register.outcomes[o] && en.register.outcomes[o], o);
  });
});
