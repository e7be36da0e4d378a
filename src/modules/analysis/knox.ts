/**
 * Knox test for space–time interaction, near-repeat form (Knox 1964; Townsley, Homel & Chaseling
 * 2003; Ratcliffe's Near Repeat Calculator; R package NearRepeat, Steenbeek 2018).
 *
 * Every unordered pair of events is classified by spatial distance (Manhattan or Euclidean) into
 * space bands and by |t_i − t_j| into time bands; bands are right-open [a, b) as in NearRepeat
 * (`cut(..., right = FALSE)`); a last break of Infinity gives an open "more than" band; pairs
 * outside every band are not counted.
 *
 * - observed O_st: pairs in space band s and time band t.
 * - expected E_st = R_s · C_t / P: the exact mean of O_st when dates are permuted over events
 *   (each pair then carries the time difference of a uniformly random pair), with R_s the pairs in
 *   space band s, C_t all pairs in time band t, P = n(n−1)/2. knoxRatio = O / E.
 * - Monte Carlo: dates are shuffled over events `permutations` times (seeded xoshiro128**);
 *   p_st = (#{sim ≥ O_st} + 1)/(N + 1) as NearRepeat and the Near Repeat Calculator;
 *   simMean and knoxRatioSim = O / simMean are NearRepeat's `knox_ratio` (mean of simulations).
 *   (The Calculator labels its bands "a to b" but computes [a−1, b): Steenbeek, NRC vignette.)
 *
 * Speed: close pairs (distance < largest finite break) are found once by an x-sorted sweep with
 * their space band and grouped by it; each permutation only relabels the times (one reused buffer,
 * shuffled in place) and re-bins the pairs' time differences by table (permutation-knox.ts). An
 * Infinity space band is counted by subtraction, C_t − Σ_{finite s} O_st, since C_t does not change
 * under permutation.
 */
import { bandTable, closePairs, FieldRangeError, timeBandTotals, type DistanceMetric } from './knox-pairs.ts';
import { countByTimeBand, pairsBySpaceBand, type PairGroups } from './permutation-knox.ts';
import { createRng } from './prng.ts';

export interface KnoxOptions {
  spaceBands: readonly number[];
  timeBands: readonly number[];
  distance?: DistanceMetric;
  permutations?: number;
  seed?: number;
  /** Caps for interactive use: close pairs held, and close pairs × (permutations + 1) re-binned (FieldRangeError beyond). */
  limits?: { maxPairs: number; maxWork: number };
}

export interface KnoxResult {
  spaceBands: number[];
  timeBands: number[];
  pairs: number;
  observed: number[][];
  expected: number[][];
  knoxRatio: number[][];
  p?: number[][];
  simMean?: number[][];
  knoxRatioSim?: number[][];
}

function checkBreaks(name: string, breaks: readonly number[]): void {
  if (breaks.length < 2) throw new RangeError(`${name} needs at least two break points`);
  if (breaks.length > 101) throw new RangeError(`${name}: at most 100 bands`); // band indices are stored in an Int8Array
  breaks.forEach((b, k) => {
    if (Number.isNaN(b) || b < 0) throw new RangeError(`${name}: break ${b} must be ≥ 0`);
    if (k > 0 && !(b > breaks[k - 1]!)) throw new RangeError(`${name} must be strictly increasing`);
    if (b === Infinity && k !== breaks.length - 1) throw new RangeError(`${name}: only the last break may be inf`);
  });
}

/** Counts the close pairs of times `t` into `table` (rows × cols): the finite rows, and the open row by subtraction. */
function countTable(
  groups: PairGroups,
  t: Float64Array,
  lookup: ReturnType<typeof bandTable>,
  scratch: Float64Array,
  colTotals: Float64Array,
  shape: { rows: number; cols: number; finiteRows: number },
  table: Float64Array,
): Float64Array {
  const { rows, cols, finiteRows } = shape;
  countByTimeBand(groups, t, lookup, scratch);
  table.fill(0);
  for (let s = 0; s < finiteRows; s++) for (let c = 0; c < cols; c++) table[s * cols + c] = scratch[s * (cols + 1) + c]!;
  if (finiteRows < rows) {
    // the open band: every pair in time band c that is not close (close ones: all groups, band −1 included)
    for (let c = 0; c < cols; c++) {
      let close = 0;
      for (let g = 0; g <= finiteRows; g++) close += scratch[g * (cols + 1) + c]!;
      table[finiteRows * cols + c] = colTotals[c]! - close;
    }
  }
  return table;
}

export function knoxTest(x: ArrayLike<number>, y: ArrayLike<number>, t: ArrayLike<number>, options: KnoxOptions): KnoxResult {
  const n = x.length;
  if (y.length !== n || t.length !== n) throw new RangeError('x, y and t must have the same length');
  const sb = [...options.spaceBands];
  const tb = [...options.timeBands];
  checkBreaks('space bands', sb);
  checkBreaks('time bands', tb);
  const openEnded = sb[sb.length - 1] === Infinity;
  const finiteRows = sb.length - 1 - (openEnded ? 1 : 0);
  const rows = sb.length - 1;
  const cols = tb.length - 1;
  const limit = sb[finiteRows]!;
  const pairs = closePairs(x, y, sb, limit, options.distance ?? 'manhattan', options.limits?.maxPairs);
  const work = pairs.count * ((options.permutations ?? 0) + 1);
  if (options.limits && work > options.limits.maxWork) {
    const most = Math.max(0, Math.floor(options.limits.maxWork / Math.max(1, pairs.count)) - 1);
    throw new FieldRangeError(
      'permutations',
      `at most ${most} permutations for ${pairs.count} close pairs (time budget), or narrow the period, types or area`,
    );
  }
  const totalPairs = (n * (n - 1)) / 2;
  const colTotals = timeBandTotals(t, tb);
  const groups = pairsBySpaceBand(pairs, finiteRows);
  const lookup = bandTable(tb);
  const scratch = new Float64Array((finiteRows + 1) * (cols + 1));
  const shape = { rows, cols, finiteRows };
  const tp = Float64Array.from(t);
  const observed = countTable(groups, tp, lookup, scratch, colTotals, shape, new Float64Array(rows * cols));
  const rowTotals = new Float64Array(rows);
  for (let k = 0; k < pairs.count; k++) if (pairs.band[k]! >= 0) rowTotals[pairs.band[k]!]!++;
  if (openEnded) rowTotals[finiteRows] = totalPairs - pairs.count;
  const expected = Float64Array.from(
    { length: rows * cols },
    (_, k) => (rowTotals[Math.floor(k / cols)]! * colTotals[k % cols]!) / totalPairs,
  );
  const result: KnoxResult = {
    spaceBands: sb,
    timeBands: tb,
    pairs: totalPairs,
    observed: toRows(observed, cols),
    expected: toRows(expected, cols),
    knoxRatio: toRows(
      observed.map((o, k) => o / expected[k]!),
      cols,
    ),
  };
  const r = options.permutations ?? 0;
  if (r > 0)
    Object.assign(
      result,
      knoxPermutations(
        r,
        options.seed ?? 0,
        observed,
        cols,
        (times, into) => countTable(groups, times, lookup, scratch, colTotals, shape, into),
        tp,
      ),
    );
  return result;
}

/** Monte Carlo: `r` relabellings of the times `tp` (shuffled in place), each counted by `count`. */
function knoxPermutations(
  r: number,
  seed: number,
  observed: Float64Array,
  cols: number,
  count: (t: Float64Array, into: Float64Array) => Float64Array,
  tp: Float64Array,
): Pick<KnoxResult, 'p' | 'simMean' | 'knoxRatioSim'> {
  const rng = createRng(seed);
  const ge = new Float64Array(observed.length);
  const sum = new Float64Array(observed.length);
  const sim = new Float64Array(observed.length);
  for (let p = 0; p < r; p++) {
    rng.shuffle(tp);
    count(tp, sim);
    for (let k = 0; k < sim.length; k++) {
      if (sim[k]! >= observed[k]!) ge[k]!++;
      sum[k]! += sim[k]!;
    }
  }
  return {
    p: toRows(
      ge.map((g) => (g + 1) / (r + 1)),
      cols,
    ),
    simMean: toRows(
      sum.map((s) => s / r),
      cols,
    ),
    knoxRatioSim: toRows(
      observed.map((o, k) => o / (sum[k]! / r)),
      cols,
    ),
  };
}

function toRows(flat: Float64Array, cols: number): number[][] {
  return Array.from({ length: flat.length / cols }, (_, s) => Array.from(flat.subarray(s * cols, (s + 1) * cols)));
}
