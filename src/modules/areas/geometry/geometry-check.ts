/**
 * Checks of an area polygon as read from a file, before it is reprojected and stored (the readers
 * accept any numbers). A problem is a sentence naming the polygon and ring; the caller adds file
 * and row. Rules (OGC Simple Features §6.1.11, as far as locating points in buurten needs them):
 * - every coordinate is a finite number (`coordinatesProblem`, run on every row before the CRS is
 *   guessed from the coordinates);
 * - every ring has at least 4 positions, is closed (first = last), encloses some area, and does not
 *   cross itself: two edges that are not neighbours may not cross (a "bowtie" makes inside and
 *   outside ambiguous for point-in-polygon). Touching at a vertex is allowed, as CBS maps have it;
 * - every position lies in the Netherlands: RD New bounds for RD New, and for WGS84 degrees whose
 *   RD New image lies in those bounds (`geometryProblem`, once the CRS is known).
 * A geometry with no polygons at all is read as "no polygon" by the caller (as a GeoPackage
 * empty geometry is).
 */
import { isInRdBounds, RD_NEW, wgs84ToRd, type Crs } from './crs.ts';
import { polygonsOf, ringSignedArea } from './geometry-ops.ts';
import type { Geometry, Position, Ring } from './geometry-types.ts';

const where = (p: number, r: number, multi: boolean) => `${multi ? `polygon ${p + 1} ` : ''}ring ${r + 1}`;

function eachRing(g: Geometry, f: (ring: Ring, label: string) => string | null): string | null {
  const polygons = polygonsOf(g);
  for (let p = 0; p < polygons.length; p++) {
    if (polygons[p]!.length === 0) return `${g.type === 'MultiPolygon' ? `polygon ${p + 1}` : 'the polygon'} has no rings`;
    for (let r = 0; r < polygons[p]!.length; r++) {
      const problem = f(polygons[p]![r]!, where(p, r, g.type === 'MultiPolygon'));
      if (problem) return problem;
    }
  }
  return null;
}

/** A coordinate that is not a finite number (NaN, ±Infinity), or null. */
export function coordinatesProblem(g: Geometry): string | null {
  return eachRing(g, (ring, label) => {
    const k = ring.findIndex(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y));
    return k === -1 ? null : `${label}, position ${k + 1}: (${ring[k]![0]}, ${ring[k]![1]}) is not a pair of finite numbers`;
  });
}

const orientation = (a: Position, b: Position, c: Position) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

/** True when segments ab and cd cross at a point inside both (not at an end, not collinear). */
function properlyCross(a: Position, b: Position, c: Position, d: Position): boolean {
  return orientation(a, b, c) * orientation(a, b, d) < 0 && orientation(c, d, a) * orientation(c, d, b) < 0;
}

/** Index of the first edge crossed by a non-neighbouring edge (sweep over edges ordered by min x), or -1. */
export function firstSelfCrossing(ring: Ring): number {
  const pts = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]);
  const n = pts.length - 1; // edges i: pts[i] → pts[i + 1]
  if (n < 4) return -1;
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => Math.min(pts[i]![0], pts[i + 1]![0]) - Math.min(pts[j]![0], pts[j + 1]![0]),
  );
  const active: number[] = [];
  for (const i of order) {
    const minX = Math.min(pts[i]![0], pts[i + 1]![0]);
    for (let k = active.length - 1; k >= 0; k--) {
      const j = active[k]!;
      if (Math.max(pts[j]![0], pts[j + 1]![0]) < minX) {
        active.splice(k, 1);
        continue;
      }
      const neighbours = Math.abs(i - j) === 1 || Math.abs(i - j) === n - 1;
      if (!neighbours && properlyCross(pts[i]!, pts[i + 1]!, pts[j]!, pts[j + 1]!)) return Math.min(i, j);
    }
    active.push(i);
  }
  return -1;
}

function ringShapeProblem(ring: Ring, label: string): string | null {
  if (ring.length < 4) return `${label} has ${ring.length} positions; a ring needs at least 4 (the first repeated at the end)`;
  const [a, z] = [ring[0]!, ring[ring.length - 1]!];
  if (a[0] !== z[0] || a[1] !== z[1])
    return `${label} is not closed: it ends at (${z[0]}, ${z[1]}), not at its first position (${a[0]}, ${a[1]})`;
  const k = firstSelfCrossing(ring);
  if (k !== -1) return `${label} crosses itself (near position ${k + 1}, (${ring[k]![0]}, ${ring[k]![1]}))`;
  return ringSignedArea(ring) === 0 ? `${label} encloses no area` : null;
}

function inNetherlands([x, y]: Position, crs: Crs): boolean {
  if (crs === RD_NEW) return isInRdBounds(x, y);
  if (!(Math.abs(x) <= 180 && Math.abs(y) <= 90)) return false;
  const [rx, ry] = wgs84ToRd(x, y);
  return isInRdBounds(rx, ry);
}

/** The first problem of a polygon's shape or place (see above), or null. */
export function geometryProblem(g: Geometry, crs: Crs): string | null {
  return (
    coordinatesProblem(g) ??
    eachRing(g, (ring, label) => {
      const shape = ringShapeProblem(ring, label);
      if (shape) return shape;
      const k = ring.findIndex((p) => !inNetherlands(p, crs));
      return k === -1 ? null : `${label}, position ${k + 1}: (${ring[k]![0]}, ${ring[k]![1]}) lies outside the Netherlands (${crs})`;
    })
  );
}

/** True for a geometry with no polygons (read as "no polygon"). */
export function isEmptyGeometry(g: Geometry): boolean {
  return polygonsOf(g).length === 0;
}
