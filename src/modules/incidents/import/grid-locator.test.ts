import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ServiceContext } from '../../../core/context.ts';
import type { Database } from '../../../db/database.ts';
import { GM, openIncidentTestDatabase } from '../../../../test/fixtures/incidents/setup.ts';
import { polygonsOf } from '../../areas/index.ts';
import type { Geometry } from '../../areas/index.ts';
import { getAreaLocator } from '../../areas/index.ts';
import { listAreas } from '../../areas/index.ts';
import { GridLocator, MAX_GRID_CELLS } from './grid-locator.ts';
import { seededRandom } from '../demo/seeded-random.ts';

describe('grid locator', () => {
  let database: Database;
  let ctx: ServiceContext;
  before(async () => ({ database, ctx } = await openIncidentTestDatabase()));
  after(async () => database.close());

  it('gives exactly the answers of the area locator, on random points and on every vertex and edge midpoint', async () => {
    for (const year of [2020, 2024]) {
      const locator = await getAreaLocator(ctx, GM, year);
      const geometries = (await listAreas(ctx, GM, { level: 'buurt', year })).features
        .map((f) => f.geometry)
        .filter((g): g is Geometry => g !== null);
      const grid = new GridLocator(locator, geometries);
      const rnd = seededRandom(year);
      const points: [number, number][] = [];
      for (let i = 0; i < 100_000; i++) points.push([4.6 + rnd.next() * 0.3, 51.7 + rnd.next() * 0.14]);
      for (const g of geometries) {
        for (const ring of polygonsOf(g).flat()) {
          ring.forEach(([x, y], i) => {
            points.push([x, y]);
            const next = ring[(i + 1) % ring.length]!;
            points.push([(x + next[0]) / 2, (y + next[1]) / 2]);
          });
        }
      }
      for (const [lon, lat] of [...points, ...points]) {
        assert.equal(grid.locate(lon, lat)?.buurt.code, locator.locate(lon, lat)?.buurt.code, `${year} (${lon}, ${lat})`);
      }
    }
  });

  it('keeps its grid small and its answers exact when one polygon lies at the other end of the country', async () => {
    const locator = await getAreaLocator(ctx, GM, 2020);
    const geometries = (await listAreas(ctx, GM, { level: 'buurt', year: 2020 })).features
      .map((f) => f.geometry)
      .filter((g): g is Geometry => g !== null);
    const far: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [7.0, 53.4],
          [7.01, 53.4],
          [7.01, 53.41],
          [7.0, 53.41],
          [7.0, 53.4],
        ],
      ],
    };
    const grid = new GridLocator(locator, [...geometries, far]);
    assert.ok(grid.cellCount <= MAX_GRID_CELLS, `${grid.cellCount} cells`);
    assert.ok(grid.cellCount > MAX_GRID_CELLS / 2, 'not needlessly coarse');
    const rnd = seededRandom(7);
    for (let i = 0; i < 50_000; i++) {
      const [lon, lat] = [4.6 + rnd.next() * 0.3, 51.7 + rnd.next() * 0.14];
      assert.equal(grid.locate(lon, lat)?.buurt.code, locator.locate(lon, lat)?.buurt.code, `(${lon}, ${lat})`);
    }
  });
});
