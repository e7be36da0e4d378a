/**
 * Disclosure control through missions: one burglary alone in a 100 m cell must not be readable by
 * roles without analysis:detail through any path that shows a figure — evidence, re-run, goals,
 * effect, portfolio, public summary — while an analyst sees the exact figure. Also the minimum
 * scope size (a one-cell mission shows no figures at all, zeros included), the small-number rule
 * inside a large enough scope, and nothing hidden that may be shown (a busy buurt).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiClient, type Api } from '../../../test/fixtures/missions/api.ts';
import { seedSingleIncident, type SingleIncident } from '../../../test/fixtures/missions/single-incident.ts';
import { YEAR } from '../../../test/fixtures/missions/seed.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { FigureRule, scopeHectares, smallScopeReason } from './disclosure.ts';

const evidence = [
  { kind: 'hottimes', title: 'Hottimes 2023', query: { from: '2023-01-01', to: '2024-01-01' } },
  {
    kind: 'hotcrimes',
    title: 'Hotcrimes 2023',
    query: { from: '2023-01-01', to: '2024-01-01', baselineFrom: '2022-01-01', baselineTo: '2023-01-01', minCount: 1 },
  },
  { kind: 'concentration', title: 'Adressen', query: { from: '2023-01-01', to: '2024-01-01', of: 'address' } },
  { kind: 'report-counts', title: 'Meldingen', query: { from: '2023-01-01', to: '2024-01-01' } },
  { kind: 'crime-counts', title: 'CBS 2023', query: { year: 2023 } },
  { kind: 'snapshot', title: 'Kaartbeeld', result: { count: 1 } },
];
const goal = {
  title: 'Geen inbraken',
  indicator: { source: 'registered-crime' },
  direction: 'decrease',
  baselineFrom: '2023-01-01',
  baselineTo: '2024-01-01',
  target: 0,
  deadline: '2026-01-01',
};
type Ev = { id: string; kind: string; result: Record<string, unknown> | null };
const byKind = (m: { evidence: Ev[] }) => Object.fromEntries(m.evidence.map((e) => [e.kind, e])) as Record<string, Ev>;

describe('missions: the caller’s disclosure rule on every figure', () => {
  let t: TestApp;
  let api: Api;
  let fx: SingleIncident;
  let analyst: TestSession;
  let viewer: TestSession;
  let coordinator: TestSession;
  const ids = { small: '', block: '', busy: '' };
  const create = async (title: string, scope: unknown) => {
    const res = await api('POST', '/missions', analyst, { title, scope, crimeTypes: ['1.1.1'], startDate: '2024-01-01', evidence });
    assert.equal(res.statusCode, 201, res.body);
    const id = res.json().id as string;
    assert.equal((await api('POST', `/missions/${id}/goals`, analyst, goal)).statusCode, 201);
    return id;
  };
  before(async () => {
    t = await createTestApp({ prepare: async (database) => void (fx = await seedSingleIncident(database)) });
    api = apiClient(t.app);
    [analyst, viewer, coordinator] = [
      await loginAs(t.app, t.database, 'analyst'),
      await loginAs(t.app, t.database, 'viewer'),
      await loginAs(t.app, t.database, 'coordinator'),
    ];
    ids.small = await create('Eén cel', { kind: 'cells', cellSize: 100, cells: [fx.cell] });
    ids.block = await create('Negen cellen', { kind: 'cells', cellSize: 100, cells: fx.block });
    ids.busy = await create('Drukke buurt', { kind: 'buurten', year: YEAR, codes: [fx.busy] });
    await api('PUT', `/missions/${ids.small}/public-summary`, analyst, {
      title: 'Veilig wonen',
      summary: 'Samen tegen inbraak in deze straat.',
      join: '',
    });
    assert.equal((await api('POST', `/missions/${ids.small}/public-summary/approval`, coordinator, { approve: true })).statusCode, 204);
  });
  after(() => t.close());

  it('evidence: the analyst sees the one burglary; viewer and coordinator see no figure of a one-cell mission', async () => {
    const a = byKind((await api('GET', `/missions/${ids.small}`, analyst)).json());
    assert.equal(a.hottimes!.result!.events, 1);
    assert.equal(a.hotcrimes!.result!.total, 1);
    assert.equal(a.concentration!.result!.events, 1);
    assert.equal(a['report-counts']!.result!.total, 0);
    assert.deepEqual(a.snapshot!.result, { count: 1 });
    for (const who of [viewer, coordinator]) {
      const m = (await api('GET', `/missions/${ids.small}`, who)).json();
      const e = byKind(m);
      assert.equal(e.hottimes!.result!.events, null);
      assert.ok(
        (e.hottimes!.result!.profile as unknown[]).every((v) => v === null),
        'no hour of the week',
      );
      assert.deepEqual(e.hottimes!.result!.peakHours, [], 'no peak hour either');
      assert.equal(e.hotcrimes!.result!.total, null);
      assert.equal((e.hotcrimes!.result!.byLevel as { current: unknown; currentRate: unknown }[])[0]!.currentRate, null);
      assert.equal(e.concentration!.result!.events, null);
      assert.equal(e.concentration!.result!.gini, null);
      assert.equal(e['report-counts']!.result!.total, null, 'below the minimum scope even a zero is withheld');
      assert.equal(e['crime-counts']!.result!.total, null);
      assert.equal(e.snapshot!.result, null, 'captured by an analyst: may hold small counts');
      assert.equal(m.disclosure.smallScope, true);
      assert.ok(m.disclosure.suppressed > 168);
      assert.match(m.disclosure.note, /1 ha; cijfers worden pas getoond vanaf 4 ha/);
      assert.ok(!JSON.stringify(m.evidence.map((x: Ev) => x.result)).match(/"(events|total|current)":1\b/));
    }
  });

  it('evidence in a scope above the minimum: counts 1–4 and what derives from them are null, zeros and large counts are shown', async () => {
    const block = byKind((await api('GET', `/missions/${ids.block}`, viewer)).json());
    assert.equal(block.hottimes!.result!.events, null);
    assert.equal(block['report-counts']!.result!.total, 0, 'a zero is shown');
    const row = (block.hotcrimes!.result!.byLevel as Record<string, unknown>[]).find((r) => r.type === '1.1.1')!;
    assert.deepEqual([row.current, row.currentRate, row.rateRatio, row.p, row.suppressed], [null, null, null, null, true]);
    const busy = byKind((await api('GET', `/missions/${ids.busy}`, viewer)).json());
    assert.equal(busy.hottimes!.result!.events, 96, '8 a month in 2023');
    assert.equal(busy.hotcrimes!.result!.total, 96);
    assert.equal(busy.snapshot!.result, null, 'the analyst’s snapshot stays withheld');
    assert.equal((await api('GET', `/missions/${ids.busy}`, viewer)).json().disclosure.suppressed, 1, 'nothing but the snapshot');
  });

  it('re-run: frozen and fresh results and their changes under the same rule', async () => {
    const evidenceId = byKind((await api('GET', `/missions/${ids.small}`, analyst)).json()).hottimes!.id;
    const exact = (await api('POST', `/missions/${ids.small}/evidence/${evidenceId}/rerun`, analyst)).json();
    assert.equal(exact.frozen.result.events, 1);
    assert.equal(exact.fresh.result.events, 1);
    assert.ok(exact.changes.some((c: { field: string }) => c.field === 'events'));
    for (const who of [viewer, coordinator]) {
      const res = await api('POST', `/missions/${ids.small}/evidence/${evidenceId}/rerun`, who);
      assert.equal(res.statusCode, 200, res.body);
      const r = res.json();
      assert.equal(r.frozen.result.events, null);
      assert.equal(r.fresh.result.events, null);
      assert.equal(r.evidence.result.events, null);
      assert.deepEqual(r.changes, []);
      assert.equal(r.disclosure.smallScope, true);
    }
  });

  it('goals: readings, the frozen baseline and progress are withheld; the analyst sees 1 → 0', async () => {
    const [a] = (await api('GET', `/missions/${ids.small}/goals`, analyst)).json().goals;
    assert.equal(a.baseline.reading.value, 1);
    assert.equal(a.baseline.frozenValue, 1);
    assert.equal(a.current.value, 0);
    assert.equal(a.progress.status, 'achieved');
    for (const who of [viewer, coordinator]) {
      const [g] = (await api('GET', `/missions/${ids.small}/goals`, who)).json().goals;
      assert.deepEqual(
        [g.baseline.reading.value, g.baseline.reading.suppressed, g.baseline.frozenValue, g.current.value],
        [null, true, null, null],
      );
      assert.equal(g.progress.status, 'suppressed');
      assert.equal(g.progress.fraction, null);
      assert.equal(g.progress.change, null);
      assert.doesNotMatch(g.progress.explanation, /Van 1|naar 0/);
    }
    const [blockGoal] = (await api('GET', `/missions/${ids.block}/goals`, viewer)).json().goals;
    assert.equal(blockGoal.baseline.reading.value, null, 'a count of 1 in a 9 ha scope');
    assert.equal(blockGoal.current.value, 0, 'the zero after it is shown');
    assert.equal(blockGoal.progress.status, 'suppressed', 'progress would give the baseline away');
  });

  it('effect: counts and the reasons text without the hidden number', async () => {
    const a = (await api('GET', `/missions/${ids.small}/effect`, analyst)).json();
    assert.equal(a.status, 'not-enough-data');
    assert.deepEqual(a.crime.counts.target, { before: 1, after: 0 });
    assert.ok(
      a.reasons.some((r: string) => r.includes('samen 1 registratie;')),
      a.reasons.join(' | '),
    );
    for (const who of [viewer, coordinator]) {
      const e = (await api('GET', `/missions/${ids.small}/effect`, who)).json();
      assert.deepEqual(e.crime.counts.target, { before: null, after: null });
      assert.deepEqual(e.crime.counts.comparison, { before: null, after: null }, 'a one-cell mission shows no figure at all');
      assert.equal(e.crime.comparison.suggestion.target.total, null);
      assert.ok(
        e.reasons.some((r: string) => r.includes('samen minder dan 20 registraties')),
        e.reasons.join(' | '),
      );
      assert.equal(e.disclosure.smallScope, true);
    }
  });

  it('effect of a busy buurt: its own counts shown; the only comparison candidate (the lone burglary) withheld', async () => {
    const v = (await api('GET', `/missions/${ids.busy}/effect`, viewer)).json();
    // after = [2024-01-01, 2024-12-16): 12 × 8; before = the 350 days before: Feb–Dec 2023, 11 × 8
    assert.deepEqual(v.crime.counts.target, { before: 88, after: 96 });
    assert.equal(v.crime.comparison.suggestion.target.total, 24 * 8, 'the 24 history months');
    assert.deepEqual(v.crime.comparison.codes, [fx.lone]);
    assert.deepEqual(v.crime.counts.comparison, { before: null, after: 0 });
    const lone = v.crime.comparison.suggestion.ranked.find((c: { code: string }) => c.code === fx.lone);
    assert.deepEqual([lone.total, lone.level, lone.slope, lone.distance], [null, null, null, null]);
    assert.equal(v.disclosure.suppressed, 2);
    const a = (await api('GET', `/missions/${ids.busy}/effect`, analyst)).json();
    assert.deepEqual(a.crime.counts.comparison, { before: 1, after: 0 });
    assert.equal(a.disclosure.suppressed, 0);
  });

  it('portfolio: KPI status suppressed without a fraction for viewer and coordinator', async () => {
    const kpiOf = async (who: TestSession) =>
      (await api('GET', '/missions/portfolio', who)).json().missions.find((m: { id: string }) => m.id === ids.small).kpis[0];
    assert.deepEqual(await kpiOf(analyst).then((k) => [k.status, k.fraction]), ['achieved', 1]);
    for (const who of [viewer, coordinator]) assert.deepEqual(await kpiOf(who).then((k) => [k.status, k.fraction]), ['suppressed', null]);
  });

  it('public summary: the strictest rule, whoever looks', async () => {
    for (const who of [null, analyst]) {
      const res = await api('GET', `/public/missions/${ids.small}`, who);
      assert.equal(res.statusCode, 200, res.body);
      const [g] = res.json().goals;
      assert.deepEqual(
        [g.baseline, g.current, g.progress.status, g.progress.fraction, g.suppressed],
        [null, null, 'suppressed', null, true],
      );
      const list = (await api('GET', '/public/missions', who)).json().missions;
      assert.equal(list.find((m: { id: string }) => m.id === ids.small).goals[0].baseline, null);
    }
  });
});

describe('missions disclosure rule (pure)', () => {
  const settings = { minCellCount: 5, minScopeHectares: 4, minScopeBuurten: 2 };
  it('measures scopes: cells by their size, polygons by their area in RD New, buurten by their number', () => {
    assert.equal(
      scopeHectares({
        kind: 'cells',
        cellSize: 100,
        cells: [
          [0, 0],
          [100, 0],
          [0, 0],
        ],
      }),
      2,
      'a repeated cell counts once',
    );
    assert.equal(scopeHectares({ kind: 'cells', cellSize: 250, cells: [[0, 0]] }), 6.25);
    // about 300 m × 300 m around Dordrecht: 9 ha within a few percent (RD scale and the lon/lat square)
    const ha = scopeHectares({
      kind: 'polygon',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [4.66, 51.8],
            [4.66435, 51.8],
            [4.66435, 51.8027],
            [4.66, 51.8027],
            [4.66, 51.8],
          ],
        ],
      },
    })!;
    assert.ok(ha > 8.5 && ha < 9.5, String(ha));
    assert.match(
      smallScopeReason({ kind: 'buurten', year: 2024, codes: ['BU05050100'] }, settings)!,
      /1 buurt; cijfers worden pas getoond vanaf 2 buurten/,
    );
    assert.equal(
      smallScopeReason(
        {
          kind: 'cells',
          cellSize: 100,
          cells: [
            [0, 0],
            [100, 0],
            [0, 100],
            [100, 100],
          ],
        },
        settings,
      ),
      null,
      'exactly the minimum',
    );
  });

  it('hides counts 1..min−1 and their derived values, shows zeros and large counts; detail sees all', () => {
    const rule = new FigureRule(false, 5, null);
    assert.deepEqual(
      [0, 1, 4, 5, 12].map((v) => rule.count(v)),
      [0, null, null, 5, 12],
    );
    assert.equal(rule.derived([12, 3], 0.25), null);
    assert.equal(rule.derived([12, 0], 0.5), 0.5);
    assert.equal(rule.forTotal(3).count(0), null, 'too few events: every figure of the result');
    assert.equal(rule.suppressed, 3);
    const small = new FigureRule(false, 5, 'te klein');
    assert.equal(small.count(0), null);
    assert.equal(small.count(500), null);
    const analyst = new FigureRule(true, 5, 'te klein');
    assert.deepEqual(
      [1, 0, 500].map((v) => analyst.count(v)),
      [1, 0, 500],
    );
    assert.equal(analyst.note(), null);
  });
});
