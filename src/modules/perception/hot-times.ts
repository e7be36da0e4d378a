/**
 * Hot times of a wijk for the wijkgesprek report: aoristic hour-of-week profile (analysis module,
 * Ratcliffe 2000) of the incident-level events in the wijk in a year, reduced to the busiest
 * weekday × part-of-day blocks. The events (start in the UTC calendar year, in the wijk: the
 * incidents module's one selection, `selectEvents`) come from its in-memory columns
 * (`getIncidentColumns`; UTC minutes, spread over real elapsed time in Amsterdam hours; end = start
 * when the source gives none), not from SQL: the table has no time index. Empty when no
 * incident-level events are loaded — the report then says so.
 */
import type { ServiceContext } from '../../core/context.ts';
import { aoristicHourOfWeek } from '../analysis/index.ts';
import { eventTableOf, getIncidentColumns, selectEvents } from '../incidents/index.ts';
import type { Disclosure } from '../analysis/index.ts';

const DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const PARTS = [
  { name: 'nacht (0–6 uur)', from: 0 },
  { name: 'ochtend (6–12 uur)', from: 6 },
  { name: 'middag (12–18 uur)', from: 12 },
  { name: 'avond (18–24 uur)', from: 18 },
];

export interface HotTimes {
  /** null when the caller may not see how few incidents there were (then no blocks either). */
  events: number | null;
  blocks: { label: string; share: number }[];
}

export async function hotTimes(
  ctx: ServiceContext,
  gemeente: string,
  wijkCode: string,
  year: number,
  rule: Disclosure,
  top = 3,
): Promise<HotTimes> {
  const cols = await getIncidentColumns(ctx, gemeente);
  const { idx } = selectEvents(eventTableOf(cols), {
    fromMin: Date.UTC(year, 0, 1) / 60_000,
    toMin: Date.UTC(year + 1, 0, 1) / 60_000,
    area: wijkCode,
  });
  if (idx.length === 0) return { events: 0, blocks: [] };
  if (rule.isHidden(idx.length)) return { events: rule.count(idx.length), blocks: [] };
  const profile = aoristicHourOfWeek({
    startUtc: Array.from(idx, (k) => cols.startMin[k]!),
    endUtc: Array.from(idx, (k) => cols.endMin[k]!),
  });
  const blocks = DAYS.flatMap((day, d) =>
    PARTS.map((p) => ({
      label: `${day}${p.name.startsWith('nacht') ? 'nacht' : p.name.split(' ')[0]} ${p.name.slice(p.name.indexOf('('))}`,
      share: Array.from({ length: 6 }, (_, h) => profile[d * 24 + p.from + h]!).reduce((a, b) => a + b, 0) / idx.length,
    })),
  );
  return {
    events: idx.length,
    blocks: blocks
      .sort((a, b) => b.share - a.share)
      .slice(0, top)
      .map((b) => ({ ...b, share: Math.round(b.share * 1000) / 10 })),
  };
}
