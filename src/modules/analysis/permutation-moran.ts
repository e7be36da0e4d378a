/**
 * The permutation loop of global Moran's I (moran.ts), made cheap:
 *
 * - Under a permutation Σ z² does not change, so only the numerator z'Wz is recomputed, and
 *   z'Wz = Σ_{i<j} (w_ij + w_ji) z_i z_j: the links of W + Wᵀ above the diagonal, stored once in
 *   compressed rows of typed arrays (`upperLinks`) — half the multiply-adds of a full spatial lag,
 *   with no lag array at all.
 * - Eight permutations are evaluated together (`LANES`): their values interleaved in one buffer, so
 *   each link's index and weight are read once for eight multiply-adds on neighbouring values, and
 *   the eight independent sums keep the processor busy (about 2.5× faster than one at a time).
 * - Each lane (every 8th value of the buffer) is shuffled in place again for its next permutation
 *   by the generator's own Fisher–Yates (prng.ts `shuffleShort`: state in locals, two 16-bit draws
 *   a word by Lemire's bounded integers; `shuffle` above 65,536 units); a shuffle of
 *   any arrangement is a uniform random permutation. Nothing is allocated per permutation.
 *
 * The statistic is the same number as moranI's up to floating-point rounding (the sums run in
 * another order); the observed I is still computed the original way. Ties between a simulation
 * and the observed value are decided with the tolerance of pseudoPFromSims.
 */
import type { SpatialWeights } from './weights.ts';
import type { Rng } from './prng.ts';

/** Links i < j of W + Wᵀ in compressed rows: row i is `to[offsets[i] .. offsets[i+1])` with `weight` alike. */
export interface UpperLinks {
  offsets: Int32Array;
  to: Int32Array;
  weight: Float64Array;
}

/** Transposed CSR: for each j the rows i with a stored link i → j, and its weight. */
function transposed(w: SpatialWeights): { offsets: Int32Array; from: Int32Array; weight: Float64Array } {
  const offsets = new Int32Array(w.n + 1);
  for (let k = 0; k < w.neighbors.length; k++) offsets[w.neighbors[k]! + 1]!++;
  for (let j = 0; j < w.n; j++) offsets[j + 1]! += offsets[j]!;
  const fill = offsets.slice(0, w.n);
  const from = new Int32Array(w.neighbors.length);
  const weight = new Float64Array(w.neighbors.length);
  for (let i = 0; i < w.n; i++) {
    for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) {
      const at = fill[w.neighbors[k]!]!++;
      from[at] = i;
      weight[at] = w.weights[k]!;
    }
  }
  return { offsets, from, weight };
}

/** The links above the diagonal of W + Wᵀ, each pair once with w_ij + w_ji (works for asymmetric W). */
export function upperLinks(w: SpatialWeights): UpperLinks {
  const t = transposed(w);
  const acc = new Float64Array(w.n);
  const seen = new Uint8Array(w.n);
  const offsets = new Int32Array(w.n + 1);
  const to = new Int32Array(w.neighbors.length);
  const weight = new Float64Array(w.neighbors.length);
  let m = 0;
  const touched: number[] = [];
  const add = (j: number, v: number) => {
    if (!seen[j]) {
      seen[j] = 1;
      acc[j] = 0;
      touched.push(j);
    }
    acc[j]! += v;
  };
  for (let i = 0; i < w.n; i++) {
    for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) if (w.neighbors[k]! > i) add(w.neighbors[k]!, w.weights[k]!);
    for (let k = t.offsets[i]!; k < t.offsets[i + 1]!; k++) if (t.from[k]! > i) add(t.from[k]!, t.weight[k]!);
    touched.sort((a, b) => a - b);
    for (const j of touched) {
      to[m] = j;
      weight[m++] = acc[j]!;
      seen[j] = 0;
    }
    touched.length = 0;
    offsets[i + 1] = m;
  }
  return { offsets, to: to.slice(0, m), weight: weight.slice(0, m) };
}

/** Permutations evaluated together (lanes of the interleaved buffer). */
export const LANES = 8;

/**
 * z'Wz of the LANES arrangements interleaved in `z8` (value of unit i in lane p at z8[8i + p])
 * into `out[0..8)`: Σ_i z_i Σ_{j > i} (w_ij + w_ji) z_j per lane.
 */
export function quadraticForms(links: UpperLinks, z8: Float64Array, out: Float64Array): void {
  const { offsets, to, weight } = links;
  const n = offsets.length - 1;
  let t0 = 0;
  let t1 = 0;
  let t2 = 0;
  let t3 = 0;
  let t4 = 0;
  let t5 = 0;
  let t6 = 0;
  let t7 = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const end = offsets[i + 1]!;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let s4 = 0;
    let s5 = 0;
    let s6 = 0;
    let s7 = 0;
    for (; k < end; k++) {
      const c = weight[k]!;
      const b = 8 * to[k]!;
      s0 += c * z8[b]!;
      s1 += c * z8[b + 1]!;
      s2 += c * z8[b + 2]!;
      s3 += c * z8[b + 3]!;
      s4 += c * z8[b + 4]!;
      s5 += c * z8[b + 5]!;
      s6 += c * z8[b + 6]!;
      s7 += c * z8[b + 7]!;
    }
    const a = 8 * i;
    t0 += z8[a]! * s0;
    t1 += z8[a + 1]! * s1;
    t2 += z8[a + 2]! * s2;
    t3 += z8[a + 3]! * s3;
    t4 += z8[a + 4]! * s4;
    t5 += z8[a + 5]! * s5;
    t6 += z8[a + 6]! * s6;
    t7 += z8[a + 7]! * s7;
  }
  out[0] = t0;
  out[1] = t1;
  out[2] = t2;
  out[3] = t3;
  out[4] = t4;
  out[5] = t5;
  out[6] = t6;
  out[7] = t7;
}

/**
 * `r` permuted Moran's I values of the deviations z: (n / S0) · z_π'Wz_π / Σz². Permutation k is
 * the (⌊k / 8⌋ + 1)-th shuffle of lane k mod 8; the lanes are shuffled in order from one generator.
 */
export function moranSimulations(w: SpatialWeights, z: Float64Array, s0: number, r: number, rng: Rng): Float64Array {
  const n = z.length;
  const links = upperLinks(w);
  let den = 0;
  for (let i = 0; i < n; i++) den += z[i]! * z[i]!;
  const scale = n / s0 / den;
  const z8 = new Float64Array(LANES * n);
  for (let i = 0; i < n; i++) z8.fill(z[i]!, LANES * i, LANES * i + LANES);
  const forms = new Float64Array(LANES);
  const shuffle = n <= 0x10000 ? rng.shuffleShort : rng.shuffle; // two draws a word when n allows
  const sims = new Float64Array(r);
  for (let k = 0; k < r; k += LANES) {
    const used = Math.min(LANES, r - k);
    for (let p = 0; p < used; p++) shuffle(z8, n, LANES, p);
    quadraticForms(links, z8, forms);
    for (let p = 0; p < used; p++) sims[k + p] = scale * forms[p]!;
  }
  return sims;
}
