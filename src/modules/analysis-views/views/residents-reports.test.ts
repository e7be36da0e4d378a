/** The analysis views with source=signals: residents' reports created through the signals module (design in signals-seed.ts). */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { analysisViewsApi, type AnalysisViewsApi } from '../../../../test/fixtures/analysis-views/api.ts';
import { seedViewsSignals, type SignalsDesign } from '../../../../test/fixtures/analysis-views/signals-seed.ts';
import type { TestSession } from '../../../../test/helpers/sessions.ts';

const SPRING = 'source=signals&from=2025-03-01&to=2025-05-01';
type Row = { areaCode: string; counts: (number | null)[]; total: number | null };

describe('analysis views API with source=signals (residents’ reports)', () => {
  let api: AnalysisViewsApi<SignalsDesign>;
  let design: SignalsDesign;
  let analyst: TestSession;
  let viewer: TestSession;
  let get: AnalysisViewsApi['get'];
  before(async () => {
    api = await analysisViewsApi(seedViewsSignals);
    ({ design, analyst, viewer, get } = api);
  });
  after(async () => api.t.close());

  const rowsOf = (body: { rows: Row[] }) => Object.fromEntries(body.rows.map((r) => [r.areaCode, [r.counts, r.total]]));

  it('counts per buurt × month (UTC months): reports without coordinates left out, a split report as its parts; categories filter sub and main categories', async () => {
    const a = await get(`counts?${SPRING}`, analyst);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.deepEqual(a.body.months, ['2025-03', '2025-04']);
    assert.deepEqual(rowsOf(a.body), { [design.a.buurt]: [[8, 3], 11], [design.b.buurt]: [[4, 0], 4] });
    assert.deepEqual(
      [a.body.meta.source, a.body.meta.events, a.body.meta.synthetic, a.body.meta.suppressedCells],
      ['signals', 15, false, 0],
    );
    const dumping = await get(`counts?${SPRING}&categories=afval-dumping`, analyst);
    assert.deepEqual(rowsOf(dumping.body), { [design.a.buurt]: [[6, 2], 8] });
    assert.deepEqual(dumping.body.meta.categories, ['afval-dumping']);
    const publicSpace = await get(`counts?${SPRING}&categories=openbare-ruimte`, analyst);
    assert.deepEqual(rowsOf(publicSpace.body), { [design.a.buurt]: [[8, 3], 11] });
    const other = await get(`counts?${SPRING}&categories=overig`, analyst);
    assert.deepEqual([other.body.rows, other.body.meta.events], [[], 0], 'a report split by staff counts as its parts only');
    const drugs = await get(`counts?${SPRING}&categories=drugs-ondermijning&area=${design.b.wijk}`, analyst);
    assert.deepEqual([rowsOf(drugs.body), drugs.body.meta.events], [{ [design.b.buurt]: [[4, 0], 4] }, 4]);
  });

  it('disclosure control applies to reports: counts 1..4 are null for a viewer, zeros and ≥ 5 shown', async () => {
    const v = await get(`counts?${SPRING}`, viewer);
    assert.equal(v.status, 200);
    assert.deepEqual(rowsOf(v.body), { [design.a.buurt]: [[8, null], 11], [design.b.buurt]: [[null, 0], null] });
    assert.deepEqual([v.body.meta.detail, v.body.meta.suppressedCells, v.body.meta.events], [false, 3, 15]);
    const grid = await get(`counts?${SPRING}&unit=grid`, viewer);
    const cells = Object.fromEntries(
      grid.body.cells.map((c: { id: string; count: number | null; suppressed: boolean }) => [c.id, [c.count, c.suppressed]]),
    );
    assert.deepEqual(cells, { [design.a.corner.join('_')]: [11, false], [design.b.corner.join('_')]: [null, true] });
    const small = await get(`counts?${SPRING}&categories=drugshandel`, viewer);
    assert.equal(small.body.meta.events, null, 'the whole selection (4 reports) is below the minimum');
  });

  it('counts per 100 m grid cell', async () => {
    const a = await get(`counts?${SPRING}&unit=grid`, analyst);
    assert.equal(a.status, 200);
    const cells = Object.fromEntries(a.body.cells.map((c: { id: string; count: number }) => [c.id, c.count]));
    assert.deepEqual(cells, { [design.a.corner.join('_')]: 11, [design.b.corner.join('_')]: 4 });
  });

  it('hottimes: each report in the local hour of its creation (no time window)', async () => {
    const a = await get(`hottimes?${SPRING}`, analyst);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    const m = a.body.matrix;
    assert.deepEqual([m[0][9], m[1][21], m[1][9], m[2][14], m[5][23], m[1][0]], [6, 2, 2, 1, 3, 1]);
    assert.equal(
      m.flat().reduce((s: number, x: number) => s + x, 0),
      15,
    );
    assert.deepEqual(a.body.byWeekday, [6, 5, 1, 0, 0, 3, 0]);
    assert.deepEqual(a.body.peakHours[0], { weekday: 'Monday', hour: 9, hourOfWeek: 9 });
    const v = await get(`hottimes?${SPRING}`, viewer);
    assert.deepEqual([v.body.matrix[0][9], v.body.matrix[1][21], v.body.byWeekday], [6, null, [6, 5, null, 0, 0, null, 0]]);
  });

  it('hotspots: Gi* on the grid and buurt counts of reports', async () => {
    const a = await get(`hotspots?${SPRING}`, analyst);
    assert.equal(a.status, 200, JSON.stringify(a.body).slice(0, 300));
    const cell = a.body.features.find((f: { id: string }) => f.id === design.a.corner.join('_'));
    assert.equal(cell.properties.count, 11);
    assert.match(cell.properties.class, /^hot-/);
    assert.equal(a.body.meta.source, 'signals');
    const v = await get(`hotspots?${SPRING}`, viewer);
    const b = v.body.features.find((f: { id: string }) => f.id === design.b.corner.join('_'));
    assert.deepEqual([b.properties.count, b.properties.suppressed], [null, true]);
    const byBuurt = await get(`hotspots?${SPRING}&unit=buurt`, analyst);
    const count = (code: string) => byBuurt.body.features.find((f: { id: string }) => f.id === code).properties.count;
    assert.deepEqual([count(design.a.buurt), count(design.b.buurt)], [11, 4]);
  });

  it('alerts and trends: the spike week of reports in buurt C, category as the series type', async () => {
    const a = await get('alerts?source=signals&to=2024-07-01&weeks=4&baselineYears=1', analyst);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.equal(a.body.alerts.length, 1);
    const alert = a.body.alerts[0];
    assert.deepEqual(
      [alert.areaCode, alert.crimeType, alert.weekStart, alert.count, alert.expected],
      [design.c.buurt, 'groepsoverlast', design.spikeWeek, 10, 1],
    );
    const q = `trends?source=signals&area=${design.c.buurt}&categories=groepsoverlast&from=2024-06-03&to=2024-07-01&baselineYears=1`;
    const r = await get(q, analyst);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(
      r.body.series.map((s: { crimeType: string }) => s.crimeType),
      ['groepsoverlast'],
    );
    const weeks = r.body.series[0].weeks;
    assert.deepEqual(
      weeks.map((w: { weekStart: string; count: number; alarm: boolean }) => [w.weekStart, w.count, w.alarm]),
      [
        ['2024-06-03', 1, false],
        ['2024-06-10', 1, false],
        ['2024-06-17', 10, true],
        ['2024-06-24', 1, false],
      ],
    );
    const v = await get(q, viewer);
    assert.deepEqual(
      v.body.series[0].weeks.map((w: { count: number | null }) => w.count),
      [null, null, 10, null],
    );
    assert.deepEqual(
      v.body.series[0].alerts.map((x: { count: number }) => x.count),
      [10],
    );
  });

  it('refuses crimeTypes with source=signals as problem+json naming the field', async () => {
    const r = await get('counts?source=signals&crimeTypes=1.1.1', analyst);
    assert.equal(r.status, 400);
    assert.match(String(r.type), /problem\+json/);
    assert.deepEqual(
      r.body.errors.map((e: { name: string }) => e.name),
      ['query.crimeTypes'],
    );
    assert.match(r.body.errors[0].reason, /categories/);
    const trends = await get('trends?source=signals&crimeTypes=1.2.*&categories=groepsoverlast', analyst);
    assert.deepEqual([trends.status, trends.body.errors.map((e: { name: string }) => e.name)], [400, ['query.crimeTypes']]);
  });
});
