/**
 * Residents' reports (signals) in the mission scope, counted by report time, through the signals
 * module's analysis export. The current window has the baseline's length and ends today.
 */
import type { ServiceContext } from '../../../../core/context.ts';
import { scopeLabeller } from '../../scope/labeller.ts';
import { reportPoints } from './report-points.ts';
import { dayMs, isoDay, afterBaseline, type IndicatorAdapter, type IndicatorEnv, type Reading } from './types.ts';

type Params = { source: 'reports'; categories?: string[] | undefined };

async function count(ctx: ServiceContext, env: IndicatorEnv, i: Params, from: string, to: string): Promise<Reading> {
  const categories = i.categories ?? env.signalCategories;
  const points = await reportPoints(ctx, env.gemeente, { from: new Date(dayMs(from)), to: new Date(dayMs(to)), categories });
  const labeller = await scopeLabeller(ctx, env.gemeente, env.scope, 0);
  const n = points.filter((p) => labeller.label(p.x, p.y, p.lon, p.lat) === 'target').length;
  return { value: n, margin: null, from, to, source: 'meldingen van bewoners', kind: 'count' };
}

export const reports: IndicatorAdapter<Params> = {
  over: count,
  async latest(ctx, env, i, baselineFrom, baselineTo, asOf) {
    const length = dayMs(baselineTo) - dayMs(baselineFrom);
    const end = dayMs(asOf);
    if (!afterBaseline(end, length, baselineTo)) return null;
    return count(ctx, env, i, isoDay(end - length), isoDay(end));
  },
};
