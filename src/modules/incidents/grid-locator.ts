/**
 * A grid in front of an area locator, for placing a million points: exact, ~20× faster.
 *
 * The lon/lat bounding box of all buurten is cut into cells of about 35 × 35 m. Every cell that
 * any polygon edge touches (exact "supercover" of each segment, closed cells, with a tiny margin)
 * is marked; a point there goes to the locator as before. A cell no edge touches lies wholly
 * inside or wholly outside each polygon, so every point in it gets the same answer (boundary and
 * tie rules included): the locator is asked once for the cell and the answer is reused.
 */
import type { Geometry } from '../areas/geometry-types.ts';
import type { AreaLocator, LocatedArea } from '../areas/locate-service.ts';
import { bboxOf, polygonsOf, unionBBox, type BBox } from '../areas/geometry-ops.ts';

const CELL_LON = 0.0005; // ≈ 34 m at 51.8° N
const CELL_LAT = 0.0003; // ≈ 33 m
const EDGE = -2;
const UNKNOWN = -1;

export class GridLocator {
  readonly year: number;
  readonly #locator: AreaLocator;
  readonly #box: BBox | null;
  readonly #cols: number;
  readonly #rows: number;
  /** Per cell: EDGE, UNKNOWN, or an index into #answers. */
  readonly #cell: Int32Array;
  readonly #answers: (LocatedArea | null)[] = [];

  constructor(locator: AreaLocator, geometries: Geometry[]) {
    this.year = locator.year;
    this.#locator = locator;
    this.#box = unionBBox(geometries.map(bboxOf));
    const [minX, minY, maxX, maxY] = this.#box ?? [0, 0, 0, 0];
    this.#cols = Math.max(1, Math.ceil((maxX - minX) / CELL_LON));
    this.#rows = Math.max(1, Math.ceil((maxY - minY) / CELL_LAT));
    this.#cell = new Int32Array(this.#cols * this.#rows).fill(UNKNOWN);
    for (const g of geometries) for (const rings of polygonsOf(g)) for (const ring of rings) this.#markRing(ring);
  }

  /** Marks every cell the segments of `ring` touch. */
  #markRing(ring: [number, number][]): void {
    const [minX, minY] = this.#box!;
    const eps = 1e-9;
    for (let i = 1; i < ring.length; i++) {
      const [x1, y1] = ring[i - 1]!;
      const [x2, y2] = ring[i]!;
      const c1 = Math.floor((Math.min(x1, x2) - eps - minX) / CELL_LON);
      const c2 = Math.floor((Math.max(x1, x2) + eps - minX) / CELL_LON);
      for (let c = c1; c <= c2; c++) {
        // The part of the segment within column c, then the rows it spans there.
        const xa = Math.max(Math.min(x1, x2), minX + c * CELL_LON);
        const xb = Math.min(Math.max(x1, x2), minX + (c + 1) * CELL_LON);
        const ya = x1 === x2 ? y1 : y1 + ((xa - x1) * (y2 - y1)) / (x2 - x1);
        const yb = x1 === x2 ? y2 : y1 + ((xb - x1) * (y2 - y1)) / (x2 - x1);
        const r1 = Math.floor((Math.min(ya, yb) - eps - minY) / CELL_LAT);
        const r2 = Math.floor((Math.max(ya, yb) + eps - minY) / CELL_LAT);
        for (let r = r1; r <= r2; r++) if (c >= 0 && c < this.#cols && r >= 0 && r < this.#rows) this.#cell[r * this.#cols + c] = EDGE;
      }
    }
  }

  locate(lon: number, lat: number): LocatedArea | null {
    if (!this.#box) return null;
    const c = Math.floor((lon - this.#box[0]) / CELL_LON);
    const r = Math.floor((lat - this.#box[1]) / CELL_LAT);
    if (c < 0 || c >= this.#cols || r < 0 || r >= this.#rows) return this.#locator.locate(lon, lat);
    const k = r * this.#cols + c;
    const state = this.#cell[k]!;
    if (state === EDGE) return this.#locator.locate(lon, lat);
    if (state !== UNKNOWN) return this.#answers[state]!;
    const answer = this.#locator.locate(this.#box[0] + (c + 0.5) * CELL_LON, this.#box[1] + (r + 0.5) * CELL_LAT);
    this.#cell[k] = this.#answers.push(answer) - 1;
    return answer;
  }
}
