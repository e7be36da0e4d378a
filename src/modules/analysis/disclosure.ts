/**
 * Disclosure control and the metadata every view carries.
 * Rule: for callers without `analysis:detail`, every published count (area, cell, type, week,
 * hour-of-week value, pair count) with 0 < value < minCellCount is replaced by null and counted in
 * `meta.suppressedCells`; zeros and values ≥ the minimum are shown. Values derived from a
 * suppressed count (rates, ratios, shares) are suppressed with it. Analysts see everything.
 * Numbers are suppressed, never rounded (rounding leaks through differences).
 */
export class Disclosure {
  suppressed = 0;
  constructor(
    readonly detail: boolean,
    readonly min: number,
  ) {}

  /** The value, or null (counted) when it is a small non-zero count the caller may not see. */
  count(v: number): number | null {
    if (this.detail || v === 0 || v >= this.min || Number.isNaN(v)) return v;
    this.suppressed++;
    return null;
  }

  /** `derived` when `count` may be shown, else null (not counted again). */
  with<T>(count: number, derived: T): T | null {
    return this.detail || count === 0 || count >= this.min ? derived : null;
  }

  isHidden(v: number): boolean {
    return !this.detail && v > 0 && v < this.min;
  }
}
