/**
 * A custom indicator: manually entered measurements (value, date, source) stored with the goal.
 * The baseline is the mean of the measurements dated in the baseline window; the current value is
 * the newest measurement after the baseline window. Progress is computed from these like any other.
 */
import type { ServiceContext } from '../../../../core/context.ts';
import { dateText } from '../../../../db/date-text.ts';
import type { IndicatorAdapter, Reading } from './types.ts';

type Params = { source: 'custom'; name: string; unit: string };

export async function measurements(ctx: ServiceContext, goalId: string) {
  const rows = await ctx.db
    .selectFrom('goal_measurements')
    .select(['id', dateText('measured_on').as('measured_on'), 'value', 'source', 'note', 'entered_by', 'entered_at'])
    .where('goal_id', '=', goalId)
    .orderBy('measured_on')
    .orderBy('entered_at')
    .execute();
  return rows.map((r) => ({ ...r, measured_on: r.measured_on!, value: Number(r.value) }));
}

export const custom: IndicatorAdapter<Params> = {
  async over(ctx, env, i, from, to) {
    if (!env.goalId) return null;
    const inWindow = (await measurements(ctx, env.goalId)).filter((m) => m.measured_on >= from && m.measured_on < to);
    if (!inWindow.length) return null;
    const mean = inWindow.reduce((s, m) => s + m.value, 0) / inWindow.length;
    const sources = [...new Set(inWindow.map((m) => m.source))].join('; ');
    return {
      value: mean,
      margin: null,
      from,
      to,
      source: `${i.name}: gemiddelde van ${inWindow.length} ${inWindow.length === 1 ? 'meting' : 'metingen'} (${sources})`,
      kind: 'measurement',
    } satisfies Reading;
  },
  async latest(ctx, env, i, _from, baselineTo, asOf) {
    if (!env.goalId) return null;
    const after = (await measurements(ctx, env.goalId)).filter((m) => m.measured_on >= baselineTo && m.measured_on <= asOf);
    const last = after[after.length - 1];
    if (!last) return null;
    return {
      value: last.value,
      margin: null,
      from: last.measured_on,
      to: last.measured_on,
      source: `${i.name}: ${last.source}`,
      kind: 'measurement',
    };
  },
};
