import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import { SEED_DIR } from '../../../test/fixtures/areas/seeded-database.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { pointOnSurface } from './geometry/geometry-ops.ts';
import { seedAreasIfEmpty } from './seed/seed-service.ts';

describe('areas API (/api/v1/areas)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ prepare: async (database) => void (await seedAreasIfEmpty(systemContext(database.db), SEED_DIR)) });
  });
  after(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}` });

  it('lists features per level and year with the right counts and population sums, without login', async () => {
    const expected: [string, number, number][] = [
      ['level=buurt&year=2020', 130, 119_030],
      ['level=wijk&year=2020', 14, 119_030],
      ['level=gemeente&year=2020', 1, 119_030],
      ['level=buurt&year=2024', 132, 122_090],
      ['level=wijk&year=2024', 13, 122_090],
      ['level=gemeente&year=2024', 1, 122_090],
    ];
    for (const [query, count, population] of expected) {
      const res = await get(`/areas?${query}`);
      assert.equal(res.statusCode, 200, query);
      const body = res.json();
      assert.equal(body.type, 'FeatureCollection');
      assert.equal(body.features.length, count, query);
      const sum = body.features.reduce(
        (s: number, f: { properties: { population: number | null } }) => s + (f.properties.population ?? 0),
        0,
      );
      assert.equal(sum, population, query);
    }
  });

  it('defaults to buurten of the newest vintage; features carry id = code and every documented property', async () => {
    const res = await get('/areas');
    const body = res.json();
    assert.equal(body.year, 2024);
    assert.equal(body.level, 'buurt');
    const amstel = body.features.find((f: { id: string }) => f.id === 'BU05050708');
    assert.deepEqual(Object.keys(amstel.properties).sort(), [
      'code',
      'geometryYear',
      'isWater',
      'level',
      'name',
      'note',
      'parentCode',
      'population',
      'populationYear',
      'year',
    ]);
    assert.equal(amstel.geometry, null);
    assert.equal(amstel.properties.parentCode, 'WK050507');
    const shared = body.features.find((f: { id: string }) => f.id === 'BU05050100');
    assert.equal(shared.properties.geometryYear, 2020);
    assert.equal(shared.properties.year, 2024);
    assert.ok(['Polygon', 'MultiPolygon'].includes(shared.geometry.type));
    assert.match(String(res.headers['content-type']), /json/);
  });

  it('404 problem listing the available years for an unknown year; 400 for a bad level', async () => {
    const res = await get('/areas?year=1999');
    assert.equal(res.statusCode, 404);
    assert.match(String(res.headers['content-type']), /application\/problem\+json/);
    assert.match(res.json().detail, /Available years: 2024, 2020/);
    const bad = await get('/areas?level=provincie');
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      bad.json().errors.map((e: { name: string }) => e.name),
      ['query.level'],
    );
  });

  it('lists vintages newest first with counts, population and areas without geometry', async () => {
    const body = (await get('/areas/vintages')).json();
    assert.deepEqual(
      body.map((v: { year: number }) => v.year),
      [2024, 2020],
    );
    assert.deepEqual(body[0].counts, { gemeente: 1, wijk: 13, buurt: 132 });
    assert.deepEqual(body[1].counts, { gemeente: 1, wijk: 14, buurt: 130 });
    assert.equal(body[0].population, 122_090);
    assert.equal(body[1].population, 119_030);
    assert.deepEqual(body[0].areasWithoutGeometry, ['BU05050708', 'BU05050709', 'BU05050710', 'BU05050711']);
    assert.deepEqual(body[1].areasWithoutGeometry, []);
  });

  it('returns one area with geometry, bbox, parent and children', async () => {
    const wijk = (await get('/areas/WK050507?year=2024')).json();
    assert.equal(wijk.properties.name, 'Wijk 07 Wielwijk');
    assert.equal(wijk.parent.code, 'GM0505');
    assert.equal(wijk.children.length, 12);
    assert.equal(
      wijk.children.reduce((s: number, c: { population: number }) => s + c.population, 0),
      wijk.properties.population,
    );
    assert.equal(wijk.bbox.length, 4);
    const gm = (await get('/areas/GM0505?year=2020')).json();
    assert.equal(gm.parent, null);
    assert.equal(gm.children.length, 14);
    assert.ok(gm.geometry);
    const gone = (await get('/areas/BU05051913?year=2020')).json();
    assert.equal(gone.relations[0].relation, 'discontinued');
  });

  it('404 for an unknown code; 400 naming params.code for a malformed one', async () => {
    const missing = await get('/areas/BU05051913');
    assert.equal(missing.statusCode, 404);
    assert.match(missing.json().detail, /BU05051913/);
    const bad = await get('/areas/XY123');
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      bad.json().errors.map((e: { name: string }) => e.name),
      ['params.code'],
    );
  });

  it('locates a WGS84 and an RD point to the same buurt and wijk', async () => {
    const buurt = (await get('/areas/BU05050108?year=2024')).json();
    const [lon, lat] = pointOnSurface(buurt.geometry)!;
    const wgs = await get(`/areas/locate?lat=${lat}&lon=${lon}`);
    assert.equal(wgs.statusCode, 200);
    const a = wgs.json();
    assert.equal(a.buurt.code, 'BU05050108');
    assert.equal(a.wijk.code, 'WK050501');
    assert.equal(a.year, 2024);
    const b = (await get(`/areas/locate?x=${a.point.x}&y=${a.point.y}&year=2020`)).json();
    assert.equal(b.buurt.code, 'BU05050108');
    assert.equal(b.year, 2020);
    assert.ok(Math.abs(b.point.lat - lat) < 1e-6);
  });

  it('400 problem naming each invalid field for malformed, missing or mixed coordinates', async () => {
    const cases: [string, string[]][] = [
      ['', ['query.lat', 'query.lon']],
      ['lat=abc&lon=4.6', ['query.lat']],
      ['lat=51.8', ['query.lon']],
      ['lat=95&lon=200', ['query.lat', 'query.lon']],
      ['lat=51.8&lon=4.6&x=105000', ['query.lat', 'query.lon', 'query.x']],
      ['x=105000', ['query.y']],
    ];
    for (const [query, fields] of cases) {
      const res = await get(`/areas/locate?${query}`);
      assert.equal(res.statusCode, 400, query);
      assert.match(String(res.headers['content-type']), /application\/problem\+json/);
      assert.deepEqual([...new Set(res.json().errors.map((e: { name: string }) => e.name))].sort(), fields, query);
    }
  });

  it('404 problem for a point outside every buurt', async () => {
    const res = await get('/areas/locate?lat=52.3728&lon=4.8936');
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().status, 404);
  });

  it('documents the four routes in OpenAPI under the areas tag', async () => {
    const spec = (await get('/openapi.json')).json();
    for (const p of ['/api/v1/areas', '/api/v1/areas/vintages', '/api/v1/areas/locate', '/api/v1/areas/{code}']) {
      assert.deepEqual(spec.paths[p]?.get?.tags, ['areas'], p);
      assert.ok(spec.paths[p].get.summary, p);
    }
  });
});
