import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import nl from '../../web/src/i18n/nl.json' with { type: 'json' };
import { formatChange, formatIrr, formatSigned, readIrr, readWdd } from '../../web/src/pages/missions/effect-format.ts';
import { evidenceSummary, hourOfWeekLabel } from '../../web/src/pages/missions/evidence-summary.ts';
import { checkGoalForm, emptyGoalForm, goalBody, parseNumber } from '../../web/src/pages/missions/goal-form.ts';
import { checkMeasureForm, emptyMeasureForm, measureBody } from '../../web/src/pages/missions/measure-form.ts';
import { planningPatch } from '../../web/src/pages/missions/planning.ts';
import { DEFAULT_BOX, quadrantDots, quadrantRects, scorePoint } from '../../web/src/pages/missions/priority-quadrant.ts';
import { formatDay, formatNumber, formatReading, progressBar, progressWords } from '../../web/src/pages/missions/progress-format.ts';
import { scopeText } from '../../web/src/pages/missions/scope-text.ts';
import { checkTransition, offeredTransitions, requiresReason, STATUS_STEPS, stepState } from '../../web/src/pages/missions/transitions.ts';
import { MISSION_STATUSES, type Did, type MissionDetail, type TransitionOption } from '../../web/src/pages/missions/types.ts';

const lookup = (obj: unknown, key: string) =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
const t = (key: string, vars: Record<string, unknown> = {}) => `${key}${JSON.stringify(vars)}`;

describe('KPI progress formatting', () => {
  it('draws the bar from the server figures: clamped width, expected marker, tone', () => {
    assert.deepEqual(progressBar('on-track', 0.4, 0.25), { width: 40, expected: 25, percent: 40, wrongWay: false, tone: 'good' });
    assert.deepEqual(progressBar('behind', -0.3, 0.5), { width: 0, expected: 50, percent: -30, wrongWay: true, tone: 'bad' });
    assert.deepEqual(progressBar('achieved', 1.7, 1), { width: 100, expected: 100, percent: 170, wrongWay: false, tone: 'good' });
    assert.deepEqual(
      progressBar('achieved', 0.8, 0.9),
      { width: 100, expected: 90, percent: 80, wrongWay: false, tone: 'good' },
      'achieved fills the bar',
    );
    assert.deepEqual(progressBar('no-data', null, 0.333), { width: 0, expected: 33, percent: null, wrongWay: false, tone: 'none' });
  });
  it('puts the bar into words when the server explanation is not in the reply', () => {
    assert.equal(progressWords(progressBar('behind', 0.2, 0.5), t), 'missions.progress.words{"percent":20,"expected":50}');
    assert.equal(progressWords(progressBar('no-data', null, 0), t), 'missions.progress.noData{}');
    assert.match(lookup(nl, 'missions.progress.words') as string, /\{\{percent\}\}% van de weg/);
  });
  it('formats numbers, readings with margins and dates in the locale', () => {
    assert.equal(formatNumber(1234.56, 'nl'), '1.234,6');
    assert.equal(formatNumber(1234.56, 'en'), '1,234.6');
    assert.equal(formatNumber(null, 'nl'), '—');
    assert.equal(formatReading(23.4, 2.1, 'nl'), '23,4 ± 2,1');
    assert.equal(formatReading(59, null, 'nl'), '59');
    assert.equal(formatDay('2023-01-01', 'nl'), '1 jan 2023');
    assert.equal(formatDay(null, 'nl'), '');
  });
});

describe('prioritisation quadrant geometry', () => {
  it('maps scores 1–5 onto the plot area, impact upwards', () => {
    const { width, height, padding } = DEFAULT_BOX;
    assert.deepEqual(scorePoint(1, 1), { x: padding, y: height - padding });
    assert.deepEqual(scorePoint(5, 5), { x: width - padding, y: padding });
    assert.deepEqual(scorePoint(9, 0), scorePoint(5, 1), 'clamped');
  });
  it('splits the quadrants at 3 as the server does', () => {
    const rects = quadrantRects();
    const mid = scorePoint(3, 3);
    assert.deepEqual(
      rects.map((r) => r.quadrant),
      ['invest', 'do-first', 'reconsider', 'quick-win'],
    );
    const doFirst = rects[1]!;
    assert.equal(doFirst.x, mid.x);
    assert.equal(doFirst.y + doFirst.height, mid.y);
    assert.equal(
      rects.reduce((s, r) => s + r.width * r.height, 0),
      (DEFAULT_BOX.width - 2 * DEFAULT_BOX.padding) * (DEFAULT_BOX.height - 2 * DEFAULT_BOX.padding),
    );
  });
  it('spreads missions with equal scores on a circle and leaves unscored ones out', () => {
    const dots = quadrantDots(
      [
        { id: 'a', number: 'OPG-2026-0001', impactScore: 4, feasibilityScore: 4 },
        { id: 'b', number: 'OPG-2026-0002', impactScore: 4, feasibilityScore: 4 },
        { id: 'c', number: 'OPG-2026-0003', impactScore: 2, feasibilityScore: 5 },
        { id: 'd', number: 'OPG-2026-0004', impactScore: null, feasibilityScore: 5 },
      ],
      DEFAULT_BOX,
      10,
    );
    const centre = scorePoint(4, 4);
    assert.deepEqual(
      dots.map((d) => d.id),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(dots[0], { id: 'a', label: 'OPG-2026-0001', x: centre.x, y: centre.y - 10 });
    assert.deepEqual(dots[1], { id: 'b', label: 'OPG-2026-0002', x: centre.x, y: centre.y + 10 });
    assert.deepEqual({ x: dots[2]!.x, y: dots[2]!.y }, scorePoint(5, 2));
  });
});

describe('status transitions offered', () => {
  const options: TransitionOption[] = [
    {
      to: 'running',
      label: 'uitvoering',
      requiresReason: false,
      blockedBy: 'Een opgave in uitvoering heeft minstens één doel en één maatregel nodig.',
    },
    { to: 'analysis', label: 'analyse', requiresReason: true, blockedBy: null },
    { to: 'closed', label: 'afgesloten', requiresReason: true, blockedBy: null },
  ];
  const mission = (transition: boolean) =>
    ({
      allowedTransitions: options,
      permissions: { read: true, edit: transition, transition, publish: false, addLog: transition },
    }) as Pick<MissionDetail, 'allowedTransitions' | 'permissions'>;
  it('offers exactly the API’s possible transitions and lists the blocked ones with the reason', () => {
    const o = offeredTransitions(mission(true));
    assert.deepEqual(
      o.possible.map((x) => x.to),
      ['analysis', 'closed'],
    );
    assert.deepEqual(
      o.blocked.map((x) => x.to),
      ['running'],
    );
    assert.deepEqual(offeredTransitions(mission(false)), { possible: [], blocked: [] }, 'nothing without the permission');
  });
  it('checks the choice and the reason before sending', () => {
    const o = offeredTransitions(mission(true));
    assert.equal(checkTransition(o, '', ''), 'choose');
    assert.equal(checkTransition(o, 'running', ''), 'not-allowed', 'a blocked step cannot be sent');
    assert.equal(checkTransition(o, 'closed', '  '), 'reason-required');
    assert.equal(checkTransition(o, 'closed', 'Probleem opgelost'), null);
    assert.equal(requiresReason(o, 'analysis'), true);
  });
  it('marks the steps before, at and after the current status', () => {
    assert.deepEqual(
      STATUS_STEPS.map((s) => stepState('approach', s)),
      ['done', 'done', 'current', 'todo', 'todo', 'todo'],
    );
    for (const s of MISSION_STATUSES) for (const res of [nl, en]) assert.equal(typeof lookup(res, `missions.status.${s}`), 'string', s);
  });
});

describe('goal and measure forms', () => {
  it('checks a goal and never sends progress', () => {
    assert.deepEqual(checkGoalForm(emptyGoalForm()), {
      title: 'titleShort',
      baselineFrom: 'dateRequired',
      baselineTo: 'dateRequired',
      target: 'number',
      deadline: 'dateRequired',
    });
    const form = {
      ...emptyGoalForm(),
      title: 'Minder inbraken',
      baselineFrom: '2022-01-01',
      baselineTo: '2023-01-01',
      target: '45,5',
      deadline: '2025-01-01',
    };
    assert.deepEqual(goalBody(form), {
      title: 'Minder inbraken',
      indicator: { source: 'registered-crime' },
      direction: 'decrease',
      baselineFrom: '2022-01-01',
      baselineTo: '2023-01-01',
      target: 45.5,
      deadline: '2025-01-01',
    });
    assert.deepEqual(checkGoalForm({ ...form, deadline: '2022-06-01', source: 'perception', areaCode: 'x' }), {
      deadline: 'afterBaselineTo',
      indicatorCode: 'required',
      areaCode: 'areaCode',
    });
    assert.deepEqual(goalBody({ ...form, source: 'custom', name: 'Schouwscore', unit: 'cijfer' })?.indicator, {
      source: 'custom',
      name: 'Schouwscore',
      unit: 'cijfer',
    });
    assert.equal(parseNumber('12,5'), 12.5);
    assert.equal(parseNumber('1.2.3'), null);
  });
  it('needs the kind for a power and the EAST design and hypothesis for a behavioural measure', () => {
    assert.deepEqual(checkMeasureForm({ ...emptyMeasureForm(), title: 'Gebiedsverbod', type: 'administrative-power' }), {
      powerKind: 'required',
    });
    assert.deepEqual(
      measureBody({
        ...emptyMeasureForm(),
        title: 'Gebiedsverbod',
        type: 'administrative-power',
        powerKind: 'gebiedsverbod',
        startDate: '2023-01-01',
      }),
      { title: 'Gebiedsverbod', description: '', type: 'administrative-power', powerKind: 'gebiedsverbod', startDate: '2023-01-01' },
    );
    const behavioural = { ...emptyMeasureForm(), title: 'Buurtapp', type: 'behavioural' as const };
    assert.deepEqual(Object.keys(checkMeasureForm(behavioural)).sort(), ['attractive', 'easy', 'hypothesis', 'social', 'timely']);
    const design = { easy: 'e', attractive: 'a', social: 's', timely: 't' };
    assert.deepEqual(measureBody({ ...behavioural, design, hypothesis: 'Als …' }), {
      title: 'Buurtapp',
      description: '',
      type: 'behavioural',
      design,
      hypothesis: 'Als …',
    });
    assert.deepEqual(checkMeasureForm({ ...emptyMeasureForm(), title: 'Camera', startDate: '2023-02-01', endDate: '2023-01-01' }), {
      endDate: 'notBeforeStart',
    });
  });
});

describe('effect and evidence formatting', () => {
  const did: Did = {
    irr: 0.9891,
    percentChange: -1.087,
    logIrr: -0.011,
    se: 0.21,
    ciLow: 0.6532,
    ciHigh: 1.4979,
    z: -0.05,
    p: 0.9588,
    continuityCorrected: false,
  };
  it('formats the IRR with its interval and reads it only as far as the interval allows', () => {
    assert.deepEqual(formatIrr(did, 'nl'), { irr: '0,99', ci: '0,65 – 1,50', percent: '−1%', p: '0,959' });
    assert.equal(formatIrr({ ...did, p: 0.00001 }, 'en').p, '< 0.001');
    assert.equal(readIrr(did), 'unclear');
    assert.equal(readIrr({ ...did, ciHigh: 0.9 }), 'decrease');
    assert.equal(readIrr({ ...did, ciLow: 1.1 }), 'increase');
    assert.deepEqual(
      readWdd({ local: -2, displacement: 4, total: 2, variance: 2700, se: 52, z: 0.04, p: 0.97, ciLow: -99.8, ciHigh: 103.8 }),
      { displacement: 'displacement', totalSignificant: false },
    );
    assert.equal(formatSigned(-2.5, 'nl', 1), '−2,5');
    assert.equal(formatChange({ frozen: 59, fresh: 61, difference: 2 }, 'nl'), '59 → 61 (+2)');
  });
  it('summarises frozen results per kind', () => {
    assert.deepEqual(evidenceSummary('crime-counts', { year: 2023, total: 59 }), [{ key: 'total', value: 59, vars: { year: 2023 } }]);
    assert.deepEqual(
      evidenceSummary('hotcrimes', { total: 59, baselineTotal: 50, byLevel: [{ type: '2.2.1', current: 8 }] }, (c) =>
        c === '2.2.1' ? 'Vernieling' : c,
      ).at(-1),
      { key: 'topTypes', value: 'Vernieling (8)' },
    );
    assert.deepEqual(evidenceSummary('hottimes', { events: 10, peakHours: [0, 166] })[1], {
      key: 'peakHours',
      value: 'ma 00–01, zo 22–23',
    });
    assert.equal(hourOfWeekLabel(24 * 4 + 22), 'vr 22–23');
    assert.deepEqual(evidenceSummary('snapshot', {}), []);
  });
  it('shows a figure the server suppressed as — and never as 0', () => {
    assert.deepEqual(evidenceSummary('crime-counts', { year: 2023, total: null, rows: [] }), [
      { key: 'total', value: '—', vars: { year: 2023 } },
    ]);
    assert.deepEqual(
      evidenceSummary('hotcrimes', { total: null, baselineTotal: 0, byLevel: [{ type: '1.1.1', current: null }] }).map((r) => r.value),
      ['—', 0, '1.1.1 (—)'],
    );
    assert.equal(evidenceSummary('hottimes', { events: null, profile: [], peakHours: [] })[0]!.value, '—');
    assert.equal(evidenceSummary('concentration', { events: null })[0]!.value, '—');
    assert.deepEqual(evidenceSummary('report-counts', { total: null }), [{ key: 'reports', value: '—' }]);
    assert.deepEqual(evidenceSummary('snapshot', null), [], 'a withheld snapshot');
    assert.deepEqual(evidenceSummary('hottimes', null), []);
  });
  it('draws a suppressed KPI without a bar and says why', () => {
    assert.deepEqual(progressBar('suppressed', null, 0.5), { width: 0, expected: 50, percent: null, wrongWay: false, tone: 'none' });
    assert.equal(progressWords(progressBar('suppressed', null, 0.5), t, 'suppressed'), 'missions.progress.suppressed{}');
    assert.match(lookup(nl, 'missions.kpiStatus.suppressed') as string, /afgeschermd/);
    assert.match(lookup(nl, 'missions.progress.suppressed') as string, /afgeschermd/);
  });
  it('names the scope with buurt names', () => {
    const names = new Map([['BU05050102', 'Grote Markt en omgeving']]);
    assert.equal(
      scopeText({ kind: 'buurten', year: 2024, codes: ['BU05050102', 'BU05050199'] }, names, t),
      'Grote Markt en omgeving, BU05050199',
    );
    assert.equal(
      scopeText({ kind: 'buurten', year: 2024, codes: ['A', 'B', 'C', 'D'] }, names, t),
      'missions.scope.more{"list":"A, B, C","count":1}',
    );
  });
});

describe('planning changes', () => {
  const m = {
    startDate: null,
    nextReview: '2024-01-01',
    priority: 'medium',
    prioritisation: { impactScore: 3, impactRationale: null, feasibilityScore: null, feasibilityRationale: null },
  } as unknown as MissionDetail;
  it('sends only what changed, empty as null', () => {
    const base = {
      startDate: '',
      nextReview: '2024-01-01',
      priority: 'medium' as const,
      impactScore: '3',
      impactRationale: '',
      feasibilityScore: '',
      feasibilityRationale: '',
    };
    assert.equal(planningPatch(m, base), null);
    assert.deepEqual(
      planningPatch(m, {
        ...base,
        startDate: '2023-01-01',
        nextReview: '',
        impactScore: '5',
        feasibilityRationale: ' Partners staan klaar ',
      }),
      { startDate: '2023-01-01', nextReview: null, impactScore: 5, feasibilityRationale: 'Partners staan klaar' },
    );
  });
});

describe('opgaven texts', () => {
  it('has the same keys in Dutch and English', () => {
    const keys = (o: unknown, p = ''): string[] =>
      Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
    assert.deepEqual(keys(nl.missions).sort(), keys(en.missions).sort());
  });
});

describe('opgaven texts used by the pages', () => {
  it('exist for every literal key in web/src/pages/missions', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const dir = path.resolve(import.meta.dirname, '../../web/src/pages/missions');
    const used = new Set<string>();
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.tsx') || n.endsWith('.ts'))) {
      for (const m of fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/t\('((?:missions|app|nav)\.[\w.-]+)'/g)) used.add(m[1]!);
    }
    assert.ok(used.size > 100, `found ${used.size} keys`);
    const missing = [...used].filter((k) => typeof lookup(nl, k) !== 'string' || typeof lookup(en, k) !== 'string');
    assert.deepEqual(missing, []);
  });
});
