/**
 * Local Moran's I (Anselin 1995, "Local indicators of spatial association — LISA").
 *
 *   I_i = (n − 1) · z_i · Σ_j w_ij z_j / Σ_k z_k²,   z = y − ȳ,
 * the scaling PySAL esda `Moran_Local` reports (Anselin's I_i = z_i Σ_j w_ij z_j / m2 with
 * m2 = Σz²/n, times (n − 1)/n). Normal approximation under total randomisation, Sokal, Oden &
 * Thomson (1998) eqs. A3 and A4* for Anselin's form, with b2 = m4 / m2² and w_i(2) = Σ_j w_ij²:
 *   E[I_i] = −W_i / (n − 1)
 *   V[I_i] = w_i(2) (n − b2)/(n − 1) + (W_i² − w_i(2)) (2 b2 − n)/((n − 1)(n − 2)) − W_i²/(n − 1)²
 * z_i = (I_i − E)/√V (scale-free, so the same for both scalings), p two-sided normal.
 * pSim: conditional permutation (z_i fixed, neighbours drawn from the others), esda 'directed'
 * convention by default (permutation-p.ts). For a below-mean unit (z_i < 0) I_i falls as the lag
 * rises, so "I ≥ I_obs" is "lag ≤ lag_obs"; ties count as extreme in both directions (with many
 * zero cells, most draws tie the observed lag of a zero cell among zeros). Quadrant as esda `q` (z_i > 0, lag > 0): HH, LH, LL, HL.
 */
import { conditionalPermutation } from './conditional-permutation.ts';
import { normalTwoSided } from './normal.ts';
import type { Alternative } from './permutation-p.ts';
import { spatialLag, type SpatialWeights } from './weights.ts';

export type Quadrant = 'HH' | 'LH' | 'LL' | 'HL';

export interface LocalMoranResult {
  i: Float64Array;
  z: Float64Array;
  p: Float64Array;
  quadrant: Quadrant[];
  pSim?: Float64Array;
}

export interface LocalMoranOptions {
  permutations?: number;
  seed?: number;
  alternative?: Alternative;
}

/** Sokal et al. (1998) total-randomisation mean and variance of Anselin's I_i for unit i. */
export function localMoranMoments(wi: number, wi2: number, n: number, b2: number): { e: number; v: number } {
  const e = -wi / (n - 1);
  const v = (wi2 * (n - b2)) / (n - 1) + ((wi * wi - wi2) * (2 * b2 - n)) / ((n - 1) * (n - 2)) - e * e;
  return { e, v };
}

export function localMoran(y: ArrayLike<number>, w: SpatialWeights, options: LocalMoranOptions = {}): LocalMoranResult {
  const n = w.n;
  if (y.length !== n) throw new RangeError(`values (${y.length}) and weights (${n}) differ in length`);
  let mean = 0;
  for (let k = 0; k < n; k++) mean += y[k]!;
  mean /= n;
  const z = Float64Array.from(y, (v) => v - mean);
  let m2 = 0;
  let m4 = 0;
  for (const v of z) {
    m2 += v * v;
    m4 += v ** 4;
  }
  const sumSq = m2;
  m2 /= n;
  m4 /= n;
  const b2 = m4 / (m2 * m2);
  const lag = spatialLag(w, z);
  const stat = new Float64Array(n);
  const zScore = new Float64Array(n);
  const b = new Float64Array(n);
  const quadrant: Quadrant[] = [];
  for (let i = 0; i < n; i++) {
    b[i] = ((n - 1) * z[i]!) / sumSq;
    stat[i] = b[i]! * lag[i]!;
    let wi = 0;
    let wi2 = 0;
    for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) {
      wi += w.weights[k]!;
      wi2 += w.weights[k]! ** 2;
    }
    const { e, v } = localMoranMoments(wi, wi2, n, b2);
    zScore[i] = wi === 0 ? NaN : ((z[i]! * lag[i]!) / m2 - e) / Math.sqrt(v);
    quadrant.push(z[i]! > 0 ? (lag[i]! > 0 ? 'HH' : 'HL') : lag[i]! > 0 ? 'LH' : 'LL');
  }
  const result: LocalMoranResult = { i: stat, z: zScore, p: zScore.map(normalTwoSided), quadrant };
  const permutations = options.permutations ?? 0;
  if (permutations > 0) {
    const { alternative } = options;
    result.pSim = conditionalPermutation({
      w,
      values: z,
      observed: stat,
      a: new Float64Array(n),
      b,
      permutations,
      seed: options.seed ?? 0,
      ...(alternative ? { alternative } : {}),
    }).pSim;
  }
  return result;
}
