/**
 * "Is this yours?" (GET /public/signals/nearby) must not locate a report: a sensitive category
 * gives nothing, an ordinary one only a distance band. The trilateration attack of the issue —
 * three probes around a hidden report, each answering a distance rounded to 5 m — is run here.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSignalsApp, DORDRECHT_CENTRE, report } from '../../../../test/fixtures/signals/signals-app.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';
import { distanceMetres } from '../records/location.ts';
import { BLUR_GRID_METRES, publicPosition } from '../visibility.ts';

const M_PER_DEG_LAT = 111_195;
const mPerDegLon = (lat: number) => M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);
const offset = (p: { lat: number; lon: number }, north: number, east: number) => ({
  lat: p.lat + north / M_PER_DEG_LAT,
  lon: p.lon + east / mPerDegLon(p.lat),
});

/** The attack: from three probes and their answered distances, the point (least squares on the circle equations, local metres). */
function trilaterate(probes: Array<{ lat: number; lon: number; d: number }>): { lat: number; lon: number } | null {
  if (probes.length < 3) return null;
  const o = probes[0]!;
  const xy = probes.map((p) => ({ x: (p.lon - o.lon) * mPerDegLon(o.lat), y: (p.lat - o.lat) * M_PER_DEG_LAT, d: p.d }));
  const [a, b, c] = xy as [(typeof xy)[0], (typeof xy)[0], (typeof xy)[0]];
  const r = (p: typeof a, q: typeof a) => ({
    A: 2 * (q.x - p.x),
    B: 2 * (q.y - p.y),
    C: p.d ** 2 - q.d ** 2 - p.x ** 2 + q.x ** 2 - p.y ** 2 + q.y ** 2,
  });
  const e1 = r(a, b);
  const e2 = r(a, c);
  const det = e1.A * e2.B - e2.A * e1.B;
  if (Math.abs(det) < 1e-9) return null;
  const x = (e1.C * e2.B - e2.C * e1.B) / det;
  const y = (e1.A * e2.C - e2.A * e1.C) / det;
  return { lat: o.lat + y / M_PER_DEG_LAT, lon: o.lon + x / mPerDegLon(o.lat) };
}

describe('nearby reports cannot be located', () => {
  let t: TestApp;
  before(async () => {
    t = await createSignalsApp();
  });
  after(async () => t.close());

  const nearby = async (p: { lat: number; lon: number }, categorySlug: string) =>
    (
      await t.app.inject({ method: 'GET', url: `/api/v1/public/signals/nearby?lat=${p.lat}&lon=${p.lon}&categorySlug=${categorySlug}` })
    ).json().signals as Array<Record<string, unknown>>;
  const probesAround = (p: { lat: number; lon: number }) => [offset(p, 20, 0), offset(p, -10, 17), offset(p, -10, -17)];

  it('the attack works on exact distances (so the test can tell), and fails on what the API answers', async () => {
    const hidden = offset(DORDRECHT_CENTRE, 7, -4);
    const exact = probesAround(hidden).map((p) => ({ ...p, d: Math.round(distanceMetres(p.lat, p.lon, hidden.lat, hidden.lon) / 5) * 5 }));
    const found = trilaterate(exact)!;
    assert.ok(distanceMetres(found.lat, found.lon, hidden.lat, hidden.lon) < 10, 'distances rounded to 5 m locate the point within 10 m');

    const r = await report(t.app, { categorySlug: 'drugshandel', description: 'Er wordt gedeald bij de portiek', location: hidden });
    assert.equal(r.status, 201);
    for (const probe of [...probesAround(hidden), hidden]) {
      assert.deepEqual(await nearby(probe, 'drugshandel'), [], 'a sensitive category answers nothing, not even that one exists');
    }
    const answered = (await Promise.all(probesAround(hidden).map(async (p) => ({ p, s: await nearby(p, 'drugshandel') })))).flatMap(
      ({ p, s }) => s.filter((x) => typeof x.distanceMetres === 'number').map((x) => ({ ...p, d: x.distanceMetres as number })),
    );
    assert.equal(trilaterate(answered), null, 'no distances to trilaterate from');
  });

  it('gives an ordinary report a distance band only, and hides non-public categories', async () => {
    const at = offset(DORDRECHT_CENTRE, -300, 200);
    const r = await report(t.app, { categorySlug: 'straatverlichting', description: 'Lamp brandt niet bij de speeltuin', location: at });
    const hidden = await report(t.app, { categorySlug: 'verward-gedrag', description: 'Man loopt verward over straat', location: at });
    assert.equal(hidden.status, 201);
    const near = await nearby(offset(at, 10, 0), 'straatverlichting');
    assert.deepEqual(
      near.map((x) => Object.keys(x).sort()),
      [['categoryName', 'createdAt', 'number', 'statusLabel', 'withinMetres']],
    );
    assert.deepEqual([near[0]!.number, near[0]!.withinMetres], [r.body.number, 25], '10 m away: the 25 m band');
    assert.equal((await nearby(offset(at, 0, 40), 'straatverlichting'))[0]!.withinMetres, 50, '40 m away: the 50 m band');
    assert.deepEqual(await nearby(offset(at, 0, 60), 'straatverlichting'), [], '60 m away: not nearby');
    assert.deepEqual(await nearby(at, 'verward-gedrag'), []);
  });

  it('places a sensitive report on the public map at the centre of its 250 m cell, the same for every point in the cell', () => {
    const c = { is_sensitive: true };
    const base = publicPosition(c, DORDRECHT_CENTRE.lat, DORDRECHT_CENTRE.lon);
    const cellLat = BLUR_GRID_METRES / 111_000;
    const row = Math.floor(DORDRECHT_CENTRE.lat / cellLat);
    const inCell = { lat: (row + 0.3) * cellLat, lon: DORDRECHT_CENTRE.lon };
    const other = { lat: (row + 0.7) * cellLat, lon: DORDRECHT_CENTRE.lon };
    assert.deepEqual(
      publicPosition(c, inCell.lat, inCell.lon),
      publicPosition(c, other.lat, other.lon),
      'two points 100 m apart in one cell look the same',
    );
    assert.ok(Math.abs(base.lat - (row + 0.5) * cellLat) < 1e-5);
    assert.deepEqual(
      publicPosition({ is_sensitive: false }, 51.813349, 4.669051),
      { lat: 51.8133, lon: 4.6691 },
      'ordinary reports: 4 decimals (~10 m)',
    );
  });
});
