/**
 * Global Moran's I (Moran 1950; Cliff & Ord 1981, ch. 1–2).
 *
 *   I = (n / S0) · Σ_i Σ_j w_ij z_i z_j / Σ_i z_i²,   z = y − ȳ,   E[I] = −1/(n − 1).
 * Variance under normality (Cliff & Ord 1981, eq. 1.35):
 *   V_N = (n² S1 − n S2 + 3 S0²) / ((n² − 1) S0²) − E[I]²
 * Variance under randomisation (Cliff & Ord 1981, eq. 1.38), with kurtosis b2 = n Σz⁴ / (Σz²)²:
 *   V_R = [n((n² − 3n + 3) S1 − n S2 + 3 S0²) − b2((n² − n) S1 − 2n S2 + 6 S0²)]
 *         / ((n − 1)(n − 2)(n − 3) S0²) − E[I]²
 * z = (I − E[I]) / √V and two-sided p = 2 P(Z ≥ |z|). (PySAL esda `Moran` reports p_norm/p_rand
 * one-sided unless two_tailed=True, which gives these two-sided values.)
 * Optional permutation test: y is randomly permuted over the units `permutations` times (seeded;
 * the loop is in permutation-moran.ts), pSim uses the esda 'directed' convention by default (see permutation-p.ts).
 * Weights are used as given: transform first (esda's default is row-standardised 'r').
 */
import { normalTwoSided } from './normal.ts';
import { pseudoPFromSims, type Alternative } from './permutation-p.ts';
import { moranSimulations } from './permutation-moran.ts';
import { createRng } from './prng.ts';
import { spatialLag, weightSums, type SpatialWeights } from './weights.ts';

export interface MoranResult {
  i: number;
  ei: number;
  vNorm: number;
  zNorm: number;
  pNorm: number;
  vRand: number;
  zRand: number;
  pRand: number;
  pSim?: number;
  eiSim?: number;
  zSim?: number;
}

export interface PermutationOptions {
  permutations?: number;
  seed?: number;
  alternative?: Alternative;
}

function deviations(y: ArrayLike<number>): Float64Array {
  let mean = 0;
  for (let i = 0; i < y.length; i++) mean += y[i]!;
  mean /= y.length;
  return Float64Array.from(y, (v) => v - mean);
}

/** Moran's I of the deviations z under weights w with precomputed S0. */
function moranStatistic(w: SpatialWeights, z: Float64Array, s0: number): number {
  const lag = spatialLag(w, z);
  let num = 0;
  let den = 0;
  for (let i = 0; i < z.length; i++) {
    num += z[i]! * lag[i]!;
    den += z[i]! * z[i]!;
  }
  return ((z.length / s0) * num) / den;
}

export function moranI(y: ArrayLike<number>, w: SpatialWeights, options: PermutationOptions = {}): MoranResult {
  const n = w.n;
  if (y.length !== n) throw new RangeError(`values (${y.length}) and weights (${n}) differ in length`);
  if (n < 4) throw new RangeError('Moran’s I needs at least 4 units');
  const z = deviations(y);
  const { s0, s1, s2 } = weightSums(w);
  const i = moranStatistic(w, z, s0);
  const ei = -1 / (n - 1);
  const n2 = n * n;
  const vNorm = (n2 * s1 - n * s2 + 3 * s0 * s0) / ((n2 - 1) * s0 * s0) - ei * ei;
  let m2 = 0;
  let m4 = 0;
  for (const v of z) {
    m2 += v * v;
    m4 += v ** 4;
  }
  const b2 = (n * m4) / (m2 * m2);
  const vRand =
    (n * ((n2 - 3 * n + 3) * s1 - n * s2 + 3 * s0 * s0) - b2 * ((n2 - n) * s1 - 2 * n * s2 + 6 * s0 * s0)) /
      ((n - 1) * (n - 2) * (n - 3) * s0 * s0) -
    ei * ei;
  const zNorm = (i - ei) / Math.sqrt(vNorm);
  const zRand = (i - ei) / Math.sqrt(vRand);
  const result: MoranResult = { i, ei, vNorm, zNorm, pNorm: normalTwoSided(zNorm), vRand, zRand, pRand: normalTwoSided(zRand) };
  const permutations = options.permutations ?? 0;
  if (permutations > 0) Object.assign(result, moranPermutation(w, z, s0, i, permutations, options));
  return result;
}

function moranPermutation(w: SpatialWeights, z: Float64Array, s0: number, observed: number, r: number, options: PermutationOptions) {
  const sims = moranSimulations(w, z, s0, r, createRng(options.seed ?? 0));
  let sum = 0;
  for (let k = 0; k < r; k++) sum += sims[k]!;
  const mean = sum / r;
  let ss = 0;
  for (const v of sims) ss += (v - mean) ** 2;
  const sd = Math.sqrt(ss / r);
  return { pSim: pseudoPFromSims(observed, sims, options.alternative ?? 'directed'), eiSim: mean, zSim: (observed - mean) / sd };
}
