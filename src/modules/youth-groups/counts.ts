/**
 * Reports and incidents in a group's area per quarter over the last two years — aggregates only,
 * from the signals module (reports in the nuisance categories, `signalCountsPerArea`) and the
 * incidents module (registered incidents with their one event selection, `selectEvents`). Never a
 * person or a report's details. Small counts (1..minCellCount−1) are suppressed for roles without
 * `analysis:detail`, the workbench's disclosure rule (analysis `Disclosure`).
 */
import { authorize, can, type ServiceContext } from '../../core/context.ts';
import { Disclosure } from '../analysis/index.ts';
import { eventTableOf, getIncidentColumns, selectEvents } from '../incidents/index.ts';
import { signalCountsPerArea } from '../signals/index.ts';
import type { RegisterEnv } from './group-service.ts';
import { groupRows } from './group-store.ts';
import { groupNotFound } from './not-found.ts';
import type { CountsView } from './schema.ts';

export const QUARTERS = 8;

export interface Quarter {
  label: string;
  from: Date;
  to: Date;
}

/** The `n` quarters up to and including the one `today` lies in, oldest first. */
export function lastQuarters(today: string, n = QUARTERS): Quarter[] {
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  const out: Quarter[] = [];
  for (let k = n - 1; k >= 0; k--) {
    const index = year * 4 + q - k;
    const y = Math.floor(index / 4);
    const qq = index % 4;
    out.push({ label: `${y}-Q${qq + 1}`, from: new Date(Date.UTC(y, qq * 3, 1)), to: new Date(Date.UTC(y, qq * 3 + 3, 1)) });
  }
  return out;
}

export async function groupCounts(ctx: ServiceContext, env: RegisterEnv & { minCellCount: number }, id: string): Promise<CountsView> {
  authorize(ctx, 'youthgroups:read');
  const [row] = await groupRows(ctx.db, env.gemeente, { id });
  if (!row) throw groupNotFound(id);
  const area = row.area_code;
  const level = area.startsWith('WK') ? 'wijk' : 'buurt';
  const rule = new Disclosure(can(ctx.actor, 'analysis:detail'), env.minCellCount);
  const cols = await getIncidentColumns(ctx, env.gemeente);
  const table = eventTableOf(cols);
  const periods = [];
  for (const q of lastQuarters(env.today)) {
    const reports =
      (await signalCountsPerArea(ctx.db, { gemeente: env.gemeente, from: q.from, to: q.to }, level, { role: 'nuisance' })).get(area) ?? 0;
    const incidents = selectEvents(table, {
      fromMin: Math.floor(q.from.getTime() / 60_000),
      toMin: Math.floor(q.to.getTime() / 60_000),
      area,
    }).idx.length;
    periods.push({
      period: q.label,
      from: q.from.toISOString().slice(0, 10),
      to: q.to.toISOString().slice(0, 10),
      reports: rule.count(reports),
      incidents: rule.count(incidents),
    });
  }
  return { areaCode: area, periods, minCount: env.minCellCount };
}
