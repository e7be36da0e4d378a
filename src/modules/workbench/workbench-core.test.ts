import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { workbenchApi, type WorkbenchApi } from '../../../test/fixtures/workbench/api.ts';
import type { WorkbenchDesign } from '../../../test/fixtures/workbench/seed.ts';

const MARCH = 'from=2024-03-01&to=2024-04-01';

describe('analysis workbench API: counts, hottimes, hotspots, hotcrimes', () => {
  let api: WorkbenchApi;
  let t: WorkbenchApi['t'];
  let design: WorkbenchDesign;
  let analyst: TestSession;
  let viewer: TestSession;
  let get: WorkbenchApi['get'];
  before(async () => {
    api = await workbenchApi();
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
    assert.equal(m.flat().reduce((s: number, v: number) => s + v, 0), 15);
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
    assert.ok(lisa.body.features.every((f: { properties: { class: string } }) => ['HH', 'LL', 'HL', 'LH', 'not-significant'].includes(f.properties.class)));
    assert.equal(lisa.body.features.find((f: { id: string }) => f.id === design.a.buurt).properties.count, 12);
  });

  it('hotcrimes: level and change against the baseline with the exact test', async () => {
    const a = await get('hotcrimes?from=2024-03-01&to=2024-04-01&baselineFrom=2024-02-01&baselineTo=2024-03-01&minCount=10&crimeTypes=1.1.1,2.5.2', analyst);
    assert.equal(a.status, 200);
    const burglary = a.body.byLevel.find((r: { type: string }) => r.type === '1.1.1');
    assert.deepEqual([burglary.current, burglary.baseline, burglary.tested, burglary.levelRank], [12, 2, true, 1]);
    assert.equal(burglary.rateRatio, Math.round(((12 / 31) / (2 / 29)) * 1e4) / 1e4);
    assert.ok(burglary.p < 0.05);
    const vandalism = a.body.byLevel.find((r: { type: string }) => r.type === '2.5.2');
    assert.equal(vandalism.tested, false);
    const v = await get('hotcrimes?from=2024-03-01&to=2024-04-01&baselineFrom=2024-02-01&baselineTo=2024-03-01&crimeTypes=1.1.1,2.5.2', viewer);
    const vb = v.body.byLevel.find((r: { type: string }) => r.type === '1.1.1');
    assert.deepEqual([vb.current, vb.baseline, vb.rateRatio, vb.suppressed], [12, null, null, true]);
  });

  it('refuses bad parameters as problem+json listing every invalid field', async () => {
    const r = await get('hotspots?from=2024-13-01&unit=hexagon&permutations=100000&fdr=2&crimeTypes=1.1.1&source=incidents&format=xml', analyst);
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
});
