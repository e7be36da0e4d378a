/**
 * Building blocks of the Knox test: band lookup, the list of close pairs (sweep over x-sorted
 * events) and the time-band totals over all pairs (two pointers over sorted times).
 * Bands are right-open intervals [b_k, b_{k+1}); the last break may be Infinity.
 */
export type DistanceMetric = 'manhattan' | 'euclidean';

/** Index k with breaks[k] ≤ v < breaks[k+1], or −1 when v is outside every band. */
export function bandIndex(breaks: ArrayLike<number>, v: number): number {
  if (v < breaks[0]!) return -1;
  for (let k = 1; k < breaks.length; k++) if (v < breaks[k]!) return k - 1;
  return -1;
}

/** A bad or too costly request that names the option to change (mapped to a 400 naming that field). */
export class FieldRangeError extends RangeError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Pairs with spatial distance < `limit`: event indices and the space band (−1 = below the first break). */
export interface ClosePairs {
  i: Int32Array;
  j: Int32Array;
  band: Int8Array;
  count: number;
}

function grow<T extends Int32Array | Int8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/**
 * All pairs closer than `limit` (the largest finite break), found by sorting on x and sweeping
 * only pairs with |dx| < limit: O(n log n + pairs) instead of O(n²) when the bands are local.
 * More than `maxPairs` pairs is a FieldRangeError on 'spaceBands' (memory: 9 bytes a pair).
 */
export function closePairs(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  breaks: ArrayLike<number>,
  limit: number,
  metric: DistanceMetric,
  maxPairs = Infinity,
): ClosePairs {
  const n = x.length;
  const order = Int32Array.from({ length: n }, (_, k) => k).sort((a, b) => x[a]! - x[b]!);
  const xs = Float64Array.from(order, (k) => x[k]!);
  const ys = Float64Array.from(order, (k) => y[k]!);
  let cap = 1024;
  let pi = new Int32Array(cap);
  let pj = new Int32Array(cap);
  let pb = new Int8Array(cap);
  let m = 0;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const dx = xs[b]! - xs[a]!;
      if (dx >= limit) break;
      const dy = Math.abs(ys[b]! - ys[a]!);
      const d = metric === 'manhattan' ? dx + dy : Math.sqrt(dx * dx + dy * dy);
      if (d >= limit) continue;
      if (m >= maxPairs) {
        throw new FieldRangeError(
          'spaceBands',
          `more than ${maxPairs} pairs of events lie within ${limit} m: lower the largest finite break (use 'inf' last) or narrow the period, types or area`,
        );
      }
      if (m === cap) {
        cap *= 2;
        pi = grow(pi, cap);
        pj = grow(pj, cap);
        pb = grow(pb, cap);
      }
      pi[m] = order[a]!;
      pj[m] = order[b]!;
      pb[m] = bandIndex(breaks, d);
      m++;
    }
  }
  return { i: pi.subarray(0, m), j: pj.subarray(0, m), band: pb.subarray(0, m), count: m };
}

/** Number of pairs with |t_i − t_j| < v, for sorted times, by two pointers. */
function pairsBelow(sorted: Float64Array, v: number): number {
  if (v === Infinity) return (sorted.length * (sorted.length - 1)) / 2;
  let count = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi]! - sorted[lo]! >= v) lo++;
    count += hi - lo;
  }
  return count;
}

/** C_t: the number of all n(n−1)/2 pairs whose time difference falls in each time band. */
export function timeBandTotals(t: ArrayLike<number>, breaks: readonly number[]): Float64Array {
  const sorted = Float64Array.from(t).sort();
  const below = breaks.map((b) => (b <= 0 ? 0 : pairsBelow(sorted, b)));
  return Float64Array.from({ length: breaks.length - 1 }, (_, k) => below[k + 1]! - below[k]!);
}

/**
 * Band lookup by table, for the values the permutations re-bin: the range [0, last finite break)
 * is cut into at most `maxCells` equal cells (cells of width 1 when the breaks are whole numbers up
 * to `maxCells`, e.g. days), each holding the band of its lower edge. A cell near a break (the
 * break's cell and its neighbours, unless the break is exactly a cell edge) is marked `mixed`: a
 * value there takes the exact linear search. `outside` (= number of bands) is returned for a value
 * in no band, so a caller can count it in a spare column without a branch.
 */
export interface BandTable {
  breaks: Float64Array;
  cells: Int16Array;
  mixed: Uint8Array;
  scale: number;
  lastFinite: number;
  /** Band of values ≥ lastFinite: the open last band, or `outside`. */
  above: number;
  outside: number;
}

export function bandTable(breaks: readonly number[], maxCells = 65_536): BandTable {
  const bands = breaks.length - 1;
  const open = breaks[bands] === Infinity;
  const lastFinite = breaks[open ? bands - 1 : bands]!;
  const count = Math.max(1, Math.min(maxCells, Math.ceil(lastFinite)));
  const scale = count / lastFinite;
  const cells = new Int16Array(count + 1);
  const mixed = new Uint8Array(count + 2);
  for (let c = 0; c <= count; c++) {
    const band = bandIndex(breaks, c / scale);
    cells[c] = band < 0 ? bands : band;
  }
  for (const b of breaks) {
    if (b === Infinity) continue;
    const at = Math.floor(b * scale);
    if (at === b * scale && at / scale === b) continue; // exactly a cell edge: the table is exact there
    for (let c = Math.max(0, at - 1); c <= Math.min(count, at + 1); c++) mixed[c] = 1;
  }
  return { breaks: Float64Array.from(breaks), cells, mixed, scale, lastFinite, above: open ? bands - 1 : bands, outside: bands };
}

/** The band of v ≥ 0 by the table (`outside` when none): the same as bandIndex, −1 mapped to `outside`. */
export function bandOf(table: BandTable, v: number): number {
  if (v >= table.lastFinite) return table.above;
  const c = Math.min(table.cells.length - 1, (v * table.scale) | 0);
  if (table.mixed[c] || Number.isNaN(v)) {
    const k = bandIndex(table.breaks, v);
    return k < 0 ? table.outside : k;
  }
  return table.cells[c]!;
}
