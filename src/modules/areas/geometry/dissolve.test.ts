import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../../../core/config.ts';
import { dissolve } from './dissolve.ts';
import type { Geometry, Ring } from './geometry-types.ts';
import { polygonsOf, ringSignedArea } from './geometry-ops.ts';
import { buurtenFromSource } from '../import/normalize-source.ts';
import { readAreaFile } from '../import/read-source.ts';

const sq = (x: number, y: number, d = 1): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});

/** Area of a geometry: outer rings minus holes (shoelace). */
function area(g: Geometry): number {
  return polygonsOf(g).reduce(
    (s, rings) => s + rings.reduce((t: number, r: Ring, i) => t + Math.abs(ringSignedArea(r)) * (i === 0 ? 1 : -1), 0),
    0,
  );
}

describe('dissolve (edge cancellation)', () => {
  it('merges two squares sharing an edge into one ring of area 2', () => {
    const g = dissolve([sq(0, 0), sq(1, 0)])!;
    assert.equal(g.type, 'Polygon');
    assert.equal(polygonsOf(g)[0]!.length, 1);
    assert.equal(area(g), 2);
  });

  it('keeps the hole of a 3×3 block without its centre, and fills it when the centre is added', () => {
    const ring = [0, 1, 2].flatMap((i) => [0, 1, 2].map((j) => [i, j] as const)).filter(([i, j]) => i !== 1 || j !== 1);
    const donut = dissolve(ring.map(([i, j]) => sq(i, j)))!;
    assert.equal(polygonsOf(donut)[0]!.length, 2, 'outer ring and one hole');
    assert.equal(area(donut), 8);
    const full = dissolve([...ring.map(([i, j]) => sq(i, j)), sq(1, 1)])!;
    assert.equal(polygonsOf(full)[0]!.length, 1);
    assert.equal(area(full), 9);
  });

  it('returns separate polygons for parts that do not touch; keeps the area right across a T-junction; null for nothing', () => {
    const two = dissolve([sq(0, 0), sq(5, 5)])!;
    assert.equal(two.type, 'MultiPolygon');
    assert.equal(area(two), 2);
    const big: Geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    const t = dissolve([big, sq(2, 0), sq(2, 1)])!;
    assert.equal(area(t), 6);
    assert.equal(dissolve([]), null);
  });

  it('reproduces the shapely unary_union of the Dordrecht 2020 wijken (area within 0.01 %, same ring counts)', async () => {
    const source = await readAreaFile(path.join(projectRoot, 'data/gm0505/cbs_wijkbuurtkaart_2020_dordrecht_buurten_rd.csv'));
    const { buurten } = buurtenFromSource(source, 'EPSG:28992', 'GM0505');
    const ref = JSON.parse(fs.readFileSync(path.join(projectRoot, 'test/fixtures/areas/dordrecht_wijken_2020_wgs84.geojson'), 'utf8'));
    assert.equal(ref.features.length, 14);
    for (const f of ref.features as { id: string; geometry: Geometry }[]) {
      const mine = dissolve(buurten.filter((b) => b.wijkCode === f.id).map((b) => b.geometry!));
      assert.ok(mine, `${f.id} dissolves`);
      assert.ok(Math.abs(area(mine) / area(f.geometry) - 1) < 1e-4, `${f.id} area`);
      assert.equal(polygonsOf(mine).length, polygonsOf(f.geometry).length, `${f.id} polygon count`);
      assert.equal(polygonsOf(mine).flat().length, polygonsOf(f.geometry).flat().length, `${f.id} ring count`);
    }
  });
});
