/**
 * Residents' reports (signals) per area and year, for the "reported nuisance" index and the top
 * report categories of a profile. The counts come from the signals module (signalCountsPerArea,
 * signalCountsPerCategory: read-only aggregates, no personal data); this file says which categories
 * are nuisance and which period a year is.
 *
 * Nuisance = the categories with the role `nuisance` (set per category in Beheer → Categorieën and
 * in the seeded category files; a sub-category takes it from its main category when created), so any
 * municipality's own category tree yields the index. Merged duplicates are not counted; the year is
 * the UTC year of the report's creation.
 */
import type { ServiceContext } from '../../core/context.ts';
import type { Disclosure } from '../analysis/index.ts';
import { signalCountsPerArea, signalCountsPerCategory, type CountPeriod } from '../signals/index.ts';

function yearPeriod(gemeente: string, year: number): CountPeriod {
  return { gemeente, from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
}

/** Nuisance reports per buurt or wijk code in a year (areas without reports are absent = 0). */
export async function nuisanceCounts(
  ctx: ServiceContext,
  gemeente: string,
  level: 'buurt' | 'wijk',
  year: number,
): Promise<Map<string, number>> {
  return signalCountsPerArea(ctx.db, yearPeriod(gemeente, year), level, { role: 'nuisance' });
}

/** Nuisance reports in the whole municipality in a year (reports without a buurt are not counted). */
export async function totalNuisance(ctx: ServiceContext, gemeente: string, year: number): Promise<number> {
  const counts = await nuisanceCounts(ctx, gemeente, 'buurt', year);
  return [...counts.values()].reduce((a, b) => a + b, 0);
}

/** Top report categories (all categories) of one buurt or wijk (or the municipality: a GM code) in a year; a count the caller may not see (`rule`) is null. */
export async function topCategories(
  ctx: ServiceContext,
  gemeente: string,
  areaCode: string,
  year: number,
  rule: Disclosure,
  limit = 5,
): Promise<{ category: string; name: string; reports: number | null }[]> {
  const area = areaCode.startsWith('GM')
    ? undefined
    : { level: areaCode.startsWith('WK') ? ('wijk' as const) : ('buurt' as const), code: areaCode };
  const rows = await signalCountsPerCategory(ctx.db, yearPeriod(gemeente, year), area);
  return rows
    .map((r) => ({ category: r.category, name: r.name ?? r.category, reports: r.reports }))
    .sort((a, b) => b.reports - a.reports || a.category.localeCompare(b.category))
    .slice(0, limit)
    .map((r) => ({ ...r, reports: rule.count(r.reports) }));
}
