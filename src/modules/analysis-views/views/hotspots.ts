/**
 * Hotspots view: local Getis–Ord Gi* / Gi or local Moran's I on grid cells or buurten
 * (units and classes: methods/hotspot-units.ts) → the job, in the worker thread when permuting
 * (worker/) → classes, FDR check → a GeoJSON FeatureCollection reply.
 */
import { z } from 'zod';
import type { ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import type { Disclosure } from '../../analysis/index.ts';
import { majorityAreaYear, pointViewErrors, selectionFor } from '../events/selection.ts';
import { fdrCheck } from '../methods/fdr-check.ts';
import { buurtUnits, classify, gridUnits, unitCorner, type Classified, type Units } from '../methods/hotspot-units.ts';
import { buurtIndex } from '../places/buurten.ts';
import { cellPolygon, studyGrid } from '../places/study-grid.ts';
import { metaOf, viewAccess } from '../reply/disclosure.ts';
import { featureCollection, round, toCsv } from '../reply/export.ts';
import { anyGeometry, commonQuery, gridSpec, intParam, meta, numParam, polygon, suppressible } from '../schema.ts';
import { defineView, type ViewResult, type ViewSettings } from '../view.ts';
import type { HotspotOutput } from '../worker/jobs.ts';
import { runJob } from '../worker/pool.ts';

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
  permutations: intParam(0, MAX_PERMUTATIONS, 0).describe(
    `Conditional permutations for pSim (0 = normal approximation only; run in a worker thread; at most ${MAX_PERMUTATIONS} and units × permutations ≤ ${PERMUTATION_BUDGET.toLocaleString('en')})`,
  ),
  seed: intParam(0, 2 ** 31 - 1, 1).describe('Seed of the permutations (same seed, same pSim)'),
  fdr: numParam(0.0001, 0.5).optional().describe('False discovery rate alpha: significant only when BH q ≤ fdr'),
  alpha: numParam(0.0001, 0.5).default(0.05).describe('Significance level of the LISA quadrant classes'),
  cells: z
    .enum(['nonzero', 'all'])
    .default('nonzero')
    .describe("Grid: 'nonzero' returns cells with events or a significant class; 'all' every unit"),
});
export type HotspotsQuery = z.infer<typeof hotspotsQuery>;

const hotspotClass = z.enum(['hot-99', 'hot-95', 'hot-90', 'cold-99', 'cold-95', 'cold-90', 'HH', 'LL', 'HL', 'LH', 'not-significant']);

const fdrCheckReply = z.object({
  fdr: z.number(),
  units: z.number().int(),
  permutations: z.number().int(),
  pFloor: z.number().describe('Smallest p the method can give: 1/(permutations + 1); 0 for the normal approximation'),
  minUnitsAtFloor: z.number().int().nullable().describe('Every set BH can flag has at least this many units at (about) the p floor'),
  unitsAtFloor: z.number().int().nullable(),
  significant: z.number().int(),
  limitedByPermutations: z.boolean().describe('True when permutations + 1 < units / fdr: the p floor limits what FDR can flag'),
  permutationsForOneUnit: z.number().int().describe('Permutations with which a single unit at the floor could be flagged'),
  maxPermutations: z.number().int().describe('Most permutations the time budget allows for this many units'),
  advice: z.enum(['none', 'more-permutations', 'analytic-p']),
  explanation: z.string().nullable().describe('Dutch explanation for the analyst when limitedByPermutations'),
});

export const hotspotsReply = z.object({
  type: z.literal('FeatureCollection'),
  meta,
  moran: z
    .object({
      i: z.number().nullable(),
      expected: z.number().nullable(),
      z: z.number().nullable(),
      p: z.number().nullable(),
      pSim: z.number().nullable(),
    })
    .nullable()
    .describe("Global Moran's I of the map (row-standardised; z and p under randomisation, pSim when permuted)"),
  method: z.string(),
  unit: z.string(),
  cellSize: z.number().nullable(),
  permutations: z.number(),
  seed: z.number(),
  fdr: z.number().nullable(),
  alpha: z.number(),
  fdrCheck: fdrCheckReply
    .nullable()
    .describe('With fdr: what the p floor of the permutations allows Benjamini–Hochberg to find, and what helps (null without fdr)'),
  grid: gridSpec.nullable(),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      id: z.string(),
      geometry: z.union([polygon, anyGeometry]),
      properties: z.object({
        id: z.string().describe("grid: 'x_y' corner; buurt: CBS code"),
        name: z.string().nullable(),
        count: suppressible,
        suppressed: z.boolean(),
        stat: z.number().nullable().describe('G_i (Gi/Gi*) or I_i (local Moran)'),
        z: z.number().nullable(),
        p: z.number().nullable().describe('two-sided normal'),
        pSim: z.number().nullable(),
        q: z.number().nullable().describe('Benjamini–Hochberg of pSim (or p)'),
        class: hotspotClass,
        quadrant: z.string().nullable(),
        corner: z
          .tuple([z.number(), z.number()])
          .nullable()
          .describe('RD south-west corner of a grid cell (for evaluation and mission scopes)'),
      }),
    }),
  ),
});

function unitRows(units: Units, out: HotspotOutput, q: HotspotsQuery, d: Disclosure, classified: Classified) {
  const { q: qv, classes } = classified;
  const rows = [];
  for (let u = 0; u < units.ids.length; u++) {
    const count = units.y[u]!;
    if (units.cells && q.cells === 'nonzero' && count === 0 && classes[u] === 'not-significant') continue;
    const shown = d.count(count);
    rows.push({
      u,
      id: units.ids[u]!,
      name: units.names?.[u] ?? null,
      count: shown,
      suppressed: shown === null,
      stat: round(out.stat[u]!, 6),
      z: round(out.z[u]!, 4),
      p: round(out.p[u]!, 6),
      pSim: out.pSim ? round(out.pSim[u]!, 6) : null,
      q: round(qv[u]!, 6),
      class: classes[u]!,
      quadrant: (out.quadrant?.[u] ?? null) as string | null,
    });
  }
  return rows;
}

function moranMeta(out: HotspotOutput) {
  const m = out.moran;
  return m
    ? {
        i: round(m.i, 6),
        expected: round(m.ei, 6),
        z: round(m.zRand, 4),
        p: round(m.pRand, 6),
        pSim: m.pSim === undefined ? null : round(m.pSim, 6),
      }
    : null;
}

export async function hotspots(ctx: ServiceContext, s: ViewSettings, q: HotspotsQuery): Promise<ViewResult> {
  const d = viewAccess(ctx, s.minCellCount);
  const sel = await selectionFor(ctx, s.gemeente, q, pointViewErrors(q, 'hotspots'));
  const grid = q.unit === 'grid' ? await studyGrid(ctx, s.gemeente, q.cellSize) : null;
  const areas = grid ? null : await buurtIndex(ctx, s.gemeente, majorityAreaYear(sel)).catch(() => buurtIndex(ctx, s.gemeente));
  const units = grid ? gridUnits(sel, grid) : buurtUnits(sel, areas!);
  const maxPermutations = maxPermutationsFor(units.ids.length);
  if (q.permutations > maxPermutations) {
    throw invalidInput([
      {
        name: 'query.permutations',
        reason: `at most ${maxPermutations} permutations for ${units.ids.length} units (time budget: units × permutations ≤ ${PERMUTATION_BUDGET})`,
      },
    ]);
  }
  const out = await runJob({
    kind: 'hotspots',
    method: q.method,
    y: Float64Array.from(units.y),
    offsets: Int32Array.from(units.w.offsets),
    neighbors: Int32Array.from(units.w.neighbors),
    weights: Float64Array.from(units.w.weights),
    transform: grid ? 'b' : 'r',
    permutations: q.permutations,
    seed: q.seed,
  });
  const classified = classify(out, q.method, q.fdr, q.alpha);
  const rows = unitRows(units, out, q, d, classified);
  const significant = classified.classes.filter((c) => c !== 'not-significant').length;
  const fdr =
    q.fdr === undefined ? null : fdrCheck(out.pSim ?? out.p, { fdr: q.fdr, permutations: q.permutations, significant, maxPermutations });
  const meta = metaOf(sel, q, d, [
    ...units.notes,
    q.method === 'local-moran' ? 'row-standardised weights' : grid ? 'binary weights (Gi* self-weight 1)' : 'row-standardised weights',
    ...(fdr?.explanation ? [fdr.explanation] : []),
  ]);
  const moran = moranMeta(out);
  const method = {
    method: q.method,
    unit: q.unit,
    cellSize: grid ? q.cellSize : null,
    permutations: q.permutations,
    seed: q.seed,
    fdr: q.fdr ?? null,
    alpha: q.alpha,
  };
  const geometryOf = (u: number) => (grid ? cellPolygon(grid.spec, units.cells![u]!) : null);
  const features = rows.map(({ u, ...props }) => ({
    type: 'Feature' as const,
    id: props.id,
    geometry: geometryOf(u) ?? areas!.byCode.get(props.id)?.geometry ?? null,
    properties: { ...props, corner: grid ? unitCorner(grid, units, u) : null },
  }));
  const body = featureCollection(meta, features, { moran, ...method, fdrCheck: fdr, grid: grid ? { ...grid.spec } : null });
  return {
    body,
    geojson: () => body,
    csv: () =>
      toCsv(
        meta,
        ['id', 'name', 'count', 'stat', 'z', 'p', 'pSim', 'q', 'class'],
        rows.map((r) => [r.id, r.name, r.count, r.stat, r.z, r.p, r.pSim, r.q, r.class]),
      ),
  };
}

export const hotspotsView = defineView({
  name: 'hotspots',
  input: hotspotsQuery.omit({ format: true }),
  reply: hotspotsReply,
  geo: true,
  run: hotspots,
  summary: "Hotspots: Gi*, Gi or local Moran's I on grid cells or buurten, with FDR and the map's global Moran's I",
  description:
    'Classes: hot/cold at 99/95/90 % (Gi, Gi*) or HH/LL/HL/LH (local Moran) else not-significant; from pSim when permutations > 0 (computed in a worker thread), else the normal p; with fdr only units with BH q ≤ fdr. The JSON reply is itself a GeoJSON FeatureCollection (WGS84).',
});
