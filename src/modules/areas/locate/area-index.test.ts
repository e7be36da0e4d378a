import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AreaIndex, type LocatableArea } from './area-index.ts';
import type { Geometry } from '../geometry/geometry-types.ts';
import { pointOnSurface } from '../geometry/geometry-ops.ts';

const area = (code: string, geometry: Geometry): LocatableArea => ({
  code,
  name: code,
  parentCode: 'WK00000001',
  population: 1,
  isWater: false,
  geometry,
});
const rect = (x0: number, y0: number, x1: number, y1: number) =>
  [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ] as [number, number][];

describe('AreaIndex', () => {
  const donut = area('BU00000002', { type: 'Polygon', coordinates: [rect(0, 0, 10, 10), rect(4, 4, 6, 6)] });
  const east = area('BU00000001', { type: 'Polygon', coordinates: [rect(10, 0, 20, 10)] });
  const islands = area('BU00000003', { type: 'MultiPolygon', coordinates: [[rect(30, 0, 31, 1)], [rect(40, 0, 41, 1)]] });
  const index = new AreaIndex([donut, east, islands]);

  it('finds the polygon holding a point, every part of a MultiPolygon included', () => {
    assert.equal(index.size, 3);
    assert.equal(index.locate(1, 1)?.code, 'BU00000002');
    assert.equal(index.locate(15, 5)?.code, 'BU00000001');
    assert.equal(index.locate(40.5, 0.5)?.code, 'BU00000003');
    assert.equal(index.locate(30.5, 0.5)?.code, 'BU00000003');
  });

  it('returns null in a hole and outside every polygon (also inside a bounding box)', () => {
    assert.equal(index.locate(5, 5), null);
    assert.equal(index.locate(35, 0.5), null);
    assert.equal(index.locate(-1, -1), null);
  });

  it('gives a point on a shared border to the lowest code, and a point on an outer edge to its polygon', () => {
    assert.equal(index.locate(10, 5)?.code, 'BU00000001');
    assert.equal(index.locate(10, 10)?.code, 'BU00000001');
    assert.equal(index.locate(0, 5)?.code, 'BU00000002');
    assert.equal(index.locate(4, 5)?.code, 'BU00000002', 'on the edge of the hole counts as inside');
  });

  it('prefers a polygon strictly containing the point over one that only touches it', () => {
    const overlapping = new AreaIndex([
      area('BU00000001', { type: 'Polygon', coordinates: [rect(0, 0, 2, 2)] }),
      area('BU00000009', { type: 'Polygon', coordinates: [rect(2, 0, 4, 2)] }),
      area('BU00000005', { type: 'Polygon', coordinates: [rect(1, 0, 3, 2)] }),
    ]);
    assert.equal(overlapping.locate(2, 1)?.code, 'BU00000005');
  });

  it('is empty without polygons', () => {
    assert.equal(new AreaIndex([]).locate(0, 0), null);
  });
});

describe('pointOnSurface', () => {
  it('returns a point strictly inside a polygon with a hole, also when the centre is in the hole', () => {
    const g: Geometry = { type: 'Polygon', coordinates: [rect(0, 0, 10, 10), rect(1, 1, 9, 9)] };
    const p = pointOnSurface(g)!;
    assert.ok(p);
    const inHole = p[0] > 1 && p[0] < 9 && p[1] > 1 && p[1] < 9;
    assert.equal(inHole, false);
    assert.equal(new AreaIndex([area('BU00000001', g)]).locate(p[0], p[1])?.code, 'BU00000001');
  });
});
