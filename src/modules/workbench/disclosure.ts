/**
 * Disclosure control and the metadata every view carries.
 * Rule: for callers without `analysis:detail`, every published count (area, cell, type, week,
 * hour-of-week value, pair count) with 0 < value < minCellCount is replaced by null and counted in
 * `meta.suppressedCells`; zeros and values ≥ the minimum are shown. Values derived from a
 * suppressed count (rates, ratios, shares) are suppressed with it. Analysts see everything.
 * Numbers are suppressed, never rounded (rounding leaks through differences).
 */
import { authorize, can, type ServiceContext } from '../../core/context.ts';
import type { Meta } from './schema.ts';
import type { Selection } from './selection.ts';

export class Disclosure {
  suppressed = 0;
  constructor(readonly detail: boolean, readonly min: number) {}

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

/** Authorises a workbench call and sets up its disclosure control. */
export function workbenchAccess(ctx: ServiceContext, minCellCount: number): Disclosure {
  authorize(ctx, 'analysis:read');
  return new Disclosure(can(ctx.actor, 'analysis:detail'), minCellCount);
}

/** The note every view carries when events without a buurt were left out (selection.ts). */
export function withoutBuurtNote(shown: number | null): string {
  const n = shown === null ? 'A few' : String(shown);
  return `${n} event(s) of the period without a buurt (a point outside the municipality, or never placed) are left out of every view, city-wide ones included`;
}

export function metaOf(sel: Selection, q: { crimeTypes?: string[] | undefined; categories?: string[] | undefined }, d: Disclosure, notes: string[] = []): Meta {
  const n = sel.idx.length;
  const withoutBuurt = d.count(sel.withoutBuurt);
  return {
    source: sel.source, from: sel.period.from, to: sel.period.to, area: sel.area,
    crimeTypes: q.crimeTypes ?? null, categories: q.categories ?? null,
    events: d.count(n), synthetic: sel.syntheticCount > 0, syntheticShare: n ? sel.syntheticCount / n : 0,
    withoutBuurt, minCellCount: d.min, detail: d.detail, suppressedCells: d.suppressed,
    notes: sel.withoutBuurt > 0 ? [...notes, withoutBuurtNote(withoutBuurt)] : notes,
  };
}
