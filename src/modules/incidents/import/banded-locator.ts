/**
 * The area locator of one vintage with exactly the answers of the areas module's (AreaIndex +
 * locatorOf), faster for the points the grid (grid-locator.ts) cannot answer by cell: those near a
 * buurt border, where the area locator tests whole polygons of hundreds of vertices.
 *
 * The point-in-polygon test (point-in-polygon-hao, ray casting) only ever counts the edges whose
 * y-range holds the point's y; every other edge is skipped. So the edges are sorted once into
 * horizontal bands (an edge in every band its y-range touches; the band of a y is monotone in y, so
 * an edge that holds y is always in y's band) and a point tests only its band's edges, with the
 * same arithmetic in the same cases: boundary (on an edge) when the library says so, a crossing
 * when it counts one. Its orientation test (robust-predicates' orient2d) returns the plain
 * determinant when that is safely away from 0; when it is not, this locator asks the library for
 * the whole part, so even those points get the library's exact answer. The choice between parts
 * is the area index's: inside beats on an edge, then the lowest buurt code.
 */
import pointInPolygon from 'point-in-polygon-hao';
import type { AreaLocator, LocatedArea, VintageAreas } from '../../areas/index.ts';
import { polygonsOf } from '../../areas/index.ts';

/** robust-predicates' error bound of its first (plain floating-point) orientation stage. */
const EPSILON = 1.1102230246251565e-16;
const CCW_ERRBOUND_A = (3 + 16 * EPSILON) * EPSILON;
const BANDS = 1024;
/** A part's test came out too close to call with floating point: the library decides. */
const UNSURE = 2;

type Ring = [number, number][];

export class BandedAreaLocator implements AreaLocator {
  readonly year: number;
  readonly #answers: LocatedArea[] = [];
  /** Per part: the index of its area (sorted by code) and its rings. */
  readonly #parts: { area: number; rings: Ring[] }[] = [];
  #minY = 0;
  #bandHeight = 1;
  /** Per band: the parts with edges there, and per such part its edges as x1,y1,x2,y2 in `#edges`. */
  readonly #bandParts: number[][] = [];
  readonly #bandEdges: Float64Array[][] = [];
  /** Per band: per part there, the least and greatest x of its edges in the band. */
  readonly #bandSpans: Float64Array[] = [];

  constructor(vintage: VintageAreas) {
    this.year = vintage.year;
    const wijken = new Map(vintage.wijken.map((w) => [w.code, w]));
    const areas = [...vintage.buurten].sort((a, b) => a.code.localeCompare(b.code));
    areas.forEach((a, area) => {
      this.#answers.push({
        buurt: { code: a.code, name: a.name, population: a.population, isWater: a.isWater },
        wijk: (a.parentCode && wijken.get(a.parentCode)) || null,
      });
      for (const rings of polygonsOf(a.geometry)) if (rings[0] && rings[0].length >= 4) this.#parts.push({ area, rings: rings as Ring[] });
    });
    this.#band();
  }

  /** Whether every ring is closed as the library requires (it throws otherwise; then the area locator is used). */
  static handles(vintage: VintageAreas): boolean {
    for (const b of vintage.buurten)
      for (const rings of polygonsOf(b.geometry))
        for (const ring of rings) {
          const first = ring[0];
          const last = ring[ring.length - 1];
          if (first && last && first[0] !== last[0] && first[1] !== last[1]) return false;
        }
    return true;
  }

  #bandOf(y: number): number {
    return Math.min(BANDS - 1, Math.max(0, Math.floor((y - this.#minY) / this.#bandHeight)));
  }

  #band(): void {
    let minY = Number.POSITIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (const { rings } of this.#parts)
      for (const ring of rings)
        for (const [, y] of ring) {
          if (y < minY) minY = y;
          if (y > maxY) maxY = y;
        }
    if (minY > maxY) return;
    this.#minY = minY;
    this.#bandHeight = maxY > minY ? (maxY - minY) / BANDS : 1;
    const collected: Map<number, number[]>[] = Array.from({ length: BANDS }, () => new Map());
    this.#parts.forEach(({ rings }, part) => {
      for (const ring of rings)
        for (let i = 0; i + 1 < ring.length; i++) {
          const [x1, y1] = ring[i]!;
          const [x2, y2] = ring[i + 1]!;
          for (let b = this.#bandOf(Math.min(y1, y2)); b <= this.#bandOf(Math.max(y1, y2)); b++) {
            const edges = collected[b]!.get(part) ?? [];
            if (edges.length === 0) collected[b]!.set(part, edges);
            edges.push(x1, y1, x2, y2);
          }
        }
    });
    for (const band of collected) {
      const edges = [...band.values()].map((e) => Float64Array.from(e));
      const spans = new Float64Array(edges.length * 2);
      edges.forEach((e, j) => {
        let lo = Number.POSITIVE_INFINITY;
        let hi = Number.NEGATIVE_INFINITY;
        for (let i = 0; i < e.length; i += 2) {
          lo = Math.min(lo, e[i]!);
          hi = Math.max(hi, e[i]!);
        }
        spans[2 * j] = lo;
        spans[2 * j + 1] = hi;
      });
      this.#bandParts.push([...band.keys()]);
      this.#bandEdges.push(edges);
      this.#bandSpans.push(spans);
    }
  }

  /** point-in-polygon-hao over one part's edges in the band: true inside, 0 on an edge, false outside, or UNSURE. */
  static #test(edges: Float64Array, x: number, y: number): boolean | 0 | typeof UNSURE {
    let k = 0;
    for (let i = 0; i < edges.length; i += 4) {
      const u1 = edges[i]! - x;
      const v1 = edges[i + 1]! - y;
      const u2 = edges[i + 2]! - x;
      const v2 = edges[i + 3]! - y;
      if (v1 === 0 && v2 === 0) {
        if ((u2 <= 0 && u1 >= 0) || (u1 <= 0 && u2 >= 0)) return 0;
      } else if ((v2 >= 0 && v1 <= 0) || (v2 <= 0 && v1 >= 0)) {
        // orient2d(u1, u2, v1, v2, 0, 0) as robust-predicates computes it, its first stage only.
        const detLeft = u2 * v1;
        const detRight = u1 * v2;
        const f = detLeft - detRight;
        if (Math.abs(f) < CCW_ERRBOUND_A * Math.abs(detLeft + detRight)) return UNSURE;
        if (f === 0) return 0;
        if ((f > 0 && v2 > 0 && v1 <= 0) || (f < 0 && v2 <= 0 && v1 > 0)) k++;
      }
    }
    return k % 2 === 1;
  }

  locate(lon: number, lat: number): LocatedArea | null {
    if (this.#bandParts.length === 0) return null;
    const band = this.#bandOf(lat);
    const parts = this.#bandParts[band]!;
    const edges = this.#bandEdges[band]!;
    const spans = this.#bandSpans[band]!;
    let best = -1;
    let bestInside = false;
    for (let j = 0; j < parts.length; j++) {
      // Strictly left or right of all its edges in the band: every edge crossing the point's level
      // lies on one side, an even number of them, so the test would say outside — skip it.
      if (lon < spans[2 * j]! || lon > spans[2 * j + 1]!) continue;
      const part = this.#parts[parts[j]!]!;
      let hit = BandedAreaLocator.#test(edges[j]!, lon, lat);
      if (hit === UNSURE) hit = pointInPolygon([lon, lat], part.rings);
      if (hit === false) continue;
      const inside = hit === true;
      if (best === -1 || (inside && !bestInside) || (inside === bestInside && part.area < best)) {
        best = part.area;
        bestInside = inside;
      }
    }
    return best === -1 ? null : this.#answers[best]!;
  }
}
