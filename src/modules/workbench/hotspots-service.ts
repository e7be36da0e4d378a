/** The hotspots view: units → heavy job (worker when permuting) → classes → GeoJSON-like reply. */
import { z } from 'zod';
import type { ServiceContext } from '../../core/context.ts';
import { buurtIndex } from './areas.ts';
import { metaOf, workbenchAccess, type Disclosure } from './disclosure.ts';
import { featureCollection, round, toCsv } from './export.ts';
import { cellPolygon, studyGrid } from './grid.ts';
import type { HotspotOutput } from './heavy.ts';
import { buurtUnits, classify, gridUnits, unitCorner, type Units } from './hotspots.ts';
import { commonQuery, intParam, numParam } from './schema.ts';
import { majorityAreaYear, selectionFor } from './selection.ts';
import type { ViewResult, WorkbenchSettings } from './view.ts';
import { runHeavy } from './worker-pool.ts';

/** Interactive cap: 999 permutations of a 100 m Dordrecht grid take ~1 s in the worker. */
export const MAX_PERMUTATIONS = 999;

export const hotspotsQuery = commonQuery.extend({
  unit: z.enum(['grid', 'buurt']).default('grid').describe('Grid cells (RD New squares) or buurten'),
  cellSize: intParam(50, 5000, 100).describe('Grid cell size in metres; default 100'),
  method: z.enum(['gistar', 'gi', 'local-moran']).default('gistar').describe('Getis–Ord Gi* (default), Gi, or local Moran (LISA)'),
  permutations: intParam(0, MAX_PERMUTATIONS, 0).describe(`Conditional permutations for pSim (0 = normal approximation only; max ${MAX_PERMUTATIONS}, run in a worker thread)`),
  seed: intParam(0, 2 ** 31 - 1, 1).describe('Seed of the permutations (same seed, same pSim)'),
  fdr: numParam(0.0001, 0.5).optional().describe('False discovery rate alpha: significant only when BH q ≤ fdr'),
  alpha: numParam(0.0001, 0.5).default(0.05).describe('Significance level of the LISA quadrant classes'),
  cells: z.enum(['nonzero', 'all']).default('nonzero').describe("Grid: 'nonzero' returns cells with events or a significant class; 'all' every unit"),
});
export type HotspotsQuery = z.infer<typeof hotspotsQuery>;

function unitRows(units: Units, out: HotspotOutput, q: HotspotsQuery, d: Disclosure) {
  const { q: qv, classes } = classify(out, q.method, q.fdr, q.alpha);
  const rows = [];
  for (let u = 0; u < units.ids.length; u++) {
    const count = units.y[u]!;
    if (units.cells && q.cells === 'nonzero' && count === 0 && classes[u] === 'not-significant') continue;
    const shown = d.count(count);
    rows.push({
      u, id: units.ids[u]!, name: units.names?.[u] ?? null, count: shown, suppressed: shown === null, stat: round(out.stat[u]!, 6),
      z: round(out.z[u]!, 4), p: round(out.p[u]!, 6), pSim: out.pSim ? round(out.pSim[u]!, 6) : null, q: round(qv[u]!, 6),
      class: classes[u]!, quadrant: (out.quadrant?.[u] ?? null) as string | null,
    });
  }
  return rows;
}

function moranMeta(out: HotspotOutput) {
  const m = out.moran;
  return m ? { i: round(m.i, 6), expected: round(m.ei, 6), z: round(m.zRand, 4), p: round(m.pRand, 6), pSim: m.pSim === undefined ? null : round(m.pSim, 6) } : null;
}

export async function hotspotsService(ctx: ServiceContext, s: WorkbenchSettings, q: HotspotsQuery): Promise<ViewResult> {
  const d = workbenchAccess(ctx, s.minCellCount);
  const sel = await selectionFor(ctx, s.gemeente, q);
  const grid = q.unit === 'grid' ? await studyGrid(ctx, s.gemeente, q.cellSize) : null;
  const areas = grid ? null : await buurtIndex(ctx, s.gemeente, majorityAreaYear(sel)).catch(() => buurtIndex(ctx, s.gemeente));
  const units = grid ? gridUnits(sel, grid) : buurtUnits(sel, areas!);
  const out = await runHeavy({
    kind: 'hotspots', method: q.method, y: Float64Array.from(units.y), offsets: Int32Array.from(units.w.offsets), neighbors: Int32Array.from(units.w.neighbors),
    weights: Float64Array.from(units.w.weights), transform: grid ? 'b' : 'r', permutations: q.permutations, seed: q.seed,
  });
  const rows = unitRows(units, out, q, d);
  const meta = metaOf(sel, q, d, [...units.notes, q.method === 'local-moran' ? 'row-standardised weights' : grid ? 'binary weights (Gi* self-weight 1)' : 'row-standardised weights']);
  const moran = moranMeta(out);
  const method = { method: q.method, unit: q.unit, cellSize: grid ? q.cellSize : null, permutations: q.permutations, seed: q.seed, fdr: q.fdr ?? null, alpha: q.alpha };
  const geometryOf = (u: number) => (grid ? cellPolygon(grid.spec, units.cells![u]!) : null);
  const features = rows.map(({ u, ...props }) => ({
    type: 'Feature' as const, id: props.id, geometry: geometryOf(u) ?? areas!.byCode.get(props.id)?.geometry ?? null,
    properties: { ...props, corner: grid ? unitCorner(grid, units, u) : null },
  }));
  const body = featureCollection(meta, features, { moran, ...method, grid: grid ? { ...grid.spec } : null });
  return {
    body,
    geojson: () => body,
    csv: () => toCsv(meta, ['id', 'name', 'count', 'stat', 'z', 'p', 'pSim', 'q', 'class'], rows.map((r) => [r.id, r.name, r.count, r.stat, r.z, r.p, r.pSim, r.q, r.class])),
  };
}
