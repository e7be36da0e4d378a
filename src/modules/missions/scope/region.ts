/**
 * Pure geometry for effect evaluation: is an event inside the target area, inside the buffer ring
 * around it (displacement/diffusion), or elsewhere?
 *
 * - Grid cells (RD metres): inside when x0 ≤ x < x0 + s and y0 ≤ y < y0 + s for a cell (x0, y0);
 *   in the ring when not inside and the Euclidean distance to the nearest cell is ≤ `ringMetres`.
 * - Polygon: inside by ray casting (point-in-polygon-hao, edges count as inside); in the ring when
 *   outside and the distance to the nearest edge (computed in RD metres) is ≤ `ringMetres`.
 * For buurten scopes the ring is made of whole buurten instead (see adjacency.ts).
 */
import pointInPolygon from 'point-in-polygon-hao';

export type Placement = 'target' | 'ring' | 'outside';

export interface RegionTest {
  /** (x, y) RD metres, (lon, lat) WGS84 of one event. */
  place(x: number, y: number, lon: number, lat: number): Placement;
}

/** Distance from (x, y) to the axis-aligned square [x0, x0+s) × [y0, y0+s). */
export function distanceToCell(x: number, y: number, x0: number, y0: number, s: number): number {
  const dx = Math.max(x0 - x, 0, x - (x0 + s));
  const dy = Math.max(y0 - y, 0, y - (y0 + s));
  return Math.hypot(dx, dy);
}

export function cellRegion(cells: readonly [number, number][], cellSize: number, ringMetres: number): RegionTest {
  const key = (i: number, j: number) => `${i},${j}`;
  const set = new Set(cells.map(([x, y]) => key(Math.round(x / cellSize), Math.round(y / cellSize))));
  const reach = Math.ceil(ringMetres / cellSize);
  return {
    place(x, y) {
      const i = Math.floor(x / cellSize);
      const j = Math.floor(y / cellSize);
      if (set.has(key(i, j))) return 'target';
      if (ringMetres <= 0) return 'outside';
      for (let di = -reach; di <= reach; di++)
        for (let dj = -reach; dj <= reach; dj++) {
          if (!set.has(key(i + di, j + dj))) continue;
          if (distanceToCell(x, y, (i + di) * cellSize, (j + dj) * cellSize, cellSize) <= ringMetres) return 'ring';
        }
      return 'outside';
    },
  };
}

/** Distance from point p to segment ab (all in metres). */
export function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax;
  const vy = by - ay;
  const len2 = vx * vx + vy * vy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / len2)) : 0;
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}

/**
 * @param polygons WGS84 polygons (outer ring + holes) for the inside test
 * @param rdRings the same rings in RD metres, for the ring distance
 */
export function polygonRegion(polygons: [number, number][][][], rdRings: [number, number][][], ringMetres: number): RegionTest {
  return {
    place(x, y, lon, lat) {
      for (const rings of polygons) {
        const r = pointInPolygon([lon, lat], rings);
        if (r === true || r === 0) return 'target';
      }
      if (ringMetres <= 0) return 'outside';
      for (const ring of rdRings) {
        for (let k = 1; k < ring.length; k++) {
          const [ax, ay] = ring[k - 1]!;
          const [bx, by] = ring[k]!;
          if (distanceToSegment(x, y, ax, ay, bx, by) <= ringMetres) return 'ring';
        }
      }
      return 'outside';
    },
  };
}
