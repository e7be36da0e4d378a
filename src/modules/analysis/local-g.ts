/**
 * Local Getis–Ord Gi and Gi* (Getis & Ord 1992; Ord & Getis 1995), as PySAL esda `G_Local`.
 *
 * Gi  (star = false): G_i = Σ_{j≠i} w_ij y_j / Σ_{j≠i} y_j; moments over the n − 1 other units.
 * Gi* (star = true):  G*_i = Σ_j w_ij y_j / Σ_j y_j with a self-weight w_ii; moments over all n.
 * Self-weight (esda convention): binary 'b' → w_ii = 1; row-standardised 'r' → w_ii = the row's
 * largest raw weight (1 for contiguity), added before standardising, so w_ii = 1/(k_i + 1).
 *
 * z-score, Ord & Getis (1995) eq. 14, valid for any (binary, row-standardised, general) weights:
 *   z_i = (Σ_j w_ij y_j − W_i x̄) / ( s · √[(N·S1_i − W_i²) / (N − 1)] )
 * with W_i = Σ_j w_ij, S1_i = Σ_j w_ij², N = n − 1 (Gi) or n (Gi*), x̄ and s² = Σ y²/N − x̄² the
 * mean and (population) variance over those N values. This is the exact permutation mean and
 * variance of the lag. `moments: 'esda'` instead uses esda's Var = W_i (N − W_i)/(N − 1) · s²,
 * identical for binary weights but not for row-standardised ones (there esda's z is smaller).
 * p = two-sided normal (esda's p_norm is one-sided: halve ours to compare).
 * pSim: conditional permutation (conditional-permutation.ts), y_i fixed in Gi*'s self term.
 */
import { conditionalPermutation } from './conditional-permutation.ts';
import { normalTwoSided } from './normal.ts';
import type { Alternative } from './permutation-p.ts';
import { transformWeights, type SpatialWeights, type WeightsTransform } from './weights.ts';

export interface LocalGOptions {
  star?: boolean;
  transform?: WeightsTransform;
  moments?: 'ord-getis' | 'esda';
  permutations?: number;
  seed?: number;
  alternative?: Alternative;
}

export interface LocalGResult {
  g: Float64Array;
  z: Float64Array;
  p: Float64Array;
  pSim?: Float64Array;
  /** Self-weights used (all 0 for Gi). */
  selfWeights: Float64Array;
}

/** Neighbour weights and self-weights after esda's Gi* self-weight rule and the transform. */
export function localGWeights(w: SpatialWeights, star: boolean, transform: WeightsTransform) {
  const self = new Float64Array(w.n);
  if (!star) return { weights: transformWeights(w, transform), self };
  const weights = new Float64Array(w.weights.length);
  for (let i = 0; i < w.n; i++) {
    let max = 0;
    let sum = 0;
    for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) {
      max = Math.max(max, w.weights[k]!);
      sum += w.weights[k]!;
    }
    const selfRaw = transform === 'b' || max === 0 ? 1 : max;
    const den = transform === 'b' ? 1 : sum + selfRaw;
    for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) weights[k] = transform === 'b' ? 1 : w.weights[k]! / den;
    self[i] = selfRaw / den;
  }
  return { weights: { ...w, weights }, self };
}

export function localG(y: ArrayLike<number>, w: SpatialWeights, options: LocalGOptions = {}): LocalGResult {
  const n = w.n;
  if (y.length !== n) throw new RangeError(`values (${y.length}) and weights (${n}) differ in length`);
  const star = options.star ?? false;
  const { weights: wt, self } = localGWeights(w, star, options.transform ?? 'r');
  const values = Float64Array.from(y);
  let sum = 0;
  let sumSq = 0;
  for (const v of values) {
    sum += v;
    sumSq += v * v;
  }
  const N = star ? n : n - 1;
  const g = new Float64Array(n);
  const z = new Float64Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const yi = values[i]!;
    const total = star ? sum : sum - yi;
    const mean = total / N;
    const variance = (star ? sumSq : sumSq - yi * yi) / N - mean * mean;
    let lag = self[i]! * yi;
    let wi = self[i]!;
    let s1 = self[i]! * self[i]!;
    for (let k = wt.offsets[i]!; k < wt.offsets[i + 1]!; k++) {
      const wij = wt.weights[k]!;
      lag += wij * values[wt.neighbors[k]!]!;
      wi += wij;
      s1 += wij * wij;
    }
    const spread = options.moments === 'esda' ? wi * (N - wi) : N * s1 - wi * wi;
    g[i] = lag / total;
    z[i] = wt.offsets[i + 1] === wt.offsets[i] ? NaN : (lag - wi * mean) / Math.sqrt((variance * spread) / (N - 1));
    a[i] = (self[i]! * yi) / total;
    b[i] = 1 / total;
  }
  const result: LocalGResult = { g, z, p: z.map(normalTwoSided), selfWeights: self };
  const permutations = options.permutations ?? 0;
  if (permutations > 0) {
    const { alternative } = options;
    result.pSim = conditionalPermutation({
      w: wt,
      values,
      observed: g,
      a,
      b,
      permutations,
      seed: options.seed ?? 0,
      ...(alternative ? { alternative } : {}),
    }).pSim;
  }
  return result;
}
