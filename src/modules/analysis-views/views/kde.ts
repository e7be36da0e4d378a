/**
 * KDE view: a quartic kernel density surface (analysis `quarticKde`, default bandwidth
 * `defaultBandwidth`) on the RD study grid, as a compact raster (or GeoJSON cells); large
 * selections in the worker thread. Disclosure: a cell is null when 1..min−1 events lie within
 * the bandwidth.
 */
import { z } from 'zod';
import type { ServiceContext } from '../../../core/context.ts';
import { badRequest } from '../../../core/errors.ts';
import { defaultBandwidth } from '../../analysis/index.ts';
import { rdToWgs84 } from '../../areas/index.ts';
import { pointViewErrors, selectionFor } from '../events/selection.ts';
import { cellPolygon, studyGrid } from '../places/study-grid.ts';
import { metaOf, viewAccess } from '../reply/disclosure.ts';
import { featureCollection, round, toCsv } from '../reply/export.ts';
import { commonQuery, intParam, meta, numParam } from '../schema.ts';
import { defineView, type ViewResult, type ViewSettings } from '../view.ts';
import { runJob } from '../worker/pool.ts';

export const kdeQuery = commonQuery.extend({
  cellSize: intParam(25, 2000, 100).describe('Raster cell size in metres (RD New)'),
  bandwidth: numParam(10, 10_000)
    .optional()
    .describe('Kernel radius h in metres. Default: Silverman normal-reference rule converted to the quartic kernel (×2.623), see README'),
});

export async function kde(ctx: ServiceContext, s: ViewSettings, q: z.infer<typeof kdeQuery>): Promise<ViewResult> {
  const d = viewAccess(ctx, s.minCellCount);
  const sel = await selectionFor(ctx, s.gemeente, q, pointViewErrors(q, 'the density map (KDE)'));
  const t = sel.table;
  const x = Float64Array.from(sel.idx, (k) => t.x[k]!);
  const y = Float64Array.from(sel.idx, (k) => t.y[k]!);
  if (q.bandwidth === undefined && x.length < 2) throw badRequest('The default bandwidth needs at least two events; give bandwidth.');
  const h = q.bandwidth ?? defaultBandwidth(x, y);
  const { spec } = await studyGrid(ctx, s.gemeente, q.cellSize);
  const within = d.detail ? null : eventsWithin(x, y, spec, h);
  const density = await runJob({ kind: 'kde', x, y, grid: spec, bandwidth: h, permutations: x.length > 20_000 ? 1 : 0 });
  const perKm2 = 1e6;
  const values = Array.from(density, (v, c) => {
    if (within && within[c]! > 0 && within[c]! < d.min) {
      d.suppressed++;
      return null;
    }
    return round(v * perKm2, 3);
  });
  const [w, sth] = rdToWgs84(spec.originX, spec.originY);
  const [e, nth] = rdToWgs84(spec.originX + spec.cols * spec.cellSize, spec.originY + spec.rows * spec.cellSize);
  const meta = metaOf(sel, q, d, [
    `quartic kernel, bandwidth ${round(h, 1)} m${q.bandwidth ? ' (given)' : ' (Silverman rule × 2.623)'}; density in events per km²`,
  ]);
  const raster = {
    bboxRd: [spec.originX, spec.originY, spec.originX + spec.cols * spec.cellSize, spec.originY + spec.rows * spec.cellSize],
    bbox: [w, sth, e, nth],
    cellSize: spec.cellSize,
    cols: spec.cols,
    rows: spec.rows,
  };
  return {
    body: { meta, bandwidth: round(h, 2), unit: 'events per km²', ...raster, values },
    geojson: () =>
      featureCollection(
        meta,
        values.flatMap((v, c) =>
          v === 0
            ? []
            : [
                {
                  type: 'Feature' as const,
                  id: String(c),
                  geometry: cellPolygon(spec, c),
                  properties: { density: v, suppressed: v === null },
                },
              ],
        ),
        { bandwidth: h },
      ),
    csv: () =>
      toCsv(
        meta,
        ['cell', 'x', 'y', 'density'],
        values.flatMap((v, c) =>
          v === 0 ? [] : [[c, spec.originX + (c % spec.cols) * spec.cellSize, spec.originY + Math.floor(c / spec.cols) * spec.cellSize, v]],
        ),
      ),
  };
}

/** Events within distance h of each cell centre (for disclosure control of the surface). */
function eventsWithin(
  x: Float64Array,
  y: Float64Array,
  spec: { originX: number; originY: number; cellSize: number; cols: number; rows: number },
  h: number,
): Uint32Array {
  const out = new Uint32Array(spec.cols * spec.rows);
  const s = spec.cellSize;
  for (let k = 0; k < x.length; k++) {
    const c0 = Math.max(0, Math.ceil((x[k]! - h - spec.originX) / s - 0.5));
    const c1 = Math.min(spec.cols - 1, Math.floor((x[k]! + h - spec.originX) / s - 0.5));
    const r0 = Math.max(0, Math.ceil((y[k]! - h - spec.originY) / s - 0.5));
    const r1 = Math.min(spec.rows - 1, Math.floor((y[k]! + h - spec.originY) / s - 0.5));
    for (let r = r0; r <= r1; r++)
      for (let c = c0; c <= c1; c++) {
        const dx = spec.originX + (c + 0.5) * s - x[k]!;
        const dy = spec.originY + (r + 0.5) * s - y[k]!;
        if (dx * dx + dy * dy < h * h) out[r * spec.cols + c]!++;
      }
  }
  return out;
}

export const kdeReply = z.object({
  meta,
  bandwidth: z.number().nullable(),
  unit: z.string(),
  bboxRd: z.array(z.number()),
  bbox: z.array(z.number()).describe('WGS84 [west, south, east, north] (of the RD rectangle)'),
  cellSize: z.number(),
  cols: z.number(),
  rows: z.number(),
  values: z.array(z.number().nullable()).describe('row-major from the southern row; null = suppressed'),
});

export const kdeView = defineView({
  name: 'kde',
  input: kdeQuery.omit({ format: true }),
  reply: kdeReply,
  geo: true,
  run: kde,
  summary: 'Quartic kernel density surface as a compact raster (or GeoJSON cells)',
  description:
    'Density in events per km² at cell centres of the RD study grid. values[row · cols + col], row 0 southernmost. For roles without analysis:detail, cells with 1..min−1 events within the bandwidth are null.',
});
