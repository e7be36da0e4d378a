/**
 * Reports as events for the analysis module (hotspots, aoristic hot times, near-repeat), in the
 * same shape as incidents: typed arrays of RD x/y (metres), WGS84 lat/lon and times (epoch ms),
 * with the category of each event. Only reports with coordinates are returned; no personal data.
 */
import { authorize, type ServiceContext } from '../../core/context.ts';

export interface SignalEvents {
  count: number;
  x: Float64Array;
  y: Float64Array;
  lat: Float64Array;
  lon: Float64Array;
  /** Report time, epoch milliseconds. */
  time: Float64Array;
  category: string[];
  mainCategory: string[];
  buurtCode: Array<string | null>;
}

export async function signalEvents(
  ctx: ServiceContext,
  gemeente: string,
  q: { from?: Date; to?: Date; categories?: string[]; includeImported?: boolean } = {},
): Promise<SignalEvents> {
  authorize(ctx, 'signals:read');
  let query = ctx.db.selectFrom('signals').innerJoin('signal_categories', (j) => j.onRef('signal_categories.slug', '=', 'signals.category_slug').onRef('signal_categories.gemeente_code', '=', 'signals.gemeente_code'))
    .select(['signals.x', 'signals.y', 'signals.lat', 'signals.lon', 'signals.created_at', 'signals.category_slug', 'signal_categories.parent_slug', 'signals.buurt_code'])
    .where('signals.gemeente_code', '=', gemeente).where('signals.x', 'is not', null).where('signals.merged_into_id', 'is', null);
  if (q.from) query = query.where('signals.created_at', '>=', q.from);
  if (q.to) query = query.where('signals.created_at', '<', q.to);
  if (q.categories?.length) query = query.where((eb) => eb.or([eb('signals.category_slug', 'in', q.categories!), eb('signal_categories.parent_slug', 'in', q.categories!)]));
  if (q.includeImported === false) query = query.where('signals.source', '!=', 'import');
  const rows = await query.orderBy('signals.created_at').execute();
  const n = rows.length;
  const out: SignalEvents = { count: n, x: new Float64Array(n), y: new Float64Array(n), lat: new Float64Array(n), lon: new Float64Array(n), time: new Float64Array(n), category: [], mainCategory: [], buurtCode: [] };
  rows.forEach((r, i) => {
    out.x[i] = r.x!;
    out.y[i] = r.y!;
    out.lat[i] = r.lat!;
    out.lon[i] = r.lon!;
    out.time[i] = r.created_at.getTime();
    out.category.push(r.category_slug);
    out.mainCategory.push(r.parent_slug ?? r.category_slug);
    out.buurtCode.push(r.buurt_code);
  });
  return out;
}
