/**
 * In-memory point-in-area index for the buurten of one vintage: a Flatbush packed R-tree over
 * the bounding box of every polygon part, then an exact point-in-polygon test
 * (point-in-polygon-hao: robust ray casting after Hao et al. 2018, holes excluded) on the candidates.
 *
 * Boundary rule (deterministic): a point strictly inside a polygon wins over a point on an edge;
 * a point on an edge counts as inside; when several buurten qualify equally (a point on a shared
 * border or vertex, or overlapping source polygons), the buurt with the lowest code wins.
 */
import Flatbush from 'flatbush';
import pointInPolygon from 'point-in-polygon-hao';
import type { Geometry, Ring } from '../geometry/geometry-types.ts';
import { bboxOfRings, polygonsOf } from '../geometry/geometry-ops.ts';

export interface LocatableArea {
  code: string;
  name: string;
  parentCode: string | null;
  population: number | null;
  isWater: boolean;
  geometry: Geometry;
}

interface Part {
  area: number;
  rings: Ring[];
}

export class AreaIndex {
  readonly #areas: LocatableArea[];
  readonly #parts: Part[] = [];
  readonly #tree: Flatbush | null;

  constructor(areas: LocatableArea[]) {
    this.#areas = [...areas].sort((a, b) => a.code.localeCompare(b.code));
    this.#areas.forEach((a, area) => {
      for (const rings of polygonsOf(a.geometry)) if (rings[0] && rings[0].length >= 4) this.#parts.push({ area, rings });
    });
    if (this.#parts.length === 0) {
      this.#tree = null;
      return;
    }
    const tree = new Flatbush(this.#parts.length);
    for (const part of this.#parts) tree.add(...bboxOfRings(part.rings));
    tree.finish();
    this.#tree = tree;
  }

  get size(): number {
    return this.#areas.length;
  }

  /** The area containing WGS84 (lon, lat), or null. See the boundary rule above. */
  locate(lon: number, lat: number): LocatableArea | null {
    if (!this.#tree) return null;
    const candidates = this.#tree.search(lon, lat, lon, lat);
    let best = -1;
    let bestInside = false;
    const p = [lon, lat];
    for (const id of candidates) {
      const part = this.#parts[id]!;
      const hit = pointInPolygon(p, part.rings);
      if (hit === false) continue;
      const inside = hit === true;
      if (best === -1 || (inside && !bestInside) || (inside === bestInside && part.area < best)) {
        best = part.area;
        bestInside = inside;
      }
    }
    return best === -1 ? null : this.#areas[best]!;
  }
}
