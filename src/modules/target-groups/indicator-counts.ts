/**
 * Counts behind the indicators, per buurt: reports in a group's categories (signals module,
 * `signalEvents`: reports with a location, merged duplicates left out, split reports as their
 * parts) and registered crime of a group's types (incidents module, the event columns). Both are
 * read once for the two periods together and bucketed here. Aggregates only: nothing of a report
 * or an incident other than its buurt, category/type and time is read.
 */
import { type ServiceContext, systemContext } from '../../core/context.ts';
import { eventTableOf, getIncidentColumns, NONE, selectEvents } from '../incidents/index.ts';
import { signalEvents } from '../signals/index.ts';
import type { TargetGroupRow } from './store.ts';

export interface Period {
  /** Inclusive start and exclusive end, UTC midnight. */
  from: Date;
  to: Date;
}

/** Per group id: per period index (0 = current, 1 = previous): buurt code → count. */
export type GroupCounts = Map<string, { reports: Map<string, number>[]; crimes: Map<string, number>[] }>;

const add = (m: Map<string, number>, code: string) => m.set(code, (m.get(code) ?? 0) + 1);

export async function countPerBuurt(
  ctx: ServiceContext,
  gemeente: string,
  groups: readonly TargetGroupRow[],
  periods: readonly Period[],
): Promise<GroupCounts> {
  const out: GroupCounts = new Map(
    groups.map((g) => [g.id, { reports: periods.map(() => new Map()), crimes: periods.map(() => new Map()) }]),
  );
  await countReports(ctx, gemeente, groups, periods, out);
  await countCrimes(ctx, gemeente, groups, periods, out);
  return out;
}

async function countReports(
  ctx: ServiceContext,
  gemeente: string,
  groups: readonly TargetGroupRow[],
  periods: readonly Period[],
  out: GroupCounts,
): Promise<void> {
  const slugs = [...new Set(groups.flatMap((g) => g.category_slugs))];
  if (slugs.length === 0) return;
  const from = new Date(Math.min(...periods.map((p) => p.from.getTime())));
  const to = new Date(Math.max(...periods.map((p) => p.to.getTime())));
  // The caller was authorised (network:read) for these aggregates; the export itself asks signals:read.
  const events = await signalEvents(systemContext(ctx.db, 'target-groups'), gemeente, { from, to, categories: slugs });
  for (let i = 0; i < events.count; i++) {
    const buurt = events.buurtCode[i];
    if (!buurt) continue;
    const period = periods.findIndex((p) => events.time[i]! >= p.from.getTime() && events.time[i]! < p.to.getTime());
    if (period < 0) continue;
    for (const g of groups) {
      if (g.category_slugs.includes(events.category[i]!) || g.category_slugs.includes(events.mainCategory[i]!))
        add(out.get(g.id)!.reports[period]!, buurt);
    }
  }
}

async function countCrimes(
  ctx: ServiceContext,
  gemeente: string,
  groups: readonly TargetGroupRow[],
  periods: readonly Period[],
  out: GroupCounts,
): Promise<void> {
  if (!groups.some((g) => g.crime_types.length > 0)) return;
  const table = eventTableOf(await getIncidentColumns(ctx, gemeente));
  for (const g of groups) {
    // An empty type list would select every type: a group without crime types counts none.
    if (g.crime_types.length === 0) continue;
    periods.forEach((p, period) => {
      const { idx } = selectEvents(table, { fromMin: p.from.getTime() / 60_000, toMin: p.to.getTime() / 60_000, types: g.crime_types });
      const counts = out.get(g.id)!.crimes[period]!;
      for (const k of idx) {
        const b = table.buurt[k]!;
        if (b !== NONE) add(counts, table.areaCodes[b]!);
      }
    });
  }
}
