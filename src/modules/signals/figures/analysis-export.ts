/**
 * Reports as events for the analysis module (hotspots, aoristic hot times, near-repeat), in the
 * same shape as incidents: typed arrays of RD x/y (metres), WGS84 lat/lon and times (epoch ms),
 * with the category of each event. Only reports with coordinates are returned; no personal data.
 *
 * One event per thing a resident reported: a merged duplicate is left out (it is the report it was
 * merged into), and so is a report that staff split into parts (split-merge.ts) — its parts count
 * instead, each in its own category, at the time the resident reported (the creation time of the
 * report they were split from; a part's own row is created later, when staff split it).
 */
import { authorize, type ServiceContext } from '../../../core/context.ts';

export interface SignalEvents {
  count: number;
  x: Float64Array;
  y: Float64Array;
  lat: Float64Array;
  lon: Float64Array;
  /** Report time (when the resident reported; see above), epoch milliseconds. */
  time: Float64Array;
  category: string[];
  mainCategory: string[];
  buurtCode: Array<string | null>;
  /** 1 for a demo report (shown as synthetic demo data by the analysis). */
  demo: Uint8Array;
}

/** Creation time of the first report up each split chain, for the reports `parentIds` (split parts). */
async function reportedTimes(ctx: ServiceContext, parentIds: string[]): Promise<(parentId: string) => Date | undefined> {
  const seen = new Map<string, { parent: string | null; at: Date }>();
  let ask = [...new Set(parentIds)];
  while (ask.length) {
    const rows = await ctx.db.selectFrom('signals').select(['id', 'parent_id', 'created_at']).where('id', 'in', ask).execute();
    for (const r of rows) seen.set(r.id, { parent: r.parent_id, at: r.created_at });
    ask = [...new Set(rows.map((r) => r.parent_id).filter((p): p is string => p !== null && !seen.has(p)))];
  }
  return (parentId) => {
    let at: Date | undefined;
    for (let p: string | null = parentId; p !== null && seen.has(p); p = seen.get(p)!.parent) at = seen.get(p)!.at;
    return at;
  };
}

export async function signalEvents(
  ctx: ServiceContext,
  gemeente: string,
  q: { from?: Date; to?: Date; categories?: string[]; includeImported?: boolean } = {},
): Promise<SignalEvents> {
  authorize(ctx, 'signals:read');
  let query = ctx.db
    .selectFrom('signals')
    .innerJoin('signal_categories', (j) =>
      j
        .onRef('signal_categories.slug', '=', 'signals.category_slug')
        .onRef('signal_categories.gemeente_code', '=', 'signals.gemeente_code'),
    )
    .select([
      'signals.x',
      'signals.y',
      'signals.lat',
      'signals.lon',
      'signals.created_at',
      'signals.parent_id',
      'signals.category_slug',
      'signal_categories.parent_slug',
      'signals.buurt_code',
      'signals.demo',
    ])
    .where('signals.gemeente_code', '=', gemeente)
    .where('signals.x', 'is not', null)
    .where('signals.merged_into_id', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('signals as part').select('part.id').whereRef('part.parent_id', '=', 'signals.id'))),
    );
  // A part is created after the report it was split from, so `from` may filter on the creation time; `to` may not.
  if (q.from) query = query.where('signals.created_at', '>=', q.from);
  if (q.categories?.length)
    query = query.where((eb) =>
      eb.or([eb('signals.category_slug', 'in', q.categories!), eb('signal_categories.parent_slug', 'in', q.categories!)]),
    );
  if (q.includeImported === false) query = query.where('signals.source', '!=', 'import');
  const found = await query.execute();
  const rootTime = await reportedTimes(
    ctx,
    found.flatMap((r) => (r.parent_id ? [r.parent_id] : [])),
  );
  const rows = found
    .map((r) => ({ ...r, at: (r.parent_id ? rootTime(r.parent_id) : undefined) ?? r.created_at }))
    .filter((r) => (!q.from || r.at >= q.from) && (!q.to || r.at < q.to))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const n = rows.length;
  const out: SignalEvents = {
    count: n,
    x: new Float64Array(n),
    y: new Float64Array(n),
    lat: new Float64Array(n),
    lon: new Float64Array(n),
    time: new Float64Array(n),
    category: [],
    mainCategory: [],
    buurtCode: [],
    demo: new Uint8Array(n),
  };
  rows.forEach((r, i) => {
    out.x[i] = r.x!;
    out.y[i] = r.y!;
    out.lat[i] = r.lat!;
    out.lon[i] = r.lon!;
    out.time[i] = r.at.getTime();
    out.category.push(r.category_slug);
    out.mainCategory.push(r.parent_slug ?? r.category_slug);
    out.buurtCode.push(r.buurt_code);
    out.demo[i] = r.demo ? 1 : 0;
  });
  return out;
}
