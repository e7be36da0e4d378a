/**
 * Conditional permutation inference for local statistics (Anselin 1995, §4): unit i keeps its own
 * value, and its k_i neighbour slots receive k_i values drawn at random without replacement from
 * the other n − 1 units. Every local statistic here is affine in the permuted lag:
 *   stat_i = a_i + b_i · Σ_m w_im · v[π(m)],
 * so the engine only needs (a_i, b_i), the values v and the weights.
 *
 * Speed, as PySAL esda `crand`: one table of `permutations × maxCardinality` draws without
 * replacement from {0, …, n − 2} is made once (partial Fisher–Yates, seeded xoshiro128**) and
 * shared by all units; for unit i a draw r maps to unit r < i ? r : r + 1, so i is never drawn.
 * Sharing the table makes the pseudo p-values of different units dependent (as in esda), each one
 * is still a valid permutation p-value. Ties within 1e-10 (relative) count as equal.
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

export function conditionalPermutation(input: ConditionalPermutationInput): ConditionalPermutationResult {
  const { w, values, observed, a, b, permutations: r } = input;
  const n = w.n;
  const k = Math.min(maxCardinality(w), n - 1);
  const table = drawPermutationTable(n, k, r, input.seed);
  const pSim = new Float64Array(n).fill(NaN);
  const simMean = new Float64Array(n).fill(NaN);
  const simSd = new Float64Array(n).fill(NaN);
  const alternative = input.alternative ?? 'directed';
  for (let i = 0; i < n; i++) {
    const start = w.offsets[i]!;
    const card = w.offsets[i + 1]! - start;
    const obs = observed[i]!;
    if (card === 0 || !Number.isFinite(obs)) continue;
    if (b[i] === 0) {
      // the statistic does not depend on the neighbours (e.g. local Moran with z_i = 0): every draw ties
      [pSim[i], simMean[i], simSd[i]] = [1, a[i]!, 0];
      continue;
    }
    // compare in lag space: stat = a + b·lag ≥ obs − eps  ⇔  lag ≥ (obs − eps − a)/b when b > 0
    const eps = 1e-10 * Math.max(Math.abs(obs), 1e-300);
    const bi = b[i]!;
    const hi = (obs + eps - a[i]!) / bi;
    const lo = (obs - eps - a[i]!) / bi;
    const [geBound, leBound] = bi > 0 ? [lo, hi] : [hi, lo];
    const uniform = uniformWeight(w.weights, start, card);
    let ge = 0;
    let le = 0;
    let sum = 0;
    let sumSq = 0;
    for (let p = 0; p < r; p++) {
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
      if (bi > 0 ? lag >= geBound : lag <= geBound) ge++;
      if (bi > 0 ? lag <= leBound : lag >= leBound) le++;
      sum += lag;
      sumSq += lag * lag;
    }
    const meanLag = sum / r;
    simMean[i] = a[i]! + bi * meanLag;
    simSd[i] = Math.abs(bi) * Math.sqrt(Math.max(0, sumSq / r - meanLag * meanLag));
    pSim[i] = pseudoP(ge, le, r, alternative);
  }
  return { pSim, simMean, simSd };
}
