/**
 * Early signals (source 'partner', early/) as events for the analysis views: time, theme
 * (category), buurt. They carry no point: x/y are NaN, so only area and time views may use them
 * (the analysis refuses point views for this source). A wijk-only signal has no buurt and is
 * left out by the views' one rule for events without a buurt (counted in meta.withoutBuurt).
 */
import { authorize, type ServiceContext } from '../../../core/context.ts';

export interface EarlySignalEvents {
  count: number;
  /** Time raised, epoch milliseconds. */
  time: Float64Array;
  category: string[];
  buurtCode: Array<string | null>;
}

export async function earlySignalEvents(
  ctx: ServiceContext,
  gemeente: string,
  q: { categories?: string[] } = {},
): Promise<EarlySignalEvents> {
  authorize(ctx, 'signals:read');
  let query = ctx.db
    .selectFrom('signals')
    .select(['created_at', 'category_slug', 'buurt_code'])
    .where('gemeente_code', '=', gemeente)
    .where('source', '=', 'partner')
    .where('merged_into_id', 'is', null);
  // Themes are the sub-categories of 'vroegsignalen': a main-category filter names that one.
  if (q.categories?.length && !q.categories.includes('vroegsignalen')) query = query.where('category_slug', 'in', q.categories);
  const rows = await query.orderBy('created_at').execute();
  return {
    count: rows.length,
    time: Float64Array.from(rows, (r) => r.created_at.getTime()),
    category: rows.map((r) => r.category_slug),
    buurtCode: rows.map((r) => r.buurt_code),
  };
}
