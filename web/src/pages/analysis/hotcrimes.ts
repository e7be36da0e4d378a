/** The significance verdict of a hotcrimes row (q ≤ alpha after BH), for the table. Pure. */
import type { HotcrimeRow } from './types.ts';

export type Verdict = 'notTested' | 'significantUp' | 'significantDown' | 'notSignificant' | 'suppressed';

export function verdictOf(row: HotcrimeRow, alpha = 0.05): Verdict {
  if (!row.tested) return 'notTested';
  if (row.suppressed || row.q === null) return 'suppressed';
  if (row.q > alpha) return 'notSignificant';
  return (row.rateRatio ?? 1) >= 1 ? 'significantUp' : 'significantDown';
}
