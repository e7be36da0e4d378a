/**
 * Small geometry helpers on GeoJSON (WGS84 lon/lat): bounding boxes for fitting the map, and a
 * point guaranteed to lie inside a polygon (for focusing and for browser tests). Pure.
 */
import type { AreaFeature, AreaGeometry, Position } from '../../api/types.ts';

export type Bounds = [[number, number], [number, number]];

function rings(geometry: AreaGeometry): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function outerRings(geometry: AreaGeometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates.slice(0, 1);
  return geometry.coordinates.map((polygon) => polygon[0] ?? []);
}

function extend(bounds: Bounds | null, x: number, y: number): Bounds {
  if (!bounds)
    return [
      [x, y],
      [x, y],
    ];
  const [[minX, minY], [maxX, maxY]] = bounds;
  return [
    [Math.min(minX, x), Math.min(minY, y)],
    [Math.max(maxX, x), Math.max(maxY, y)],
  ];
}

export function geometryBounds(geometry: AreaGeometry | null): Bounds | null {
  if (!geometry) return null;
  let bounds: Bounds | null = null;
  for (const ring of outerRings(geometry)) {
    for (const p of ring) bounds = extend(bounds, p[0] as number, p[1] as number);
  }
  return bounds;
}

/** Bounds of all features that have a geometry; null when none has. */
export function collectionBounds(features: readonly AreaFeature[]): Bounds | null {
  let bounds: Bounds | null = null;
  for (const f of features) {
    const b = geometryBounds(f.geometry);
    if (!b) continue;
    bounds = extend(extend(bounds, b[0][0], b[0][1]), b[1][0], b[1][1]);
  }
  return bounds;
}

/** Crossings of the horizontal line y with all rings (holes included), sorted by x. */
function crossings(allRings: Position[][], y: number): number[] {
  const xs: number[] = [];
  for (const ring of allRings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y) xs.push(xi + ((y - yi) / (yj - yi)) * (xj - xi));
    }
  }
  return xs.sort((a, b) => a - b);
}

/**
 * A point inside the geometry: the middle of the widest interior segment over a few horizontal
 * scan lines. Unlike the centroid it is inside concave polygons and polygons with holes too.
 */
export function interiorPoint(geometry: AreaGeometry | null, scanLines = 15): [number, number] | null {
  const bounds = geometryBounds(geometry);
  if (!geometry || !bounds) return null;
  const all = rings(geometry);
  const [[, minY], [, maxY]] = bounds;
  let best: { width: number; point: [number, number] } | null = null;
  for (let k = 1; k <= scanLines; k++) {
    const y = minY + ((maxY - minY) * k) / (scanLines + 1);
    const xs = crossings(all, y);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const width = (xs[i + 1] as number) - (xs[i] as number);
      if (!best || width > best.width) best = { width, point: [((xs[i] as number) + (xs[i + 1] as number)) / 2, y] };
    }
  }
  return best?.point ?? null;
}
