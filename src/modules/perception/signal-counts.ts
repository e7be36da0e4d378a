/**
 * Residents' reports (signals) per area and year, for the "reported nuisance" index and the top
 * report categories of a profile. The signals module exports no per-area yearly counts, so this is
 * a small **read-only** aggregate query on its tables (`signals`, `signal_categories`); it reads no
 * personal data (no description, contact or address) and writes nothing. Replace it by a signals
 * service export when one exists.
 *
 * Nuisance = main categories overlast-personen, jeugd, drugs-ondermijning and the subcategory
 * horeca-overlast (data/signals/gm0505-categories.json). Merged duplicates are not counted; the
 * year is the UTC year of the report's creation.
 */
import { sql } from 'kysely';
import type { ServiceContext } from '../../core/context.ts';
import type { Disclosure } from '../analysis/index.ts';

export const NUISANCE_MAIN_CATEGORIES = ['overlast-personen', 'jeugd', 'drugs-ondermijning'];
export const NUISANCE_SUBCATEGORIES = ['horeca-overlast'];

function yearRange(year: number): [Date, Date] {
  return [new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1))];
}

function base(ctx: ServiceContext, gemeente: string, year: number) {
  const [from, to] = yearRange(year);
  return ctx.db
    .selectFrom('signals')
    .leftJoin('signal_categories', (j) => j.onRef('signal_categories.slug', '=', 'signals.category_slug').onRef('signal_categories.gemeente_code', '=', 'signals.gemeente_code'))
    .where('signals.gemeente_code', '=', gemeente)
    .where('signals.merged_into_id', 'is', null)
    .where('signals.created_at', '>=', from)
    .where('signals.created_at', '<', to);
}

/** Nuisance reports per buurt or wijk code in a year (areas without reports are absent = 0). */
export async function nuisanceCounts(ctx: ServiceContext, gemeente: string, level: 'buurt' | 'wijk', year: number): Promise<Map<string, number>> {
  const col = level === 'wijk' ? 'signals.wijk_code' : 'signals.buurt_code';
  const rows = await base(ctx, gemeente, year)
    .where((eb) => eb.or([eb('signal_categories.parent_slug', 'in', NUISANCE_MAIN_CATEGORIES), eb('signals.category_slug', 'in', [...NUISANCE_MAIN_CATEGORIES, ...NUISANCE_SUBCATEGORIES])]))
    .select([sql<string | null>`${sql.ref(col)}`.as('area'), (eb) => eb.fn.countAll().as('n')])
    .groupBy(col)
    .execute();
  return new Map(rows.filter((r) => r.area).map((r) => [r.area!, Number(r.n)]));
}

/** Nuisance reports in the whole municipality in a year (reports without a buurt are not counted). */
export async function totalNuisance(ctx: ServiceContext, gemeente: string, year: number): Promise<number> {
  const counts = await nuisanceCounts(ctx, gemeente, 'buurt', year);
  return [...counts.values()].reduce((a, b) => a + b, 0);
}

/** Top report categories (all categories) of one buurt or wijk in a year; a count the caller may not see (`rule`) is null. */
export async function topCategories(ctx: ServiceContext, gemeente: string, areaCode: string, year: number, rule: Disclosure, limit = 5): Promise<{ category: string; name: string; reports: number | null }[]> {
  const col = areaCode.startsWith('WK') ? 'signals.wijk_code' : 'signals.buurt_code';
  let q = base(ctx, gemeente, year);
  if (!areaCode.startsWith('GM')) q = q.where(col, '=', areaCode);
  const rows = await q
    .select(['signals.category_slug', 'signal_categories.name', (eb) => eb.fn.countAll().as('n')])
    .groupBy(['signals.category_slug', 'signal_categories.name'])
    .execute();
  return rows
    .map((r) => ({ category: r.category_slug, name: r.name ?? r.category_slug, reports: Number(r.n) }))
    .sort((a, b) => b.reports - a.reports || a.category.localeCompare(b.category))
    .slice(0, limit)
    .map((r) => ({ ...r, reports: rule.count(r.reports) }));
}
