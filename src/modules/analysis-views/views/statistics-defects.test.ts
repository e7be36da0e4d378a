/** Regression tests of issue 10's statistics defects through the analysis views API (data in trust-seed.ts). */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { analysisViewsApi, type AnalysisViewsApi } from '../../../../test/fixtures/analysis-views/api.ts';
import { seedTrustData, type TrustDesign } from '../../../../test/fixtures/analysis-views/trust-seed.ts';
import type { TestSession } from '../../../../test/helpers/sessions.ts';
import { AppError } from '../../../core/errors.ts';

const YEAR = 'from=2024-01-01&to=2025-01-01';
const SUNDAY = 6;

describe('analysis views: statistics defects of issue 10', () => {
  let api: AnalysisViewsApi<TrustDesign>;
  let design: TrustDesign;
  let analyst: TestSession;
  let get: AnalysisViewsApi['get'];
  before(async () => {
    api = await analysisViewsApi(seedTrustData);
    ({ design, analyst, get } = api);
  });
  after(async () => api.t.close());

  it('hottimes: an incident across the October clock change (20 real minutes) is counted, not a 500, in every period holding it', async () => {
    for (const period of [YEAR, 'from=2024-10-27&to=2024-10-28', 'from=2024-10-01&to=2024-11-01']) {
      const r = await get(`hottimes?${period}&crimeTypes=1.1.1`, analyst);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.equal(r.body.matrix[SUNDAY][2], 1, 'wholly in the repeated hour 02:00–03:00');
    }
  });

  it('hottimes: the spring night spreads real time (½ to 01:00, ½ to 03:00, nothing in 02:00) and the method note says so', async () => {
    const r = await get(`hottimes?from=2024-03-31&to=2024-04-01&crimeTypes=1.1.1`, analyst);
    assert.deepEqual(r.body.matrix[SUNDAY].slice(1, 4), [0.5, 0, 0.5]);
    assert.ok(r.body.meta.notes.some((n: string) => /real elapsed minutes/.test(n) && /skipped spring hour/.test(n)));
  });

  it('a report import refuses a point outside the municipality, as the incident import does, and stores nothing', async () => {
    const err = design.outsideRejection;
    assert.ok(err instanceof AppError, String(err));
    assert.equal(err.type, 'import-rejected');
    assert.match(err.errors[0]!.name, /^line 1,/);
    assert.match(err.errors[0]!.reason, /lies outside GM0505/);
    const stored = await api.t.database.db.selectFrom('signals').select('id').where('source_id', '=', 'trust-test:S-ASSEN').execute();
    assert.deepEqual(stored, []);
  });

  // One rule for every view and source: a stored point without a buurt is left out, counted and noted.
  const VIEWS: [string, string][] = [
    ['counts', ''],
    ['counts', '&unit=grid'],
    ['hottimes', ''],
    ['hotspots', ''],
    ['hotspots', '&unit=buurt'],
    ['hotcrimes', ''],
    ['trends', '&baselineYears=1'],
    ['alerts', '&baselineYears=1'],
    ['near-repeat', '&permutations=0'],
    ['kde', '&bandwidth=200'],
  ];
  for (const source of ['incidents', 'signals'] as const) {
    it(`${source}: every view leaves out the point without a buurt, with meta.withoutBuurt = 1 and the same note`, async () => {
      const expected = source === 'incidents' ? 2 : 1;
      const views = source === 'incidents' ? [...VIEWS, ['concentration', ''] as [string, string]] : VIEWS;
      for (const [view, extra] of views) {
        const r = await get(`${view}?${YEAR}&source=${source}${extra}`, analyst);
        assert.equal(r.status, 200, `${view}${extra}: ${JSON.stringify(r.body).slice(0, 300)}`);
        const meta = r.body.meta;
        assert.deepEqual([meta.withoutBuurt, meta.events], [1, expected], `${view}${extra}`);
        assert.ok(
          meta.notes.some((n: string) => /without a buurt .* left out of every view/.test(n)),
          `${view}${extra}: ${meta.notes}`,
        );
      }
      const hot = await get(`hottimes?${YEAR}&source=${source}`, analyst);
      const total = hot.body.matrix.flat().reduce((s: number, v: number) => s + v, 0);
      assert.ok(Math.abs(total - expected) < 1e-9, 'the hottimes total is the events counted');
      const evaluation = await api.t.app.inject({
        method: 'POST',
        url: '/api/v1/analysis/evaluation',
        headers: analyst.headers,
        payload: {
          from: '2024-01-01',
          to: '2024-07-01',
          baselineFrom: '2024-07-01',
          baselineTo: '2025-01-01',
          source,
          selection: { unit: 'grid', cellSize: 100, cells: [design.a.corner] },
        },
      });
      assert.equal(evaluation.statusCode, 200, evaluation.body);
      assert.equal(evaluation.json().meta.withoutBuurt, 1);
    });
  }

  it('local Moran with permutations: empty cells among empty cells are not significant LL (ties count as extreme)', async () => {
    const r = await get(`hotspots?${YEAR}&crimeTypes=1.1.1&method=local-moran&permutations=99&seed=3&cells=all`, analyst);
    assert.equal(r.status, 200);
    type P = { properties: { count: number; quadrant: string; class: string; pSim: number | null } };
    // an empty cell with only empty neighbours: almost every draw ties its lag, so P(I ≥ I_obs) ≈ 1
    const lowLow = r.body.features.filter((f: P) => f.properties.count === 0 && f.properties.quadrant === 'LL');
    assert.ok(lowLow.length > 1000);
    assert.ok(
      lowLow.every((f: P) => f.properties.class === 'not-significant' && (f.properties.pSim === null || f.properties.pSim > 0.9)),
      'an island has no pSim',
    );
  });

  it('FDR over the grid with 99 permutations: the reply says why nothing can be flagged and offers the analytic p', async () => {
    const r = await get(`hotspots?${YEAR}&crimeTypes=1.1.1&permutations=99&fdr=0.05&cells=all`, analyst);
    assert.equal(r.status, 200);
    const c = r.body.fdrCheck;
    const m = r.body.features.filter((f: { properties: { pSim: number | null } }) => f.properties.pSim !== null).length;
    assert.deepEqual([c.units, c.pFloor, c.minUnitsAtFloor, c.limitedByPermutations, c.significant], [m, 0.01, Math.ceil(m / 5), true, 0]);
    assert.equal(c.advice, 'analytic-p');
    assert.equal(c.maxPermutations, Math.floor(20_000_000 / m));
    assert.match(c.explanation, /geen enkele eenheid significant/);
    assert.match(c.explanation, /normale benadering/);
    assert.ok(r.body.meta.notes.includes(c.explanation));
    const analytic = await get(`hotspots?${YEAR}&crimeTypes=1.1.1&fdr=0.05`, analyst);
    assert.deepEqual(
      [analytic.body.fdrCheck.limitedByPermutations, analytic.body.fdrCheck.pFloor, analytic.body.fdrCheck.explanation],
      [false, 0, null],
    );
    const none = await get(`hotspots?${YEAR}&crimeTypes=1.1.1`, analyst);
    assert.equal(none.body.fdrCheck, null);
  });

  it('hotspots: permutations beyond the time budget for the unit count are a 400 naming query.permutations; buurten may take more', async () => {
    const grid = await get(`hotspots?${YEAR}&crimeTypes=1.1.1&permutations=9999`, analyst);
    assert.equal(grid.status, 400);
    assert.deepEqual(
      grid.body.errors.map((e: { name: string }) => e.name),
      ['query.permutations'],
    );
    assert.match(grid.body.errors[0].reason, /at most \d+ permutations for \d+ units/);
    const buurt = await get(`hotspots?${YEAR}&crimeTypes=1.1.1&unit=buurt&permutations=9999&fdr=0.05`, analyst);
    assert.equal(buurt.status, 200, JSON.stringify(buurt.body).slice(0, 300));
    assert.equal(buurt.body.fdrCheck.limitedByPermutations, buurt.body.features.length / 0.05 > 10_000);
  });

  it('near-repeat: odd query shapes and unbounded inputs get a quick 400 naming each field', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => i).join(',');
    const cases: [string, string[]][] = [
      ['spaceBands[0][a]=1&spaceBands[0][b]=2&timeBands[]=3', ['query.spaceBands[0][a]', 'query.spaceBands[0][b]', 'query.timeBands[]']],
      ['bands[0][a]=1', ['query.bands[0][a]']],
      ['spaceBands=0,100&spaceBands=0,200', ['query.spaceBands']],
      ['spaceBands=0,1e308&timeBands=0,1e300', ['query.spaceBands', 'query.timeBands']],
      [`spaceBands=${many}&timeBands=${many}&permutations=999`, ['query.spaceBands', 'query.timeBands']],
      ['spaceBands=0,inf,500', ['query.spaceBands']],
      ['permutations=99999999999999999999&seed=1e400', ['query.permutations', 'query.seed']],
    ];
    for (const [query, fields] of cases) {
      const started = Date.now();
      const r = await get(`near-repeat?${YEAR}&${query}`, analyst);
      assert.equal(r.status, 400, query);
      assert.match(String(r.type), /problem\+json/);
      assert.deepEqual([...new Set(r.body.errors.map((e: { name: string }) => e.name))].sort(), [...fields].sort(), query);
      assert.ok(Date.now() - started < 5000, `${query}: catastrophically slow`);
    }
  });
});
