/**
 * The permutation loop of the Knox test (knox.ts), made cheap: the close pairs are grouped by space
 * band once (`pairsBySpaceBand`), so a permutation only relabels the times and counts each pair's
 * time band, found by table (knox-pairs.ts `bandOf`, written out in the loop), into its group's row — no band search, no
 * allocation per permutation.
 */
import { bandOf, type BandTable, type ClosePairs } from './knox-pairs.ts';

/** Close pairs ordered by space band: group s is [starts[s], starts[s+1]); the last group holds band −1. */
export interface PairGroups {
  i: Int32Array;
  j: Int32Array;
  starts: Int32Array;
}

/** Groups the pairs of bands 0..rows−1 in order, then those below the first break (band −1). */
export function pairsBySpaceBand(pairs: ClosePairs, rows: number): PairGroups {
  const starts = new Int32Array(rows + 2);
  const groupOf = (k: number) => (pairs.band[k]! < 0 ? rows : pairs.band[k]!);
  for (let k = 0; k < pairs.count; k++) starts[groupOf(k) + 1]!++;
  for (let g = 0; g <= rows; g++) starts[g + 1]! += starts[g]!;
  const fill = starts.slice(0, rows + 1);
  const i = new Int32Array(pairs.count);
  const j = new Int32Array(pairs.count);
  for (let k = 0; k < pairs.count; k++) {
    const at = fill[groupOf(k)]!++;
    i[at] = pairs.i[k]!;
    j[at] = pairs.j[k]!;
  }
  return { i, j, starts };
}

/**
 * Counts the grouped pairs by time band of |t_i − t_j| into `counts`, (groups) × (bands + 1): row g
 * for group g, the spare last column for pairs in no time band. `counts` is overwritten.
 */
export function countByTimeBand(groups: PairGroups, t: Float64Array, table: BandTable, counts: Float64Array): void {
  // bandOf written out with the table's fields in locals: this loop runs pairs × permutations times
  const { cells, mixed, scale, lastFinite, above } = table;
  const last = cells.length - 1;
  const width = table.outside + 1;
  const { i, j, starts } = groups;
  counts.fill(0);
  for (let g = 0; g + 1 < starts.length; g++) {
    const row = g * width;
    // most pairs are far apart in time: they are not counted one by one but as the rest of the group
    let counted = 0;
    for (let k = starts[g]!; k < starts[g + 1]!; k++) {
      const v = Math.abs(t[i[k]!]! - t[j[k]!]!);
      if (v < lastFinite) {
        const c = Math.min(last, (v * scale) | 0);
        counts[row + (mixed[c] ? bandOf(table, v) : cells[c]!)]!++;
        counted++;
      } else if (Number.isNaN(v)) {
        counts[row + table.outside]!++; // NaN
        counted++;
      }
    }
    counts[row + above]! += starts[g + 1]! - starts[g]! - counted;
  }
}
