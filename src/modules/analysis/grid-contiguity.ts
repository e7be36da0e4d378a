/**
 * Contiguity weights for a regular nrows × ncols lattice (as PySAL `lat2W`): cells are numbered
 * row-major, cell = row·ncols + col. Rook: shared edge (≤ 4 neighbours); queen: shared edge or
 * corner (≤ 8 neighbours). Binary weights.
 */
import type { SpatialWeights } from './weights.ts';

export type Contiguity = 'rook' | 'queen';

export function gridContiguity(nrows: number, ncols: number, kind: Contiguity = 'rook'): SpatialWeights {
  const n = nrows * ncols;
  const offsets = new Int32Array(n + 1);
  const scratch = new Int32Array(n * (kind === 'queen' ? 8 : 4));
  let m = 0;
  for (let r = 0; r < nrows; r++) {
    for (let c = 0; c < ncols; c++) {
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          if ((dr === 0 && dc === 0) || (kind === 'rook' && dr !== 0 && dc !== 0)) continue;
          const rr = r + dr;
          const cc = c + dc;
          if (rr >= 0 && rr < nrows && cc >= 0 && cc < ncols) scratch[m++] = rr * ncols + cc;
        }
      }
      offsets[r * ncols + c + 1] = m;
    }
  }
  const neighbors = scratch.slice(0, m);
  const weights = new Float64Array(m).fill(1);
  return { n, offsets, neighbors, weights, ids: Array.from({ length: n }, (_, i) => String(i)) };
}
