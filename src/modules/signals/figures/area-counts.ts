/**
 * Counts of reports per area and per category in a period, for other modules' figures (the
 * perception profile's "reported nuisance" index and top categories). Read-only aggregates: no
 * description, contact or address leaves the module. A merged duplicate is not counted (it is the
 * report it was merged into); the period is on the creation time, `from` inclusive, `to` exclusive.
 * Partners' early signals (source 'partner') are not residents' reports and feed public figures
 * (the safety profile): they are left out here; staff analyse them with `earlySignalEvents`.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

export interface CountPeriod {
  gemeente: string;
  from: Date;
  to: Date;
}

/** Reports in the categories with a role: `nuisance` = counts in the "reported nuisance" index (signal_categories.is_nuisance). */
export interface CategorySelection {
  role: 'nuisance';
}

function reportsIn(db: Db, p: CountPeriod) {
  return db
    .selectFrom('signals')
    .leftJoin('signal_categories', (j) =>
      j
        .onRef('signal_categories.slug', '=', 'signals.category_slug')
        .onRef('signal_categories.gemeente_code', '=', 'signals.gemeente_code'),
    )
    .where('signals.gemeente_code', '=', p.gemeente)
    .where('signals.merged_into_id', 'is', null)
    .where('signals.status', '!=', 'split') // its parts count
    .where('signals.source', '!=', 'partner')
    .where('signals.created_at', '>=', p.from)
    .where('signals.created_at', '<', p.to);
}

const areaColumn = (level: 'buurt' | 'wijk') => (level === 'wijk' ? 'signals.wijk_code' : 'signals.buurt_code');

/** Reports per buurt or wijk code in the selected categories (areas without reports are absent = 0; reports without an area are left out). */
export async function signalCountsPerArea(
  db: Db,
  p: CountPeriod,
  level: 'buurt' | 'wijk',
  categories: CategorySelection,
): Promise<Map<string, number>> {
  const col = areaColumn(level);
  const rows = await reportsIn(db, p)
    .where(`signal_categories.is_${categories.role}`, '=', true)
    .select([sql<string | null>`${sql.ref(col)}`.as('area'), (eb) => eb.fn.countAll().as('n')])
    .groupBy(col)
    .execute();
  return new Map(rows.filter((r) => r.area).map((r) => [r.area!, Number(r.n)]));
}

/** Reports per category (all categories) in one buurt or wijk, or in the whole municipality when `area` is absent. */
export async function signalCountsPerCategory(
  db: Db,
  p: CountPeriod,
  area?: { level: 'buurt' | 'wijk'; code: string },
): Promise<{ category: string; name: string | null; reports: number }[]> {
  let q = reportsIn(db, p);
  if (area) q = q.where(areaColumn(area.level), '=', area.code);
  const rows = await q
    .select(['signals.category_slug', 'signal_categories.name', (eb) => eb.fn.countAll().as('n')])
    .groupBy(['signals.category_slug', 'signal_categories.name'])
    .execute();
  return rows.map((r) => ({ category: r.category_slug, name: r.name, reports: Number(r.n) }));
}

/** Whether demo reports (demo content, `signals.demo`) count in the period, so a figure built on them can carry the demo label. */
export async function demoReportsIn(db: Db, p: CountPeriod): Promise<boolean> {
  const row = await reportsIn(db, p).where('signals.demo', '=', true).select('signals.id').limit(1).executeTakeFirst();
  return row !== undefined;
}
