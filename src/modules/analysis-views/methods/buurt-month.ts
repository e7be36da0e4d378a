/**
 * The loop of the buurt × month counts (views/counts.ts), on table and indices alone so the views'
 * worker threads run it too (worker/table-jobs.ts).
 */
import { NONE, type EventTable } from '../../incidents/index.ts';

/** counts[buurt · M + month] of the events `idx` by month start `starts` (UTC minutes); events without a buurt are left out. */
export function buurtMonthTally(t: EventTable, idx: Uint32Array, starts: readonly number[]): Float64Array {
  const M = starts.length;
  const out = new Float64Array(t.areaCodes.length * M);
  const avg = 43_830;
  for (let i = 0; i < idx.length; i++) {
    const k = idx[i]!;
    const b = t.buurt[k]!;
    if (b === NONE) continue;
    const s = t.startMin[k]!;
    let m = Math.min(M - 1, Math.max(0, Math.floor((s - starts[0]!) / avg)));
    while (m > 0 && s < starts[m]!) m--;
    while (m < M - 1 && s >= starts[m + 1]!) m++;
    out[b * M + m]!++;
  }
  return out;
}
