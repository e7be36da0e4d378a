/**
 * Hot times of a wijk for the wijkgesprek report: aoristic hour-of-week profile (analysis module,
 * Ratcliffe 2000) of the incident-level events in the wijk in a year, reduced to the busiest
 * weekday × part-of-day blocks. The incidents module exports no per-area event query, so this is
 * a small **read-only** query on its `incidents` table (times and wijk only). Empty when no
 * incident-level events are loaded — the report then says so.
 */
import type { ServiceContext } from '../../core/context.ts';
import { aoristicHourOfWeek, localMinutes } from '../analysis/service.ts';

const DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const PARTS = [
  { name: 'nacht (0–6 uur)', from: 0 },
  { name: 'ochtend (6–12 uur)', from: 6 },
  { name: 'middag (12–18 uur)', from: 12 },
  { name: 'avond (18–24 uur)', from: 18 },
];

const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const toLocalMinutes = (d: Date) => localMinutes(local.format(d).replace(' ', 'T'));

export interface HotTimes {
  events: number;
  blocks: { label: string; share: number }[];
}

export async function hotTimes(ctx: ServiceContext, gemeente: string, wijkCode: string, year: number, top = 3): Promise<HotTimes> {
  const rows = await ctx.db
    .selectFrom('incidents')
    .select(['start_time', 'end_time'])
    .where('gemeente_code', '=', gemeente)
    .where('wijk_code', '=', wijkCode)
    .where('start_time', '>=', new Date(Date.UTC(year, 0, 1)))
    .where('start_time', '<', new Date(Date.UTC(year + 1, 0, 1)))
    .execute();
  if (rows.length === 0) return { events: 0, blocks: [] };
  const start = rows.map((r) => toLocalMinutes(r.start_time));
  const end = rows.map((r, i) => (r.end_time ? toLocalMinutes(r.end_time) : start[i]!));
  const profile = aoristicHourOfWeek(start, end);
  const blocks = DAYS.flatMap((day, d) => PARTS.map((p) => ({ label: `${day}${p.name.startsWith('nacht') ? 'nacht' : p.name.split(' ')[0]} ${p.name.slice(p.name.indexOf('('))}`, share: Array.from({ length: 6 }, (_, h) => profile[d * 24 + p.from + h]!).reduce((a, b) => a + b, 0) / rows.length })));
  return { events: rows.length, blocks: blocks.sort((a, b) => b.share - a.share).slice(0, top).map((b) => ({ ...b, share: Math.round(b.share * 1000) / 10 })) };
}
