/**
 * Sparse spatial weights in compressed-sparse-row form (as PySAL `W.sparse` / spdep `listw`):
 * the neighbours of unit i are `neighbors[offsets[i] .. offsets[i+1])` with weights at the same
 * positions. Units are data rows 0..n−1; `ids` keeps the original identifiers for output.
 * The diagonal (self-weight) is never stored: statistics that need it (Gi*) add it explicitly.
 */
export interface SpatialWeights {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly neighbors: Int32Array;
  readonly weights: Float64Array;
  readonly ids: readonly string[];
}

export type WeightsTransform = 'b' | 'r';

export interface NeighbourList {
  neighbors: readonly number[];
  weights?: readonly number[];
}

/** Builds CSR weights from per-unit neighbour lists (weights default to 1). Self-links are rejected. */
export function weightsFromLists(lists: readonly NeighbourList[], ids?: readonly string[]): SpatialWeights {
  const n = lists.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + lists[i]!.neighbors.length;
  const neighbors = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  for (let i = 0; i < n; i++) {
    const { neighbors: nb, weights: wt } = lists[i]!;
    for (let k = 0; k < nb.length; k++) {
      const j = nb[k]!;
      if (!Number.isInteger(j) || j < 0 || j >= n) throw new RangeError(`unit ${i}: neighbour ${j} out of range`);
      if (j === i) throw new RangeError(`unit ${i}: self-link in weights (use Gi* for self-weights)`);
      neighbors[offsets[i]! + k] = j;
      weights[offsets[i]! + k] = wt ? wt[k]! : 1;
    }
  }
  return { n, offsets, neighbors, weights, ids: ids ?? Array.from({ length: n }, (_, i) => String(i)) };
}

/** Row sums W_i = Σ_j w_ij. */
export function rowSums(w: SpatialWeights): Float64Array {
  const out = new Float64Array(w.n);
  for (let i = 0; i < w.n; i++) {
    let s = 0;
    for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) s += w.weights[k]!;
    out[i] = s;
  }
  return out;
}

/**
 * Transforms as PySAL `W.transform`: 'b' binary (every stored link 1), 'r' row-standardised
 * (w_ij / Σ_j w_ij, so each row with neighbours sums to 1; islands stay empty).
 */
export function transformWeights(w: SpatialWeights, transform: WeightsTransform): SpatialWeights {
  const weights = new Float64Array(w.weights.length);
  if (transform === 'b') {
    weights.fill(1);
  } else {
    const sums = rowSums(w);
    for (let i = 0; i < w.n; i++) {
      for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) weights[k] = w.weights[k]! / sums[i]!;
    }
  }
  return { ...w, weights };
}

/** True when w_ij = w_ji (within `tolerance`) for every stored link, and every link has its reverse. */
export function isSymmetric(w: SpatialWeights, tolerance = 1e-12): boolean {
  return findAsymmetry(w, tolerance) === null;
}

/** The first link (i, j) whose reverse is missing or different, or null when symmetric. */
export function findAsymmetry(w: SpatialWeights, tolerance = 1e-12): { i: number; j: number } | null {
  for (let i = 0; i < w.n; i++) {
    for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) {
      const j = w.neighbors[k]!;
      const back = weightOf(w, j, i);
      if (back === undefined || Math.abs(back - w.weights[k]!) > tolerance) return { i, j };
    }
  }
  return null;
}

function weightOf(w: SpatialWeights, i: number, j: number): number | undefined {
  for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) if (w.neighbors[k] === j) return w.weights[k]!;
  return undefined;
}

/** Spatial lag (Wy)_i = Σ_j w_ij y_j. */
export function spatialLag(w: SpatialWeights, y: ArrayLike<number>): Float64Array {
  const out = new Float64Array(w.n);
  for (let i = 0; i < w.n; i++) {
    let s = 0;
    for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) s += w.weights[k]! * y[w.neighbors[k]!]!;
    out[i] = s;
  }
  return out;
}

/**
 * Cliff & Ord (1981) weight constants: S0 = Σ_i Σ_j w_ij, S1 = ½ Σ_i Σ_j (w_ij + w_ji)²,
 * S2 = Σ_i (w_i· + w_·i)². Works for asymmetric weights.
 */
export function weightSums(w: SpatialWeights): { s0: number; s1: number; s2: number } {
  const rows = rowSums(w);
  const cols = new Float64Array(w.n);
  let s0 = 0;
  let s1 = 0;
  for (let i = 0; i < w.n; i++) {
    for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) {
      const j = w.neighbors[k]!;
      const wij = w.weights[k]!;
      const wji = weightOf(w, j, i);
      cols[j] = cols[j]! + wij;
      s0 += wij;
      // ordered pairs (i,j) and (j,i): a stored reverse link is visited on its own; a missing one is not
      s1 += wji === undefined ? 2 * wij * wij : (wij + wji) ** 2;
    }
  }
  let s2 = 0;
  for (let i = 0; i < w.n; i++) s2 += (rows[i]! + cols[i]!) ** 2;
  return { s0, s1: s1 / 2, s2 };
}

/** Largest number of neighbours of any unit. */
export function maxCardinality(w: SpatialWeights): number {
  let m = 0;
  for (let i = 0; i < w.n; i++) m = Math.max(m, w.offsets[i + 1]! - w.offsets[i]!);
  return m;
}
