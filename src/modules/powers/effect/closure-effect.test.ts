import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Api, apiClient } from '../../../../test/fixtures/missions/api.ts';
import { SEED_DIR } from '../../../../test/fixtures/missions/seed.ts';
import { type EventSpot, insertEvents } from '../../../../test/fixtures/powers/incidents.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { systemContext } from '../../../core/context.ts';
import type { Database } from '../../../db/database.ts';
import { pointOnSurface } from '../../areas/geometry/geometry-ops.ts';
import { type Geometry, listAreas, normalizePoint, seedAreasIfEmpty } from '../../areas/index.ts';
import { insertTestBases, insertTestDecision } from '../measures/test-decisions.ts';
import { circleAround } from './closure-effect.ts';

const GM = 'GM0505';
const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} ≠ ${b}`);

/**
 * The design, computed by hand: the closure starts 2025-01-01; the last event is on 2025-06-30, so
 * the after period is [2025-01-01, 2025-07-01) (181 days) and the before period the 181 days before.
 * Target (at the address): 30 before → 12 after. Ring (250 m north, inside the 250 m ring around the
 * 150 m circle): 10 → 15. Three far buurten (the only other events, so the suggested comparison):
 * 20 → 20 each, i.e. 60 → 60. IRR = (12/30)/(60/60) = 0.4; WDD local = (12−30) − (60−60) = −18,
 * displacement = (15−10) − 0 = 5 (no events around the comparison buurten).
 */
async function design(database: Database) {
  const ctx = systemContext(database.db, 'test');
  await seedAreasIfEmpty(ctx, SEED_DIR);
  const buurten = (await listAreas(ctx, GM, { level: 'buurt', year: 2024 })).features.filter((f) => f.geometry && !f.properties.isWater);
  const placed = buurten.map((f) => {
    const [lon, lat] = pointOnSurface(f.geometry as Geometry)!;
    return { code: f.id, wijk: f.properties.parentCode!, lon, lat, rd: normalizePoint({ lon, lat }) };
  });
  const home = placed[Math.floor(placed.length / 2)]!;
  const far = placed.filter((p) => Math.hypot(p.rd.x - home.rd.x, p.rd.y - home.rd.y) > 2500).slice(0, 3);
  const at = (p: { code: string; wijk: string; lon: number; lat: number }, day: string, n: number): EventSpot => ({
    lon: p.lon,
    lat: p.lat,
    buurt: p.code,
    wijk: p.wijk,
    day,
    n,
  });
  // 250 m north of the address: 100 m beyond the 150 m circle
  const north = normalizePoint({ lon: home.lon, lat: home.lat + 0.01 });
  const ringSpot = { ...home, lat: home.lat + (250 / Math.hypot(north.x - home.rd.x, north.y - home.rd.y)) * 0.01 };
  await insertEvents(database, GM, [
    at(home, '2024-09-15', 30),
    at(home, '2025-03-15', 12),
    at(ringSpot, '2024-09-15', 10),
    at(ringSpot, '2025-03-15', 15),
    ...far.flatMap((p) => [at(p, '2024-07-10', 10), at(p, '2024-09-15', 10), at(p, '2025-03-15', 10), at(p, '2025-06-30', 10)]),
  ]);
  return { home, far };
}

describe('powers: the effect of a closure around its address (by hand)', () => {
  let t: TestApp;
  let api: Api;
  let analyst: TestSession;
  let viewer: TestSession;
  let places: Awaited<ReturnType<typeof design>>;
  let closureId: string;
  let lateId: string;
  let cameraId: string;
  before(async () => {
    t = await createTestApp({
      prepare: async (database) => {
        places = await design(database);
        await insertTestBases(database.db, GM);
      },
    });
    api = apiClient(t.app);
    analyst = await loginAs(t.app, t.database, 'analyst');
    viewer = await loginAs(t.app, t.database, 'viewer');
    const { home } = places;
    const address = { address: 'Teststraat 1, Dordrecht', lon: home.lon, lat: home.lat, buurt: home.code };
    closureId = await insertTestDecision(t.database.db, GM, { base: 't-closure', ...address, start: '2025-01-01', end: '2025-12-31' });
    lateId = await insertTestDecision(t.database.db, GM, { base: 't-closure', ...address, start: '2025-06-01' });
    cameraId = await insertTestDecision(t.database.db, GM, { base: 't-camera', areaCodes: [home.wijk], start: '2025-01-01' });
  });
  after(() => t.close());

  it('computes the Poisson DiD and WDD of the hand-made design', async () => {
    const res = await api('GET', `/decisions/${closureId}/effect`, analyst);
    assert.equal(res.statusCode, 200, res.body);
    const e = res.json();
    assert.equal(e.status, 'ok', JSON.stringify(e.reasons));
    assert.deepEqual(e.crime.periods, {
      before: { from: '2024-07-04', to: '2025-01-01' },
      after: { from: '2025-01-01', to: '2025-07-01' },
    });
    assert.deepEqual(e.crime.counts.target, { before: 30, after: 12 });
    assert.deepEqual(e.crime.counts.ring, { before: 10, after: 15 });
    assert.deepEqual(e.crime.counts.comparison, { before: 60, after: 60 });
    assert.deepEqual(e.crime.counts.comparisonRing, { before: 0, after: 0 });
    assert.deepEqual([...e.crime.comparison.codes].sort(), places.far.map((p) => p.code).sort());
    close(e.crime.did.irr, 0.4);
    close(e.crime.did.se, Math.sqrt(1 / 30 + 1 / 12 + 1 / 60 + 1 / 60));
    assert.equal(e.crime.wdd.local, -18);
    assert.equal(e.crime.wdd.displacement, 5);
    assert.deepEqual(e.crime.ring, { kind: 'distance', codes: [], metres: 250 });
    assert.equal(e.radiusMetres, 150);
    assert.match(e.method, /verschil-in-verschillen \(Poisson\)/);
    assert.match(e.method, /een ring van 250 m rond het doelgebied/);
  });

  it('says why there is not enough data, and refuses what is not a closure or not for the caller', async () => {
    const late = (await api('GET', `/decisions/${lateId}/effect`, analyst)).json();
    assert.equal(late.status, 'not-enough-data');
    assert.match(late.reasons[0], /Na de start op 2025-06-01 zijn er pas 4 weken aan gegevens/);
    assert.equal(late.crime, null);
    assert.equal((await api('GET', `/decisions/${cameraId}/effect`, analyst)).statusCode, 409);
    assert.equal((await api('GET', `/decisions/${closureId}/effect`, viewer)).statusCode, 403);
    assert.equal((await api('GET', `/decisions/${closureId}/effect?radius=10`, analyst)).statusCode, 400);
  });

  it('draws the circle in metres around the address', () => {
    const c = circleAround(4.67, 51.81, 150);
    const ring = (c.geometry as { coordinates: [number, number][][] }).coordinates[0]!;
    const centre = normalizePoint({ lon: 4.67, lat: 51.81 });
    for (const [lon, lat] of ring) {
      const p = normalizePoint({ lon, lat });
      assert.ok(Math.abs(Math.hypot(p.x - centre.x, p.y - centre.y) - 150) < 1.5);
    }
    assert.deepEqual(ring[0], ring.at(-1));
  });
});
