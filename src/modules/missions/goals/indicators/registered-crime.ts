/**
 * Registered crime in the mission scope. Incident-level events (incidents module, in-memory
 * columns) are used when they cover the baseline window; otherwise the CBS aggregated yearly counts
 * per buurt (incidents `countsByArea`, buurten scopes only, whole calendar years only). The current
 * value always uses the same source as the baseline, over a window of the same length.
 */
import { AppError } from '../../../../core/errors.ts';
import type { ServiceContext } from '../../../../core/context.ts';
import { countsByArea } from '../../../incidents/index.ts';
import { TOTAL_CRIME } from '../../../incidents/index.ts';
import { eventCoverage, eventPoints } from '../../event-points.ts';
import { scopeLabeller } from '../../scope/labeller.ts';
import { DAY_MS, dayMs, isoDay, afterBaseline, type IndicatorAdapter, type IndicatorEnv, type Reading } from './types.ts';

type Params = { source: 'registered-crime'; crimeTypes?: string[] | undefined };

async function eventCount(ctx: ServiceContext, env: IndicatorEnv, types: string[], from: string, to: string): Promise<Reading> {
  const pts = await eventPoints(ctx, env.gemeente, { from: new Date(dayMs(from)), to: new Date(dayMs(to)), crimeTypes: types });
  const labeller = await scopeLabeller(ctx, env.gemeente, env.scope, 0);
  let n = 0;
  for (let k = 0; k < pts.n; k++) if (labeller.label(pts.x[k]!, pts.y[k]!, pts.lon[k]!, pts.lat[k]!) === 'target') n++;
  return { value: n, margin: null, from, to, source: 'incidenten (geregistreerde criminaliteit, op incidentniveau)', kind: 'count' };
}

/** CBS yearly counts of the scope buurten for the whole years in [from, to); null when not exactly whole years or missing. */
async function cbsCount(ctx: ServiceContext, env: IndicatorEnv, types: string[], from: string, to: string): Promise<Reading | null> {
  if (env.scope.kind !== 'buurten' || !from.endsWith('-01-01') || !to.endsWith('-01-01') || types.length > 1 || types[0]?.endsWith('.*'))
    return null;
  const codes = new Set(env.scope.codes);
  let total = 0;
  for (let year = Number(from.slice(0, 4)); year < Number(to.slice(0, 4)); year++) {
    try {
      const rows = await countsByArea(ctx, { municipality: env.gemeente, level: 'buurt', year, crimeType: types[0] ?? TOTAL_CRIME });
      const mine = rows.filter((r) => codes.has(r.areaCode));
      if (mine.some((r) => r.count === null)) return null;
      total += mine.reduce((s, r) => s + (r.count ?? 0), 0);
    } catch (err) {
      if (err instanceof AppError && err.status === 400) return null;
      throw err;
    }
  }
  return { value: total, margin: null, from, to, source: 'CBS/Politie 47018NED (jaarcijfers per buurt)', kind: 'count' };
}

async function usesEvents(ctx: ServiceContext, env: IndicatorEnv, from: string, to: string): Promise<{ lastDay: number } | null> {
  const cov = await eventCoverage(ctx, env.gemeente);
  if (!cov) return null;
  // covered: the events start before (or in the first month of) the window and reach its end
  const covered = cov.first <= dayMs(from) + 31 * DAY_MS && cov.last >= dayMs(to) - 31 * DAY_MS;
  return covered ? { lastDay: Math.floor(cov.last / DAY_MS) * DAY_MS } : null;
}

const typesOf = (env: IndicatorEnv, i: Params) => i.crimeTypes ?? env.crimeTypes;

export const registeredCrime: IndicatorAdapter<Params> = {
  async over(ctx, env, i, from, to) {
    if (await usesEvents(ctx, env, from, to)) return eventCount(ctx, env, typesOf(env, i), from, to);
    return cbsCount(ctx, env, typesOf(env, i), from, to);
  },
  async latest(ctx, env, i, baselineFrom, baselineTo, asOf) {
    const length = dayMs(baselineTo) - dayMs(baselineFrom);
    const events = await usesEvents(ctx, env, baselineFrom, baselineTo);
    if (events) {
      // the window ends at the first day without data (or today), so an unfinished import does not look like a drop
      const end = Math.min(dayMs(asOf), events.lastDay + DAY_MS);
      if (!afterBaseline(end, length, baselineTo)) return null;
      return eventCount(ctx, env, typesOf(env, i), isoDay(end - length), isoDay(end));
    }
    const years = Math.round(length / (365.25 * DAY_MS));
    for (let y = Number(asOf.slice(0, 4)) - 1; y >= Number(baselineTo.slice(0, 4)) + years - 1; y--) {
      const r = await cbsCount(ctx, env, typesOf(env, i), `${y - years + 1}-01-01`, `${y + 1}-01-01`);
      if (r) return r;
    }
    return null;
  },
};
