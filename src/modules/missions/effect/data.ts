/**
 * Data for an effect evaluation: registered-crime events labelled by the scope labeller
 * ('target', 'ring' or a buurt code), binned into monthly series (for the comparison suggestion)
 * and counted in the before and after periods.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { eventPoints } from '../event-points.ts';
import type { ScopeLabeller } from '../scope/labeller.ts';
import type { Scope } from '../scope/scope.ts';
import { scopeLabeller } from '../scope/labeller.ts';

export interface Periods {
  history: { from: number; to: number; months: number };
  before: { from: number; to: number };
  after: { from: number; to: number };
}

export interface LabelledData {
  labeller: ScopeLabeller;
  /** Monthly counts in the history window per label. */
  monthly: Map<string, Float64Array>;
  before: Map<string, number>;
  after: Map<string, number>;
}

const monthIndex = (ms: number, from: number) => {
  const a = new Date(from);
  const b = new Date(ms);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
};

export async function labelledData(
  ctx: ServiceContext,
  gemeente: string,
  scope: Scope,
  crimeTypes: string[],
  ringMetres: number,
  p: Periods,
): Promise<LabelledData> {
  const labeller = await scopeLabeller(ctx, gemeente, scope, ringMetres);
  const from = Math.min(p.history.from, p.before.from);
  const pts = await eventPoints(ctx, gemeente, { from: new Date(from), to: new Date(p.after.to), crimeTypes });
  const monthly = new Map<string, Float64Array>();
  const before = new Map<string, number>();
  const after = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (let k = 0; k < pts.n; k++) {
    const label = labeller.label(pts.x[k]!, pts.y[k]!, pts.lon[k]!, pts.lat[k]!);
    if (!label) continue;
    const t = pts.startMin[k]! * 60_000;
    if (t >= p.history.from && t < p.history.to) {
      let series = monthly.get(label);
      if (!series) monthly.set(label, (series = new Float64Array(p.history.months)));
      const i = monthIndex(t, p.history.from);
      if (i >= 0 && i < p.history.months) series[i]!++;
    }
    if (t >= p.before.from && t < p.before.to) bump(before, label);
    if (t >= p.after.from && t < p.after.to) bump(after, label);
  }
  return { labeller, monthly, before, after };
}

/** Sum of before/after counts over labels. */
export function countsOf(d: LabelledData, labels: Iterable<string>): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const l of labels) {
    before += d.before.get(l) ?? 0;
    after += d.after.get(l) ?? 0;
  }
  return { before, after };
}

/** Sum of monthly series over labels. */
export function seriesOf(d: LabelledData, labels: Iterable<string>, months: number): Float64Array {
  const out = new Float64Array(months);
  for (const l of labels) {
    d.monthly.get(l)?.forEach((v, i) => {
      out[i]! += v;
    });
  }
  return out;
}
