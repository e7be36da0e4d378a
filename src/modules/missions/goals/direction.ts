/**
 * Does a target point the wrong way from its baseline? Lower-is-better (decrease) with a target at
 * or above the baseline, or higher-is-better (increase) at or below it. One exception: a count
 * that is already 0 cannot go lower, so "keep it at 0" (decrease, baseline 0, target 0) is fine.
 * No baseline (custom measurements still to come, nothing suppressed shown): nothing to compare.
 * The web form uses the same rule (web/src/pages/missions/goal-form.ts).
 */
export function wrongDirection(direction: 'decrease' | 'increase', baseline: number | null, target: number): boolean {
  if (baseline === null || !Number.isFinite(baseline)) return false;
  if (direction === 'decrease') return target > baseline || (target === baseline && baseline !== 0);
  return target <= baseline;
}
