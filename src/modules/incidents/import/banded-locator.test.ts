import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ServiceContext } from '../../../core/context.ts';
import type { Database } from '../../../db/database.ts';
import { GM, openIncidentTestDatabase } from '../../../../test/fixtures/incidents/setup.ts';
import { locatorOf, polygonsOf, vintageIndexOf, type VintageAreas } from '../../areas/index.ts';
import { seededRandom } from '../demo/seeded-random.ts';
import { BandedAreaLocator } from './banded-locator.ts';
import { placerAreas } from './placement.ts';

describe('banded area locator', () => {
  let database: Database;
  let ctx: ServiceContext;
  let vintages: VintageAreas[];
  before(async () => {
    ({ database, ctx } = await openIncidentTestDatabase());
    vintages = await placerAreas(ctx, GM);
  });
  after(async () => database.close());

  it('gives exactly the answers of the area locator: random points, every vertex, edge midpoint and a point level with each vertex', () => {
    assert.deepEqual(
      vintages.map((v) => v.year),
      [2020, 2024],
    );
    for (const vintage of vintages) {
      assert.ok(BandedAreaLocator.handles(vintage), 'the seed rings are closed');
      const banded = new BandedAreaLocator(vintage);
      const area = locatorOf(vintage.year, vintageIndexOf(vintage));
      const rnd = seededRandom(vintage.year + 1);
      const points: [number, number][] = [];
      for (let i = 0; i < 100_000; i++) points.push([4.6 + rnd.next() * 0.3, 51.7 + rnd.next() * 0.14]);
      for (const b of vintage.buurten)
        for (const ring of polygonsOf(b.geometry).flat())
          ring.forEach(([x, y], i) => {
            const next = ring[(i + 1) % ring.length]!;
            points.push([x, y], [(x + next[0]) / 2, (y + next[1]) / 2], [x + 1e-4, y], [x - 1e-12, y]);
          });
      let inside = 0;
      for (const [lon, lat] of points) {
        const want = area.locate(lon, lat);
        assert.deepEqual(banded.locate(lon, lat), want, `${vintage.year} (${lon}, ${lat})`);
        if (want) inside++;
      }
      assert.ok(inside > points.length / 4, `most test points lie in a buurt (${inside} of ${points.length})`);
    }
  });

  it('refuses a vintage with a ring the point-in-polygon library would refuse (not closed)', () => {
    const open: VintageAreas = {
      year: 2024,
      wijken: [],
      buurten: [
        {
          code: 'BU1',
          name: 'open',
          parentCode: null,
          population: null,
          isWater: false,
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [4.6, 51.7],
                [4.7, 51.7],
                [4.7, 51.8],
                [4.65, 51.85],
              ],
            ],
          },
        },
      ],
    };
    assert.equal(BandedAreaLocator.handles(open), false);
    assert.equal(BandedAreaLocator.handles(vintages[0]!), true);
  });
});
