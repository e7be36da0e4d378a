/**
 * Where and when the demo missions play, found the way an analyst would: the wijk with the most
 * registered burglaries (and the one with the most vandalism) in the last twelve months of data,
 * its three most affected buurten as the scope (hotspots), the hour of the week with most events
 * (hottimes), and a start 7 or 9 months before the latest incident, so there is an after-period
 * for the effect. Anchored on the latest incident date (or on "now" without incidents).
 */
import type { ServiceContext } from '../../../core/context.ts';
import { hourOfWeek } from '../../analysis/index.ts';
import { getIncidentColumns } from '../../incidents/index.ts';

const DAY = 86_400_000;
const MINUTE = 60_000;

export interface MissionPlan {
  wijk: string;
  /** The scope: the wijk's buurten with the most events, in the indeling of the events. */
  buurten: string[];
  areaYear: number;
  crimeTypes: string[];
  /** Start of the approach (YYYY-MM-DD, the first of a month). */
  start: string;
  /** Events in the scope in the twelve months before the start (the goal's baseline). */
  baseline: number;
  /** The busiest hours of the week (0 = Monday 00–01, local time) in the scope. */
  hoursOfWeek: number[];
}

const matches = (code: string, types: string[]) => types.some((t) => (t.endsWith('.*') ? code.startsWith(t.slice(0, -1)) : code === t));

/** First day of the month `months` before the month of `ms`, as YYYY-MM-DD. */
export function monthStart(ms: number, months: number): string {
  const d = new Date(ms);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1)).toISOString().slice(0, 10);
}

/** Latest event start (UTC ms) of the municipality, or null without events. */
export async function latestIncident(ctx: ServiceContext, gemeente: string): Promise<number | null> {
  const cols = await getIncidentColumns(ctx, gemeente);
  let last = -Infinity;
  for (let k = 0; k < cols.length; k++) last = Math.max(last, cols.startMin[k]!);
  return cols.length ? last * MINUTE : null;
}

/** The plan of a mission on `crimeTypes` starting `monthsBack` months before `anchor`, outside `avoid` wijken. */
export async function planMission(
  ctx: ServiceContext,
  gemeente: string,
  q: { crimeTypes: string[]; anchor: number; monthsBack: number; avoid: string[] },
): Promise<MissionPlan | null> {
  const cols = await getIncidentColumns(ctx, gemeente);
  const start = monthStart(q.anchor, q.monthsBack);
  const to = Date.parse(`${start}T00:00:00Z`) / MINUTE;
  const from = to - (365 * DAY) / MINUTE;
  const perWijk = new Map<string, Map<string, number>>();
  const hours = new Map<string, Float64Array>();
  let areaYear = 0;
  for (let k = 0; k < cols.length; k++) {
    const s = cols.startMin[k]!;
    if (s < from || s >= to || !matches(cols.crimeTypes.codes[cols.crimeType[k]!]!, q.crimeTypes)) continue;
    const wijk = cols.areas.codes[cols.wijk[k]!];
    const buurt = cols.areas.codes[cols.buurt[k]!];
    if (!wijk || !buurt || q.avoid.includes(wijk)) continue;
    const buurten = perWijk.get(wijk) ?? new Map<string, number>();
    buurten.set(buurt, (buurten.get(buurt) ?? 0) + 1);
    perWijk.set(wijk, buurten);
    const h = hours.get(buurt) ?? new Float64Array(168);
    h[hourOfWeek(cols.startLocal[k]!)]! += 1;
    hours.set(buurt, h);
    areaYear = cols.areaYear[k]!;
  }
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const [wijk, buurten] = [...perWijk].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0]))[0] ?? [];
  if (!wijk || !buurten) return null;
  const scope = [...buurten].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
  const week = new Float64Array(168);
  for (const [code] of scope) {
    const h = hours.get(code)!;
    for (let i = 0; i < 168; i++) week[i]! += h[i]!;
  }
  const hoursOfWeek = [...week.keys()]
    .sort((a, b) => week[b]! - week[a]! || a - b)
    .slice(0, 12)
    .sort((a, b) => a - b);
  return {
    wijk,
    buurten: scope.map(([c]) => c).sort(),
    areaYear,
    crimeTypes: q.crimeTypes,
    start,
    baseline: scope.reduce((n, [, v]) => n + v, 0),
    hoursOfWeek,
  };
}
