import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { analysisViewsApi, type AnalysisViewsApi } from '../../../../test/fixtures/analysis-views/api.ts';
import type { ViewsDesign } from '../../../../test/fixtures/analysis-views/seed.ts';

const MARCH = 'from=2024-03-01&to=2024-04-01';
const MARCH_1_1_1 = `${MARCH}&crimeTypes=1.1.1`;

describe('analysis views API over the hand-checkable design (test/fixtures/analysis-views/seed.ts)', () => {
  let api: AnalysisViewsApi;
  let t: AnalysisViewsApi['t'];
  let design: ViewsDesign;
  let analyst: TestSession;
  let viewer: TestSession;
  let get: AnalysisViewsApi['get'];
  before(async () => {
    api = await analysisViewsApi();
    ({ t, design, analyst, viewer, get } = api);
  });
  after(async () => api.t.close());

  it('counts per buurt × month, suppressed below the minimum for a viewer only', async () => {
    const a = await get(`counts?${MARCH}&crimeTypes=1.1.1,2.5.2`, analyst);
    assert.equal(a.status, 200);
    assert.deepEqual(a.body.months, ['2024-03']);
    const row = (b: typeof a.body, code: string) => b.rows.find((r: { areaCode: string }) => r.areaCode === code);
    assert.deepEqual(row(a.body, design.a.buurt).counts, [12]);
    assert.deepEqual(row(a.body, design.b.buurt).counts, [3]);
    assert.equal(a.body.meta.events, 15);
    assert.equal(a.body.meta.synthetic, false);
    assert.equal(a.body.meta.suppressedCells, 0);
    const v = await get(`counts?${MARCH}&crimeTypes=1.1.1,2.5.2`, viewer);
    assert.deepEqual(row(v.body, design.a.buurt).counts, [12]);
    assert.deepEqual(row(v.body, design.b.buurt).counts, [null]);
    assert.equal(row(v.body, design.b.buurt).total, null);
    assert.equal(v.body.meta.suppressedCells, 2);
  });

  it('counts per 100 m cell, with the cell corner as id, and as CSV and GeoJSON', async () => {
    const a = await get(`counts?${MARCH}&unit=grid&crimeTypes=1.1.1,2.5.2`, analyst);
    assert.equal(a.status, 200);
    const cells = Object.fromEntries(a.body.cells.map((c: { id: string; count: number }) => [c.id, c.count]));
    assert.deepEqual(cells, { [design.a.corner.join('_')]: 12, [design.b.corner.join('_')]: 3 });
    const v = await get(`counts?${MARCH}&unit=grid&crimeTypes=1.1.1,2.5.2`, viewer);
    const hidden = v.body.cells.find((c: { id: string }) => c.id === design.b.corner.join('_'));
    assert.deepEqual([hidden.count, hidden.suppressed], [null, true]);
    const csv = await get(`counts?${MARCH}&unit=grid&crimeTypes=1.1.1,2.5.2&format=csv`, viewer);
    assert.match(String(csv.type), /text\/csv/);
    assert.match(csv.body, new RegExp(`^${design.b.corner.join('_')},${design.b.corner[0]},${design.b.corner[1]},$`, 'm'));
    const geo = await get(`counts?${MARCH}&unit=grid&format=geojson`, analyst);
    assert.match(String(geo.type), /geo\+json/);
    const fc = JSON.parse(JSON.stringify(geo.body));
    assert.equal(fc.type, 'FeatureCollection');
    assert.equal(fc.features[0].geometry.type, 'Polygon');
    assert.equal(fc.features[0].geometry.coordinates[0].length, 5);
  });

  it('hottimes: the aoristic split of known windows, Monday 00:00 first', async () => {
    const a = await get(`hottimes?${MARCH}&crimeTypes=1.1.1,2.5.2`, analyst);
    assert.equal(a.status, 200);
    const m = a.body.matrix;
    assert.deepEqual([m[0][10], m[0][11], m[1][22], m[1][23], m[5][3]], [4, 4, 2, 2, 3]);
    assert.equal(
      m.flat().reduce((s: number, v: number) => s + v, 0),
      15,
    );
    assert.deepEqual(a.body.byWeekday, [8, 4, 0, 0, 0, 3, 0]);
    const v = await get(`hottimes?${MARCH}&crimeTypes=1.1.1,2.5.2`, viewer);
    assert.deepEqual([v.body.matrix[0][10], v.body.byWeekday[0], v.body.byWeekday[1]], [null, 8, null]);
  });

  it('hotspots: Gi* on the grid as GeoJSON with classes, q and the global Moran’s I', async () => {
    const a = await get(`hotspots?${MARCH}&crimeTypes=1.1.1`, analyst);
    assert.equal(a.status, 200);
    assert.equal(a.body.type, 'FeatureCollection');
    const cell = a.body.features.find((f: { id: string }) => f.id === design.a.corner.join('_'));
    assert.equal(cell.properties.count, 12);
    assert.equal(cell.properties.class, 'hot-99');
    assert.ok(cell.properties.z > 2.58);
    assert.deepEqual(cell.properties.corner, design.a.corner);
    assert.ok(a.body.moran && typeof a.body.moran.i === 'number');
    const perm = await get(`hotspots?${MARCH}&crimeTypes=1.1.1&permutations=99&seed=7&fdr=0.05`, analyst);
    const again = await get(`hotspots?${MARCH}&crimeTypes=1.1.1&permutations=99&seed=7&fdr=0.05`, analyst);
    const pSim = (b: typeof a.body) => b.features.find((f: { id: string }) => f.id === design.a.corner.join('_')).properties.pSim;
    // the only non-empty cell: its neighbours are drawn from empty cells, so every simulation ties (pSim 1)
    assert.equal(pSim(perm.body), 1);
    assert.equal(perm.body.permutations, 99);
    assert.equal(pSim(perm.body), pSim(again.body));
    const lisa = await get(`hotspots?${MARCH}&unit=buurt&method=local-moran`, analyst);
    assert.equal(lisa.status, 200);
    assert.ok(
      lisa.body.features.every((f: { properties: { class: string } }) =>
        ['HH', 'LL', 'HL', 'LH', 'not-significant'].includes(f.properties.class),
      ),
    );
    assert.equal(lisa.body.features.find((f: { id: string }) => f.id === design.a.buurt).properties.count, 12);
  });

  it('hotcrimes: level and change against the baseline with the exact test', async () => {
    const a = await get(
      'hotcrimes?from=2024-03-01&to=2024-04-01&baselineFrom=2024-02-01&baselineTo=2024-03-01&minCount=10&crimeTypes=1.1.1,2.5.2',
      analyst,
    );
    assert.equal(a.status, 200);
    const burglary = a.body.byLevel.find((r: { type: string }) => r.type === '1.1.1');
    assert.deepEqual([burglary.current, burglary.baseline, burglary.tested, burglary.levelRank], [12, 2, true, 1]);
    assert.equal(burglary.rateRatio, Math.round((12 / 31 / (2 / 29)) * 1e4) / 1e4);
    assert.ok(burglary.p < 0.05);
    const vandalism = a.body.byLevel.find((r: { type: string }) => r.type === '2.5.2');
    assert.equal(vandalism.tested, false);
    const v = await get(
      'hotcrimes?from=2024-03-01&to=2024-04-01&baselineFrom=2024-02-01&baselineTo=2024-03-01&crimeTypes=1.1.1,2.5.2',
      viewer,
    );
    const vb = v.body.byLevel.find((r: { type: string }) => r.type === '1.1.1');
    assert.deepEqual([vb.current, vb.baseline, vb.rateRatio, vb.suppressed], [12, null, null, true]);
  });

  it('refuses bad parameters as problem+json listing every invalid field', async () => {
    const r = await get(
      'hotspots?from=2024-13-01&unit=hexagon&permutations=100000&fdr=2&crimeTypes=1.1.1&source=incidents&format=xml',
      analyst,
    );
    assert.equal(r.status, 400);
    assert.match(String(r.type), /problem\+json/);
    const names = r.body.errors.map((e: { name: string }) => e.name).sort();
    assert.deepEqual(names, ['query.fdr', 'query.format', 'query.from', 'query.permutations', 'query.unit']);
    const s = await get('counts?from=2024-03-01&to=2024-02-01&categories=x&area=GM0999', analyst);
    assert.deepEqual(s.body.errors.map((e: { name: string }) => e.name).sort(), ['query.area', 'query.categories', 'query.to']);
  });

  it('needs a staff login: anonymous 401, partner 403', async () => {
    const anon = await t.app.inject({ method: 'GET', url: '/api/v1/analysis/counts' });
    assert.equal(anon.statusCode, 401);
    const partner = await loginAs(t.app, t.database, 'partner');
    assert.equal((await get('counts', partner)).status, 403);
  });

  it('alerts: the spike week of buurt C, accepted by POST /missions/candidates', async () => {
    const a = await get('alerts?to=2025-06-30&weeks=4&baselineYears=1', analyst);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.equal(a.body.alerts.length, 1);
    const alert = a.body.alerts[0];
    assert.deepEqual(
      [alert.areaCode, alert.crimeType, alert.weekStart, alert.count, alert.expected],
      [design.c.buurt, '1.2.*', design.spikeWeek, 10, 1],
    );
    assert.equal(alert.evidence.baselineWeeks, 7);
    // series with events in the weeks read (2023-06 … 2025-06): A × 1.1.*, B × 2.5.*, C × 1.2.* = 3; 3 × 4 weeks × 0.01
    assert.deepEqual(a.body.falseAlarms, { seriesTested: 3, weeks: 4, ratePerSeriesWeek: 0.01, expected: 0.12 });
    assert.ok(
      a.body.meta.notes.includes(
        '3 series tested over 4 weeks; at a nominal false-alarm rate of 0.01 per series per week ~0.12 false alarms are expected by chance',
      ),
    );
    const wider = await get('alerts?to=2025-06-30&weeks=13&baselineYears=1&alpha=0.05', analyst);
    assert.deepEqual(wider.body.falseAlarms, { seriesTested: 3, weeks: 13, ratePerSeriesWeek: 0.05, expected: 1.95 });
    // from 2025-05-01 the weeks read start on 2024-04-08 (55 weeks before Mon 2025-04-28), after the A and B events: only C's series is left
    const later = await get('alerts?from=2025-05-01&to=2025-06-30&weeks=4&baselineYears=1', analyst);
    assert.equal(later.body.falseAlarms.seriesTested, 1);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/missions/candidates',
      headers: analyst.headers,
      payload: { alerts: a.body.alerts },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().candidates[0].areaCode, design.c.buurt);
  });

  it('trends: weekly series of an area with the baseline and the alarm week', async () => {
    const r = await get(`trends?area=${design.c.buurt}&crimeTypes=1.2.3&from=2025-06-02&to=2025-06-30&baselineYears=1`, analyst);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const weeks = r.body.series[0].weeks;
    assert.deepEqual(
      weeks.map((w: { weekStart: string }) => w.weekStart),
      ['2025-06-02', '2025-06-09', '2025-06-16', '2025-06-23'],
    );
    assert.deepEqual(
      weeks.map((w: { count: number }) => w.count),
      [1, 1, 10, 1],
    );
    assert.deepEqual(
      weeks.map((w: { alarm: boolean }) => w.alarm),
      [false, false, true, false],
    );
    assert.equal(r.body.series[0].alerts[0].weekStart, '2025-06-16');
    assert.deepEqual(r.body.falseAlarms, { seriesTested: 1, weeks: 4, ratePerSeriesWeek: 0.01, expected: 0.04 });
    const v = await get(`trends?area=${design.c.buurt}&crimeTypes=1.2.3&from=2025-06-02&to=2025-06-30&baselineYears=1`, viewer);
    assert.deepEqual(
      v.body.series[0].weeks.map((w: { count: number | null }) => w.count),
      [null, null, 10, null],
    );
  });

  it('near-repeat: Knox table of known pairs (12 events in one place, 34 same-day pairs, 32 a day and a half apart)', async () => {
    const r = await get(`near-repeat?${MARCH_1_1_1}&spaceBands=0,100,200&timeBands=0,1,2&permutations=19&seed=3`, analyst);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.pairs, 66);
    const obs = r.body.cells.map((c: { observed: number }) => c.observed);
    assert.deepEqual(obs, [34, 32, 0, 0]);
    assert.equal(r.body.cells[0].expected, 34);
    assert.equal(r.body.cells[0].knoxRatio, 1);
    assert.ok(r.body.cells[0].p > 0 && r.body.cells[0].p <= 1);
    assert.equal(r.body.defaultCrimeType, null, 'crime types asked: no default');
    // No types asked: the 12 March burglaries (1.1.1) are fewer than MIN_DEFAULT_EVENTS (30), so every type is taken.
    const all = await get('near-repeat?from=2024-03-01&to=2024-04-01&permutations=0', analyst);
    assert.equal(all.status, 200, JSON.stringify(all.body));
    assert.deepEqual([all.body.defaultCrimeType, all.body.meta.crimeTypes], [null, null]);
    const bad = await get(`near-repeat?${MARCH_1_1_1}&spaceBands=100,50&timeBands=x`, analyst);
    assert.deepEqual(bad.body.errors.map((e: { name: string }) => e.name).sort(), ['query.spaceBands', 'query.timeBands']);
  });

  it('concentration: refs, Gini and shares; per-ref counts for analysts only', async () => {
    const a = await get(`concentration?${MARCH_1_1_1}&of=offender`, analyst);
    assert.equal(a.status, 200, JSON.stringify(a.body));
    assert.deepEqual(
      [a.body.incidentsWithRef, a.body.distinctRefs, a.body.repeatRefs, a.body.repeatIncidentShare, a.body.gini],
      [8, 2, 2, 1, 0.25],
    );
    assert.deepEqual(a.body.top, [
      { ref: 'O-1', count: 6 },
      { ref: 'O-2', count: 2 },
    ]);
    const v = await get(`concentration?${MARCH_1_1_1}&of=offender`, viewer);
    assert.deepEqual([v.body.incidentsWithRef, v.body.distinctRefs, v.body.top], [8, null, []]);
    // The analyst's view of per-ref counts is in the processing log: one pseudonymised record per ref.
    const logged = () =>
      t.database.db
        .selectFrom('audit_log')
        .select([
          'actor',
          'data_subject_type',
          'data_subject_pseudonym',
          'trace_id',
          'operation',
          'status_code',
          'start_time',
          'end_time',
          'attributes',
        ])
        .where('processing_activity_id', '=', 'analysis.repeat-refs')
        .orderBy('id')
        .execute();
    const rows = await logged();
    assert.equal(rows.length, 2);
    assert.ok(
      rows.every(
        (r) => r.actor === `user:${analyst.userId}` && r.data_subject_type === 'offender-ref' && r.data_subject_pseudonym !== 'O-1',
      ),
    );
    // the Logboek Dataverwerkingen fields: one trace for the request, a read that succeeded, when, and what was asked
    assert.ok(rows[0]!.trace_id && rows[0]!.trace_id === rows[1]!.trace_id);
    assert.deepEqual([rows[0]!.operation, rows[0]!.status_code], ['read', 'OK']);
    assert.ok(rows[0]!.start_time <= rows[0]!.end_time);
    const attrs = (r: (typeof rows)[number]) =>
      (typeof r.attributes === 'string' ? JSON.parse(r.attributes) : r.attributes) as Record<string, unknown>;
    assert.deepEqual(attrs(rows[0]!), {
      of: 'offender',
      from: '2024-03-01',
      to: '2024-04-01',
      area: 'GM0505',
      crimeTypes: ['1.1.1'],
      format: 'json',
      refsShown: 2,
      rank: 1,
      count: 6,
    });
    assert.ok(!JSON.stringify(rows.map(attrs)).includes('O-1'), 'no ref in the attributes');
    // the CSV export of the same view is the same read: logged too; a viewer's (no refs) is not
    await get(`concentration?${MARCH_1_1_1}&of=offender&format=csv`, analyst);
    await get(`concentration?${MARCH_1_1_1}&of=offender&format=csv`, viewer);
    assert.deepEqual(
      (await logged()).slice(2).map((r) => [attrs(r).format, attrs(r).rank]),
      [
        ['csv', 1],
        ['csv', 2],
      ],
    );
  });

  it('kde: quartic density at the cell of 12 events with a given bandwidth', async () => {
    const r = await get(`kde?${MARCH_1_1_1}&bandwidth=200`, analyst);
    assert.equal(r.status, 200, JSON.stringify(r.body).slice(0, 300));
    const [ox, oy] = r.body.bboxRd;
    const c = ((design.a.corner[1] - oy) / 100) * r.body.cols + (design.a.corner[0] - ox) / 100;
    assert.equal(r.body.values[c], Math.round(((12 * 3) / (Math.PI * 200 ** 2)) * 1e6 * 1000) / 1000);
    assert.equal(r.body.bandwidth, 200);
  });

  it('evaluation: PAI, PEI and RRI of the hotspot cell', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/analysis/evaluation',
      headers: analyst.headers,
      payload: {
        from: '2024-03-01',
        to: '2024-04-01',
        crimeTypes: ['1.1.1'],
        baselineFrom: '2024-02-01',
        baselineTo: '2024-03-01',
        selection: { unit: 'grid', cellSize: 100, cells: [design.a.corner] },
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    const r = res.json();
    assert.deepEqual([r.hits, r.total, r.hitRate, r.pei, r.rri], [12, 12, 1, 1, 1]);
    assert.equal(r.pai, Math.round(r.studyCells * 1e4) / 1e4);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/analysis/evaluation',
      headers: analyst.headers,
      payload: {
        from: '2024-03-01',
        to: '2024-04-01',
        baselineFrom: '2024-02-01',
        selection: { unit: 'grid', cellSize: 100, cells: [[1, 2]] },
      },
    });
    assert.deepEqual(
      bad
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
      ['body.baselineTo', 'body.selection.cells.0'],
    );
    const crossed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/analysis/evaluation',
      headers: analyst.headers,
      payload: {
        from: '2024-03-01',
        to: '2024-02-01',
        source: 'signals',
        crimeTypes: ['1.1.1'],
        selection: { unit: 'grid', cellSize: 100, cells: [design.a.corner] },
      },
    });
    assert.equal(crossed.statusCode, 400);
    assert.deepEqual(
      crossed
        .json()
        .errors.map((e: { name: string }) => e.name)
        .sort(),
      ['body.crimeTypes', 'body.to'],
      'the body fields are named as such',
    );
  });
});
