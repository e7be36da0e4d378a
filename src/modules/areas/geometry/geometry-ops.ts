/**
 * Small planar operations on area polygons (coordinates as stored: WGS84 lon/lat).
 */
import type { Geometry, Position, Ring } from './geometry-types.ts';

export type BBox = [minX: number, minY: number, maxX: number, maxY: number];

/** The polygons of a geometry: each an outer ring followed by its holes. */
export function polygonsOf(geometry: Geometry): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function bboxOfRings(rings: Ring[]): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  }
  return [minX, minY, maxX, maxY];
}

export function bboxOf(geometry: Geometry): BBox {
  return bboxOfRings(polygonsOf(geometry).flat());
}

/** Merges bounding boxes; null when there are none. */
export function unionBBox(boxes: BBox[]): BBox | null {
  if (boxes.length === 0) return null;
  return boxes.reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
}

/** Signed area of a ring by the shoelace formula, A = ½ Σ (xᵢ·yᵢ₊₁ − xᵢ₊₁·yᵢ); positive when counter-clockwise. */
export function ringSignedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  }
  return sum / 2;
}

/** Crossings of the horizontal line y = `y` with every edge of `rings` (half-open rule on y). */
function scanlineCrossings(rings: Ring[], y: number): number[] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[j]!;
      const [x2, y2] = ring[i]!;
      if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
    }
  }
  return xs.sort((a, b) => a - b);
}

/**
 * A point guaranteed to lie strictly inside a polygon with holes (as PostGIS ST_PointOnSurface):
 * scan a few horizontal lines through the polygon, pair up the sorted edge crossings into inside
 * intervals (even–odd rule, so holes are excluded) and return the middle of the widest interval.
 * Scanlines avoid vertex heights so a crossing is never counted twice. Null for a degenerate polygon.
 */
export function pointOnPolygon(rings: Ring[]): Position | null {
  const [, minY, , maxY] = bboxOfRings(rings);
  const vertexYs = new Set(rings.flatMap((r) => r.map((p) => p[1])));
  let best: { x: number; y: number; width: number } | null = null;
  for (const f of [0.5, 0.3, 0.7, 0.15, 0.85, 0.4, 0.6]) {
    let y = minY + (maxY - minY) * f;
    while (vertexYs.has(y)) y += (maxY - minY) * 1e-9;
    const xs = scanlineCrossings(rings, y);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const width = xs[i + 1]! - xs[i]!;
      if (!best || width > best.width) best = { x: (xs[i]! + xs[i + 1]!) / 2, y, width };
    }
  }
  return best && best.width > 0 ? [best.x, best.y] : null;
}

/** A point inside the largest polygon (by bounding-box area) of a geometry. */
export function pointOnSurface(geometry: Geometry): Position | null {
  const polygons = polygonsOf(geometry)
    .map((rings) => ({ rings, box: bboxOfRings(rings) }))
    .sort((a, b) => (b.box[2] - b.box[0]) * (b.box[3] - b.box[1]) - (a.box[2] - a.box[0]) * (a.box[3] - a.box[1]));
  for (const { rings } of polygons) {
    const p = pointOnPolygon(rings);
    if (p) return p;
  }
  return null;
}
