import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ServiceContext } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import type { Database } from '../../../db/database.ts';
import { openSeededDatabase } from '../../../../test/fixtures/areas/seeded-database.ts';
import { wgs84ToRd } from '../geometry/crs.ts';
import { pointOnPolygon, pointOnSurface, polygonsOf } from '../geometry/geometry-ops.ts';
import { getAreaLocator, locatePoint } from './locate-service.ts';
import { areasOf } from '../area-store.ts';

describe('locate on the Dordrecht buurten', () => {
  let database: Database;
  let ctx: ServiceContext;
  before(async () => {
    ({ database, ctx } = await openSeededDatabase());
  });
  after(() => database.close());

  for (const year of [2020, 2024]) {
    it(`locates a point inside every ${year} buurt polygon to that buurt and its wijk, from WGS84 and RD alike`, async () => {
      const buurten = (await areasOf(ctx.db, 'GM0505', year, { level: 'buurt' })).filter((b) => b.geometry);
      assert.equal(buurten.length, year === 2020 ? 130 : 128);
      const locator = await getAreaLocator(ctx, 'GM0505', year);
      for (const b of buurten) {
        const [lon, lat] = pointOnSurface(b.geometry!)!;
        const hit = locator.locate(lon, lat);
        assert.equal(hit?.buurt.code, b.code, `point-on-surface of ${b.code}`);
        assert.equal(hit?.wijk?.code, b.parent_code);
      }
      for (const b of buurten.slice(0, 25)) {
        const [lon, lat] = pointOnSurface(b.geometry!)!;
        const [x, y] = wgs84ToRd(lon, lat);
        const fromRd = await locatePoint(ctx, 'GM0505', { x, y }, year);
        const fromWgs = await locatePoint(ctx, 'GM0505', { lat, lon }, year);
        assert.equal(fromRd.buurt.code, b.code);
        assert.equal(fromWgs.buurt.code, b.code);
        assert.ok(Math.abs(fromRd.point.lat - lat) < 1e-6 && Math.abs(fromWgs.point.x - x) < 0.01);
      }
    });
  }

  it('does not give a point in the hole of Merwelanden (BU05059800) to Merwelanden', async () => {
    const [m] = await areasOf(ctx.db, 'GM0505', 2020, { code: 'BU05059800' });
    const rings = polygonsOf(m!.geometry!)[0]!;
    assert.equal(rings.length, 2, 'Merwelanden has one hole');
    const [lon, lat] = pointOnPolygon([rings[1]!])!;
    const locator = await getAreaLocator(ctx, 'GM0505', 2020);
    assert.notEqual(locator.locate(lon, lat)?.buurt.code, 'BU05059800');
  });

  it('answers 404 for points outside the city (Amsterdam, Zwijndrecht across the Oude Maas)', async () => {
    for (const point of [
      { lat: 52.3728, lon: 4.8936 },
      { x: 121_000, y: 487_000 },
      { lat: 51.8175, lon: 4.6333 },
    ]) {
      await assert.rejects(
        locatePoint(ctx, 'GM0505', point),
        (err: unknown) => err instanceof AppError && err.status === 404 && /lies in no buurt/.test(err.message),
      );
    }
  });

  it('answers 404 naming the available years for an unknown year, and 400 for impossible coordinates', async () => {
    await assert.rejects(locatePoint(ctx, 'GM0505', { lat: 51.81, lon: 4.67 }, 1999), /Available years: 2024, 2020/);
    await assert.rejects(
      locatePoint(ctx, 'GM0505', { lat: 91, lon: 4.67 }),
      (err: unknown) => err instanceof AppError && err.status === 400,
    );
    await assert.rejects(locatePoint(ctx, 'GM0505', { x: 1e7, y: 0 }), (err: unknown) => err instanceof AppError && err.status === 400);
  });

  it('uses the newest loaded vintage by default', async () => {
    assert.equal((await getAreaLocator(ctx, 'GM0505')).year, 2024);
    assert.equal((await locatePoint(ctx, 'GM0505', { lat: 51.8133, lon: 4.669 })).year, 2024);
  });
});
