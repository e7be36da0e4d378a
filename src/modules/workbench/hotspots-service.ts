/** The hotspots view: units → heavy job (worker when permuting) → classes → GeoJSON-like reply. */
import { z } from 'zod';
import type { ServiceContext } from '../../core/context.ts';
import { buurtIndex } from './areas.ts';
import { invalidInput } from '../../core/errors.ts';
import type { Disclosure } from '../analysis/index.ts';
import { metaOf, workbenchAccess } from './disclosure.ts';
import { featureCollection, round, toCsv } from './export.ts';
import { cellPolygon, studyGrid } from './grid.ts';
import type { HotspotOutput } from './heavy.ts';
import { fdrCheck } from './fdr-check.ts';
import { buurtUnits, classify, gridUnits, unitCorner, type Classified, type Units } from './hotspots.ts';
import { commonQuery, intParam, numParam } from './schema.ts';
import { majorityAreaYear, selectionFor } from './selection.ts';
import type { ViewResult, WorkbenchSettings } from './view.ts';
import { runHeavy } from './worker-pool.ts';

/**
 * Time budget of one request's permutations: units × permutations ≤ 20 million (~0.5 s of conditional
 * permutation in the worker, plus the global Moran's), so ~2,000 permutations of a 100 m Dordrecht grid
 * and up to the cap of 99,999 for buurten — enough for FDR over ~150 buurten (fdr-check.ts).
 */
export const PERMUTATION_BUDGET = 20_000_000;
export const MAX_PERMUTATIONS = 99_999;
export const maxPermutationsFor = (units: number) => Math.min(MAX_PERMUTATIONS, Math.floor(PERMUTATION_BUDGET / Math.max(1, units)));

export const hotspotsQuery = commonQuery.extend({
  unit: z.enum(['grid', 'buurt']).default('grid').describe('Grid cells (RD New squares) or buurten'),
  cellSize: intParam(50, 5000, 100).describe('Grid cell size in metres; default 100'),
  method: z.enum(['gistar', 'gi', 'local-moran']).default('gistar').describe('Getis–Ord Gi* (default), Gi, or local Moran (LISA)'),
  permutations: intParam(0, MAX_PERMUTATIONS, 0).describe(`Conditional permutations for pSim (0 = normal approximation only; run in a worker thread; at most ${MAX_PERMUTATIONS} and units × permutations ≤ ${PERMUTATION_BUDGET.toLocaleString('en')})`),
  seed: intParam(0, 2 ** 31 - 1, 1).describe('Seed of the permutations (same seed, same pSim)'),
  fdr: numParam(0.0001, 0.5).optional().describe('False discovery rate alpha: significant only when BH q ≤ fdr'),
  alpha: numParam(0.0001, 0.5).default(0.05).describe('Significance level of the LISA quadrant classes'),
  cells: z.enum(['nonzero', 'all']).default('nonzero').describe("Grid: 'nonzero' returns cells with events or a significant class; 'all' every unit"),
});
export type HotspotsQuery = z.infer<typeof hotspotsQuery>;

function unitRows(units: Units, out: HotspotOutput, q: HotspotsQuery, d: Disclosure, classified: Classified) {
  const { q: qv, classes } = classified;
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
  const maxPermutations = maxPermutationsFor(units.ids.length);
  if (q.permutations > maxPermutations) {
    throw invalidInput([{ name: 'query.permutations', reason: `at most ${maxPermutations} permutations for ${units.ids.length} units (time budget: units × permutations ≤ ${PERMUTATION_BUDGET})` }]);
  }
  const out = await runHeavy({
    kind: 'hotspots', method: q.method, y: Float64Array.from(units.y), offsets: Int32Array.from(units.w.offsets), neighbors: Int32Array.from(units.w.neighbors),
    weights: Float64Array.from(units.w.weights), transform: grid ? 'b' : 'r', permutations: q.permutations, seed: q.seed,
  });
  const classified = classify(out, q.method, q.fdr, q.alpha);
  const rows = unitRows(units, out, q, d, classified);
  const significant = classified.classes.filter((c) => c !== 'not-significant').length;
  const fdr = q.fdr === undefined ? null : fdrCheck(out.pSim ?? out.p, { fdr: q.fdr, permutations: q.permutations, significant, maxPermutations });
  const meta = metaOf(sel, q, d, [...units.notes, q.method === 'local-moran' ? 'row-standardised weights' : grid ? 'binary weights (Gi* self-weight 1)' : 'row-standardised weights', ...(fdr?.explanation ? [fdr.explanation] : [])]);
  const moran = moranMeta(out);
  const method = { method: q.method, unit: q.unit, cellSize: grid ? q.cellSize : null, permutations: q.permutations, seed: q.seed, fdr: q.fdr ?? null, alpha: q.alpha };
  const geometryOf = (u: number) => (grid ? cellPolygon(grid.spec, units.cells![u]!) : null);
  const features = rows.map(({ u, ...props }) => ({
    type: 'Feature' as const, id: props.id, geometry: geometryOf(u) ?? areas!.byCode.get(props.id)?.geometry ?? null,
    properties: { ...props, corner: grid ? unitCorner(grid, units, u) : null },
  }));
  const body = featureCollection(meta, features, { moran, ...method, fdrCheck: fdr, grid: grid ? { ...grid.spec } : null });
  return {
    body,
    geojson: () => body,
    csv: () => toCsv(meta, ['id', 'name', 'count', 'stat', 'z', 'p', 'pSim', 'q', 'class'], rows.map((r) => [r.id, r.name, r.count, r.stat, r.z, r.p, r.pSim, r.q, r.class])),
  };
}
