/** Services of the near-repeat (Knox), concentration (hotshots/hotvics/addresses) and KDE views. */
import { z } from 'zod';
import type { ServiceContext } from '../../core/context.ts';
import { badRequest, invalidInput } from '../../core/errors.ts';
import { concentration, defaultBandwidth, topShare } from '../analysis/index.ts';
import { recordProcessing } from '../audit/index.ts';
import { rdToWgs84 } from '../areas/index.ts';
import { metaOf, workbenchAccess } from './disclosure.ts';
import { featureCollection, round, toCsv } from './export.ts';
import { cellPolygon, studyGrid } from './grid.ts';
import { commonQuery, intParam, numParam } from './schema.ts';
import { selectionFor } from './selection.ts';
import type { ViewResult, WorkbenchSettings } from './view.ts';
import { runHeavy } from './worker-pool.ts';

/** At most 20 bands per dimension (the Knox table is bands² cells, re-counted per permutation). */
export const MAX_BREAKS = 21;

/** Band breaks: 2..21 increasing numbers in [0, max], 'inf' allowed last; the text is capped before it is split. */
const breaks = (def: string, max: number, unit: string) => z.string().max(300, 'at most 300 characters').default(def).transform((s, c) => {
  const v = s.split(',').map((p) => (p.trim() === 'inf' ? Infinity : p.trim() === '' ? NaN : Number(p)));
  const problem = v.length < 2 || v.length > MAX_BREAKS ? `must be 2 to ${MAX_BREAKS} break points`
    : v.some((x) => Number.isNaN(x) || x < 0) || v.some((x, i) => i > 0 && !(x > v[i - 1]!)) ? "must be increasing numbers ≥ 0, comma-separated ('inf' allowed last)"
      : v.some((x, i) => x === Infinity && i < v.length - 1) ? "only the last break may be 'inf'"
        : v.some((x) => x > max && x !== Infinity) ? `finite breaks must be at most ${max} ${unit} (use 'inf' last for "more than")` : null;
  if (problem) {
    c.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  }
  return v;
});

/** Events the Knox test may take interactively (pairs are swept, not enumerated, but permutations re-bin them). */
export const MAX_KNOX_EVENTS = 50_000;
/** Close pairs (closer than the largest finite space break) held in memory for one request (9 bytes each). */
export const MAX_CLOSE_PAIRS = 2_000_000;
/**
 * Time budget of one request: close pairs × (permutations + 1) re-binned ≤ 200 million (~6 s in the
 * worker at ~32 ns each). The page's default on the demo data (a year of all types: 668,238 close
 * pairs within 400 m, 99 permutations) is 67 million; 999 permutations of it (~20 s) are refused.
 */
export const KNOX_WORK_BUDGET = 200_000_000;

export const nearRepeatQuery = commonQuery.extend({
  spaceBands: breaks('0,100,200,400', 10_000, 'm').describe('Distance band breaks in metres, right-open [a, b); 2–21 breaks, finite ones ≤ 10,000, last may be inf; default 0,100,200,400'),
  timeBands: breaks('0,7,14,21', 3650, 'days').describe('Time band breaks in days, right-open; 2–21 breaks, finite ones ≤ 3650, last may be inf; default 0,7,14,21'),
  distance: z.enum(['euclidean', 'manhattan']).default('euclidean'),
  permutations: intParam(0, 999, 99).describe('Monte Carlo permutations of the dates (default 99; max 999; run in a worker thread)'),
  seed: intParam(0, 2 ** 31 - 1, 1),
});

export async function nearRepeatService(ctx: ServiceContext, s: WorkbenchSettings, q: z.infer<typeof nearRepeatQuery>): Promise<ViewResult> {
  const d = workbenchAccess(ctx, s.minCellCount);
  const sel = await selectionFor(ctx, s.gemeente, q);
  if (sel.idx.length > MAX_KNOX_EVENTS) throw badRequest(`${sel.idx.length} events: narrow the period, types or area to at most ${MAX_KNOX_EVENTS} for the Knox test.`);
  const t = sel.table;
  const r = await runHeavy({
    kind: 'knox', x: Float64Array.from(sel.idx, (k) => t.x[k]!), y: Float64Array.from(sel.idx, (k) => t.y[k]!), t: Float64Array.from(sel.idx, (k) => t.startMin[k]! / 1440),
    spaceBands: q.spaceBands, timeBands: q.timeBands, distance: q.distance, permutations: q.permutations, seed: q.seed,
    limits: { maxPairs: MAX_CLOSE_PAIRS, maxWork: KNOX_WORK_BUDGET },
  });
  const cells = r.observed.flatMap((row, i) => row.map((o, j) => {
    const hidden = d.isHidden(o);
    const keep = <T>(v: T) => (hidden ? null : v);
    return {
      space: [r.spaceBands[i]!, r.spaceBands[i + 1]!].map(String), time: [r.timeBands[j]!, r.timeBands[j + 1]!].map(String),
      observed: d.count(o), expected: keep(round(r.expected[i]![j]!, 4)), knoxRatio: keep(round(r.knoxRatio[i]![j]!, 4)),
      p: keep(r.p ? r.p[i]![j]! : null), knoxRatioSim: keep(r.knoxRatioSim ? round(r.knoxRatioSim[i]![j]!, 4) : null), suppressed: hidden,
    };
  }));
  const meta = metaOf(sel, q, d, ['bands right-open [a, b); space in metres (RD New), time in days; p = (#sim ≥ obs + 1)/(N + 1); expected = exact permutation mean']);
  return {
    body: { meta, spaceBands: r.spaceBands.map(String), timeBands: r.timeBands.map(String), distance: q.distance, permutations: q.permutations, seed: q.seed, pairs: r.pairs, cells },
    csv: () => toCsv(meta, ['spaceFrom', 'spaceTo', 'timeFrom', 'timeTo', 'observed', 'expected', 'knoxRatio', 'p'], cells.map((c) => [...c.space, ...c.time, c.observed, c.expected, c.knoxRatio, c.p])),
  };
}

export const concentrationQuery = commonQuery.extend({
  of: z.enum(['offender', 'victim', 'address']).default('offender').describe('hotshots (offender refs), hotvics (victim refs) or repeat addresses'),
  top: intParam(0, 500, 20).describe('Analysts: how many refs with their counts (pseudonymous refs, never names)'),
});

export async function concentrationService(ctx: ServiceContext, s: WorkbenchSettings, q: z.infer<typeof concentrationQuery>): Promise<ViewResult> {
  const d = workbenchAccess(ctx, s.minCellCount);
  if (q.source === 'signals') throw invalidInput([{ name: 'query.source', reason: 'reports carry no offender, victim or address refs' }]);
  const sel = await selectionFor(ctx, s.gemeente, q);
  const refs = sel.table.refs!;
  const col = refs[q.of];
  const ids: string[] = [];
  for (const k of sel.idx) if (col[k]! >= 0) ids.push(refs.dicts[q.of][col[k]!]!);
  const c = concentration(ids);
  const byCount = new Map<number, number>();
  for (const r of c.counts) byCount.set(r.count, (byCount.get(r.count) ?? 0) + 1);
  const distribution = [...byCount].sort((a, b) => a[0] - b[0]).map(([events, n]) => ({ events, refs: d.count(n) }));
  const step = Math.max(1, Math.ceil(c.curve.length / 100));
  const curve = c.curve.filter((_, i) => i % step === 0 || i === c.curve.length - 1).map((p) => ({ idShare: round(p.idShare, 4), incidentShare: round(p.incidentShare, 4) }));
  const top = d.detail ? c.counts.slice(0, q.top) : [];
  if (top.length) {
    // Per-ref counts concern (pseudonymised) persons: log who saw which refs, one record per ref,
    // with what was asked (Logboek Dataverwerkingen); JSON and CSV alike (the same read).
    const startTime = new Date();
    const asked = { of: q.of, from: sel.period.from, to: sel.period.to, area: sel.area, crimeTypes: q.crimeTypes ?? null, format: q.format, refsShown: top.length };
    for (const [rank, r] of top.entries()) {
      await recordProcessing(ctx, { activity: 'analysis.repeat-refs', operation: 'read', subject: { type: `${q.of}-ref`, id: r.id }, startTime, attributes: { ...asked, rank: rank + 1, count: r.count } });
    }
  }
  const meta = metaOf(sel, q, d, d.detail ? ['refs are pseudonyms from the source system; never names'] : ['per-ref counts are shown to analysts only']);
  const summary = {
    of: q.of, incidentsWithRef: d.count(c.incidents), distinctRefs: d.count(c.distinctIds), repeatRefs: d.count(c.repeatIds),
    repeatIncidentShare: d.with(c.incidents, round(c.repeatIncidentShare, 4)), gini: d.with(c.incidents, round(c.gini, 4)),
    topShares: Object.fromEntries([0.01, 0.05, 0.1, 0.2].map((x) => [String(x), d.with(c.incidents, round(topShare(c.curve, x), 4))])),
  };
  return {
    body: { meta, ...summary, distribution, curve: d.with(c.incidents, curve) ?? [], top: top.map((r) => ({ ref: r.id, count: r.count })) },
    csv: () => toCsv(meta, ['events', 'refs'], distribution.map((r) => [r.events, r.refs])),
  };
}

export const kdeQuery = commonQuery.extend({
  cellSize: intParam(25, 2000, 100).describe('Raster cell size in metres (RD New)'),
  bandwidth: numParam(10, 10_000).optional().describe('Kernel radius h in metres. Default: Silverman normal-reference rule converted to the quartic kernel (×2.623), see README'),
});

export async function kdeService(ctx: ServiceContext, s: WorkbenchSettings, q: z.infer<typeof kdeQuery>): Promise<ViewResult> {
  const d = workbenchAccess(ctx, s.minCellCount);
  const sel = await selectionFor(ctx, s.gemeente, q);
  const t = sel.table;
  const x = Float64Array.from(sel.idx, (k) => t.x[k]!);
  const y = Float64Array.from(sel.idx, (k) => t.y[k]!);
  if (q.bandwidth === undefined && x.length < 2) throw badRequest('The default bandwidth needs at least two events; give bandwidth.');
  const h = q.bandwidth ?? defaultBandwidth(x, y);
  const { spec } = await studyGrid(ctx, s.gemeente, q.cellSize);
  const within = d.detail ? null : eventsWithin(x, y, spec, h);
  const density = await runHeavy({ kind: 'kde', x, y, grid: spec, bandwidth: h, permutations: x.length > 20_000 ? 1 : 0 });
  const perKm2 = 1e6;
  const values = Array.from(density, (v, c) => (within && within[c]! > 0 && within[c]! < d.min ? (d.suppressed++, null) : round(v * perKm2, 3)));
  const [w, sth] = rdToWgs84(spec.originX, spec.originY);
  const [e, nth] = rdToWgs84(spec.originX + spec.cols * spec.cellSize, spec.originY + spec.rows * spec.cellSize);
  const meta = metaOf(sel, q, d, [`quartic kernel, bandwidth ${round(h, 1)} m${q.bandwidth ? ' (given)' : ' (Silverman rule × 2.623)'}; density in events per km²`]);
  const raster = { bboxRd: [spec.originX, spec.originY, spec.originX + spec.cols * spec.cellSize, spec.originY + spec.rows * spec.cellSize], bbox: [w, sth, e, nth], cellSize: spec.cellSize, cols: spec.cols, rows: spec.rows };
  return {
    body: { meta, bandwidth: round(h, 2), unit: 'events per km²', ...raster, values },
    geojson: () => featureCollection(meta, values.flatMap((v, c) => (v === 0 ? [] : [{ type: 'Feature' as const, id: String(c), geometry: cellPolygon(spec, c), properties: { density: v, suppressed: v === null } }])), { bandwidth: h }),
    csv: () => toCsv(meta, ['cell', 'x', 'y', 'density'], values.flatMap((v, c) => (v === 0 ? [] : [[c, spec.originX + (c % spec.cols) * spec.cellSize, spec.originY + Math.floor(c / spec.cols) * spec.cellSize, v]]))),
  };
}

/** Events within distance h of each cell centre (for disclosure control of the surface). */
function eventsWithin(x: Float64Array, y: Float64Array, spec: { originX: number; originY: number; cellSize: number; cols: number; rows: number }, h: number): Uint32Array {
  const out = new Uint32Array(spec.cols * spec.rows);
  const s = spec.cellSize;
  for (let k = 0; k < x.length; k++) {
    const c0 = Math.max(0, Math.ceil((x[k]! - h - spec.originX) / s - 0.5));
    const c1 = Math.min(spec.cols - 1, Math.floor((x[k]! + h - spec.originX) / s - 0.5));
    const r0 = Math.max(0, Math.ceil((y[k]! - h - spec.originY) / s - 0.5));
    const r1 = Math.min(spec.rows - 1, Math.floor((y[k]! + h - spec.originY) / s - 0.5));
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) {
      const dx = spec.originX + (c + 0.5) * s - x[k]!;
      const dy = spec.originY + (r + 0.5) * s - y[k]!;
      if (dx * dx + dy * dy < h * h) out[r * spec.cols + c]!++;
    }
  }
  return out;
}
