/**
 * Conditional permutation inference for local statistics (Anselin 1995, §4): unit i keeps its own
 * value, and its k_i neighbour slots receive k_i values drawn at random without replacement from
 * the other n − 1 units. Every local statistic here is affine in the permuted lag:
 *   stat_i = a_i + b_i · lag_i,   lag_i = Σ_m w_im · v[π(m)],
 * so the engine only needs (a_i, b_i), the values v and the weights.
 *
 * Counting "at least as extreme" in lag space: stat ≥ obs ⇔ lag ≥ lag_obs when b_i > 0, and
 * ⇔ lag ≤ lag_obs when b_i < 0 (local Moran of a below-mean unit). Both tails include the ties
 * (a simulated lag equal to the observed one is as extreme as it), whatever the sign of b_i; the
 * observed lag is summed from the data like the simulated ones, and lags within
 * 1e-9 · Σ_m |w_im| · max|v| of each other count as equal, so floating-point rounding of sums
 * of tied values in another order cannot drop a tie. The tail counts go to `pseudoP`
 * (permutation-p.ts) for the chosen alternative, esda's conventions included.
 *
 * Speed, as PySAL esda `crand`: one table of `permutations × maxCardinality` draws without
 * replacement from {0, …, n − 2} is made once (partial Fisher–Yates, seeded xoshiro128**) and
 * shared by all units; for unit i a draw r maps to unit r < i ? r : r + 1, so i is never drawn.
 * Sharing the table makes the pseudo p-values of different units dependent (as in esda), each one
 * is still a valid permutation p-value.
 */
import { pseudoP, type Alternative } from './permutation-p.ts';
import { createRng } from './prng.ts';
import { maxCardinality, type SpatialWeights } from './weights.ts';

export interface ConditionalPermutationResult {
  pSim: Float64Array;
  simMean: Float64Array;
  simSd: Float64Array;
}

export interface ConditionalPermutationInput {
  w: SpatialWeights;
  values: Float64Array;
  observed: Float64Array;
  a: Float64Array;
  b: Float64Array;
  permutations: number;
  seed: number;
  alternative?: Alternative;
}

/** The shared random table: row k holds maxCard distinct draws from {0..n−2}. */
export function drawPermutationTable(n: number, maxCard: number, permutations: number, seed: number): Int32Array {
  const rng = createRng(seed);
  const pool = Int32Array.from({ length: n - 1 }, (_, i) => i);
  const k = Math.min(maxCard, n - 1);
  const table = new Int32Array(permutations * k);
  for (let p = 0; p < permutations; p++) {
    for (let m = 0; m < k; m++) {
      const j = m + rng.nextInt(n - 1 - m);
      const t = pool[m]!;
      pool[m] = pool[j]!;
      pool[j] = t;
      table[p * k + m] = pool[m]!;
    }
  }
  return table;
}

/** The common weight of a row whose weights are all equal (binary, row-standardised), else 0. */
function uniformWeight(weights: Float64Array, start: number, card: number): number {
  const first = weights[start]!;
  for (let m = 1; m < card; m++) if (weights[start + m] !== first) return 0;
  return first;
}

/** Lag of unit i with its neighbour slots filled by `pick(m)` (summed as the simulations are). */
function lagOf(w: SpatialWeights, values: Float64Array, start: number, card: number, uniform: number, pick: (m: number) => number): number {
  let lag = 0;
  if (uniform !== 0) {
    for (let m = 0; m < card; m++) lag += values[pick(m)]!;
    return lag * uniform;
  }
  for (let m = 0; m < card; m++) lag += w.weights[start + m]! * values[pick(m)]!;
  return lag;
}

/** Unit i's simulated lags from the table (row width `k`) into `lags`; counts them against [lowest, highest]. */
function simulateUnit(
  w: SpatialWeights,
  values: Float64Array,
  i: number,
  table: Int32Array,
  k: number,
  lags: Float64Array,
  lowest: number,
  highest: number,
) {
  const start = w.offsets[i]!;
  const card = w.offsets[i + 1]! - start;
  const uniform = uniformWeight(w.weights, start, card);
  let sum = 0;
  let sumSq = 0;
  let atLeast = 0;
  let atMost = 0;
  for (let p = 0; p < lags.length; p++) {
    const base = p * k;
    let lag = 0;
    if (uniform !== 0) {
      for (let m = 0; m < card; m++) {
        const d = table[base + m]!;
        lag += values[d + ((i - d - 1) >>> 31)]!; // d ≥ i → d + 1 (skip unit i), branch-free
      }
      lag *= uniform;
    } else {
      for (let m = 0; m < card; m++) {
        const d = table[base + m]!;
        lag += w.weights[start + m]! * values[d + ((i - d - 1) >>> 31)]!;
      }
    }
    lags[p] = lag;
    sum += lag;
    sumSq += lag * lag;
    if (lag >= lowest) atLeast++;
    if (lag <= highest) atMost++;
  }
  return { atLeast, atMost, mean: sum / lags.length, variance: Math.max(0, sumSq / lags.length - (sum / lags.length) ** 2) };
}

/** #{|lag − mean| ≥ |observed − mean|} (esda 'folded'), ties within `tolerance` included. */
function foldedCount(lags: Float64Array, observedLag: number, mean: number, tolerance: number): number {
  const bound = Math.abs(observedLag - mean) - tolerance;
  let far = 0;
  for (let p = 0; p < lags.length; p++) if (Math.abs(lags[p]! - mean) >= bound) far++;
  return far;
}

/** The engine with a given draw table (`k` draws per row); `conditionalPermutation` draws one. */
export function conditionalPermutationWithTable(
  input: ConditionalPermutationInput,
  table: Int32Array,
  k: number,
): ConditionalPermutationResult {
  const { w, values, observed, a, b } = input;
  const n = w.n;
  const r = table.length / k;
  const pSim = new Float64Array(n).fill(NaN);
  const simMean = new Float64Array(n).fill(NaN);
  const simSd = new Float64Array(n).fill(NaN);
  const alternative = input.alternative ?? 'directed';
  let maxAbs = 0;
  for (const v of values) maxAbs = Math.max(maxAbs, Math.abs(v));
  const lags = new Float64Array(r);
  for (let i = 0; i < n; i++) {
    const start = w.offsets[i]!;
    const card = w.offsets[i + 1]! - start;
    if (card === 0 || !Number.isFinite(observed[i]!)) continue;
    if (b[i] === 0) {
      // the statistic does not depend on the neighbours (e.g. local Moran with z_i = 0): every draw ties
      [pSim[i], simMean[i], simSd[i]] = [1, a[i]!, 0];
      continue;
    }
    const uniform = uniformWeight(w.weights, start, card);
    const observedLag = lagOf(w, values, start, card, uniform, (m) => w.neighbors[start + m]!);
    let weightSum = 0;
    for (let m = 0; m < card; m++) weightSum += Math.abs(w.weights[start + m]!);
    const tolerance = 1e-9 * weightSum * maxAbs;
    const c = simulateUnit(w, values, i, table, k, lags, observedLag - tolerance, observedLag + tolerance);
    const folded = alternative === 'folded' ? foldedCount(lags, observedLag, c.mean, tolerance) : NaN;
    const bi = b[i]!;
    const [ge, le] = bi > 0 ? [c.atLeast, c.atMost] : [c.atMost, c.atLeast];
    simMean[i] = a[i]! + bi * c.mean;
    simSd[i] = Math.abs(bi) * Math.sqrt(c.variance);
    pSim[i] = pseudoP(ge, le, r, alternative, folded);
  }
  return { pSim, simMean, simSd };
}

export function conditionalPermutation(input: ConditionalPermutationInput): ConditionalPermutationResult {
  const n = input.w.n;
  const k = Math.min(maxCardinality(input.w), n - 1);
  if (k <= 0) return conditionalPermutationWithTable(input, new Int32Array(input.permutations), 1);
  return conditionalPermutationWithTable(input, drawPermutationTable(n, k, input.permutations, input.seed), k);
}
