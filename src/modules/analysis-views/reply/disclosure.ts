/**
 * The views' use of the disclosure rule (analysis `Disclosure`): who may see detail, and the
 * metadata every view carries.
 */
import { authorize, can, type ServiceContext } from '../../../core/context.ts';
import { Disclosure } from '../../analysis/index.ts';
import type { Selection } from '../events/selection.ts';
import type { Meta } from '../schema.ts';

/** Authorises a view and sets up its disclosure control. */
export function viewAccess(ctx: ServiceContext, minCellCount: number): Disclosure {
  authorize(ctx, 'analysis:read');
  return new Disclosure(can(ctx.actor, 'analysis:detail'), minCellCount);
}

/** The note every view carries when events without a buurt were left out (events/selection.ts). */
export function withoutBuurtNote(shown: number | null): string {
  const n = shown === null ? 'A few' : String(shown);
  return `${n} event(s) of the period without a buurt (a point outside the municipality, or never placed) are left out of every view, city-wide ones included`;
}

export function metaOf(
  sel: Selection,
  q: { crimeTypes?: string[] | undefined; categories?: string[] | undefined },
  d: Disclosure,
  notes: string[] = [],
): Meta {
  const n = sel.idx.length;
  const withoutBuurt = d.count(sel.withoutBuurt);
  return {
    source: sel.source,
    from: sel.period.from,
    to: sel.period.to,
    area: sel.area,
    crimeTypes: q.crimeTypes ?? null,
    categories: q.categories ?? null,
    events: d.count(n),
    synthetic: sel.syntheticCount > 0,
    syntheticShare: n ? sel.syntheticCount / n : 0,
    withoutBuurt,
    minCellCount: d.min,
    detail: d.detail,
    suppressedCells: d.suppressed,
    notes: sel.withoutBuurt > 0 ? [...notes, withoutBuurtNote(withoutBuurt)] : notes,
  };
}
