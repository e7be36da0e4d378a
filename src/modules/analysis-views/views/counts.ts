/**
 * Counts view: events per buurt × month and per grid cell (default 100 m, RD New) of a period —
 * the aggregations behind the map and the month table. One pass over the selected events each.
 * Months are calendar months in UTC (as the period), labelled YYYY-MM.
 */
import { z } from 'zod';
import type { ServiceContext } from '../../../core/context.ts';
import { cellOf, type Disclosure, type GridSpec } from '../../analysis/index.ts';
import { buurtMonthTally } from '../methods/buurt-month.ts';
import { checkQuery, pointViewErrors, selectAndCount, type Selection } from '../events/selection.ts';
import { buurtIndex } from '../places/buurten.ts';
import { cellCounts, cellCorner, cellId, cellPolygon, studyGrid } from '../places/study-grid.ts';
import { metaOf, viewAccess } from '../reply/disclosure.ts';
import { featureCollection, toCsv } from '../reply/export.ts';
import { commonQuery, gridSpec, intParam, meta, suppressible } from '../schema.ts';
import { defineView, type ViewResult, type ViewSettings } from '../view.ts';

export const countsQuery = commonQuery.extend({
  unit: z.enum(['buurt-month', 'grid']).default('buurt-month').describe('buurt × month table, or counts per grid cell'),
  cellSize: intParam(25, 5000, 100).describe('Grid cell size in metres (RD New); default 100'),
});

export const countsReply = z.object({
  meta,
  unit: z.enum(['buurt-month', 'grid']),
  months: z.array(z.string()).optional().describe('YYYY-MM labels (buurt-month)'),
  rows: z
    .array(
      z.object({
        areaCode: z.string(),
        areaName: z.string().nullable(),
        total: suppressible,
        counts: z.array(suppressible).describe('one per month'),
      }),
    )
    .optional(),
  grid: gridSpec.optional(),
  cells: z
    .array(
      z.object({
        id: z.string().describe("'x_y' of the south-west corner in RD New metres (as mission cell scopes)"),
        x: z.number(),
        y: z.number(),
        count: suppressible,
        suppressed: z.boolean(),
      }),
    )
    .optional()
    .describe('Non-empty cells only (grid)'),
});

/** Month starts (UTC minutes) from the month of `fromMin` up to and including the month holding toMin − 1. */
export function monthStarts(fromMin: number, toMin: number): { starts: number[]; labels: string[] } {
  const d = new Date(fromMin * 60_000);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  const starts: number[] = [];
  const labels: string[] = [];
  for (;;) {
    const start = Date.UTC(y, m, 1) / 60_000;
    if (start >= toMin) break;
    starts.push(start);
    labels.push(`${y}-${String(m + 1).padStart(2, '0')}`);
    if (++m === 12) [y, m] = [y + 1, 0];
  }
  return { starts, labels };
}

/** counts[buurt · M + month] for the selection (events without a buurt are left out). */
export function buurtMonthCounts(sel: Selection, starts: number[]): Float64Array {
  return buurtMonthTally(sel.table, sel.idx, starts);
}

export interface BuurtMonthRow {
  areaCode: string;
  areaName: string | null;
  total: number | null;
  counts: (number | null)[];
}

/** The rows of the buurt × month table; `counts` from `buurtMonthCounts` over the months of `monthStarts` of the period. */
export function buurtMonthView(
  sel: Selection,
  d: Disclosure,
  names: Map<string, { name: string }>,
  counts = buurtMonthCounts(sel, monthStarts(sel.period.fromMin, sel.period.toMin).starts),
) {
  const { starts, labels } = monthStarts(sel.period.fromMin, sel.period.toMin);
  const M = starts.length;
  const rows: BuurtMonthRow[] = [];
  sel.table.areaCodes.forEach((code, b) => {
    let total = 0;
    for (let m = 0; m < M; m++) total += counts[b * M + m]!;
    if (total === 0) return;
    rows.push({
      areaCode: code,
      areaName: names.get(code)?.name ?? null,
      total: d.count(total),
      counts: Array.from(counts.subarray(b * M, (b + 1) * M), (v) => d.count(v)),
    });
  });
  rows.sort((a, b) => a.areaCode.localeCompare(b.areaCode));
  return { months: labels, rows };
}

export interface GridCellRow {
  id: string;
  x: number;
  y: number;
  count: number | null;
  suppressed: boolean;
}

/** The non-empty cells; `tally` from `cellCounts` of the selection (computed by the caller). */
export function gridView(sel: Selection, spec: GridSpec, d: Disclosure, tally = cellCounts(spec, sel.table.x, sel.table.y, sel.idx)) {
  const { counts, outside } = tally;
  const cells: GridCellRow[] = [];
  for (let c = 0; c < counts.length; c++) {
    const v = counts[c]!;
    if (v === 0) continue;
    const [x, y] = cellCorner(spec, c);
    const shown = d.count(v);
    cells.push({ id: cellId(spec, c), x, y, count: shown, suppressed: shown === null });
  }
  return {
    grid: { originX: spec.originX, originY: spec.originY, cellSize: spec.cellSize, cols: spec.cols, rows: spec.rows },
    cells,
    outside,
  };
}

/** The buurt × month table: selection and tally in a worker for the incident columns of a large municipality. */
async function buurtMonthReply(ctx: ServiceContext, s: ViewSettings, q: z.infer<typeof countsQuery>, d: Disclosure): Promise<ViewResult> {
  const { sel, output } = await selectAndCount(ctx, s.gemeente, q, (period) => ({
    kind: 'buurt-month' as const,
    starts: monthStarts(period.fromMin, period.toMin).starts,
  }));
  const names = (await buurtIndex(ctx, s.gemeente)).byCode;
  const v = buurtMonthView(sel, d, names, output.counts);
  const meta = metaOf(sel, q, d);
  return {
    body: { meta, unit: q.unit, ...v },
    csv: () =>
      toCsv(
        meta,
        ['areaCode', 'areaName', 'month', 'count'],
        v.rows.flatMap((r) => v.months.map((m, i) => [r.areaCode, r.areaName, m, r.counts[i]])),
      ),
  };
}

/** The grid counts: selection and cell counts in a worker for the incident columns of a large municipality. */
async function gridReply(ctx: ServiceContext, s: ViewSettings, q: z.infer<typeof countsQuery>, d: Disclosure): Promise<ViewResult> {
  checkQuery(q, s.gemeente, pointViewErrors(q, 'grid counts'));
  const grid = await studyGrid(ctx, s.gemeente, q.cellSize);
  const { sel, output } = await selectAndCount(ctx, s.gemeente, q, { kind: 'grid', spec: grid.spec });
  const v = gridView(sel, grid.spec, d, output);
  const meta = metaOf(sel, q, d, v.outside ? [`${v.outside} events outside the grid`] : []);
  return {
    body: { meta, unit: q.unit, grid: v.grid, cells: v.cells },
    csv: () =>
      toCsv(
        meta,
        ['id', 'x', 'y', 'count'],
        v.cells.map((c) => [c.id, c.x, c.y, c.count]),
      ),
    geojson: () =>
      featureCollection(
        meta,
        v.cells.map((c) => ({
          type: 'Feature' as const,
          id: c.id,
          geometry: cellPolygon(grid.spec, cellOf(grid.spec, c.x + 1, c.y + 1)),
          properties: c,
        })),
        { grid: v.grid },
      ),
  };
}

export async function counts(ctx: ServiceContext, s: ViewSettings, q: z.infer<typeof countsQuery>): Promise<ViewResult> {
  const d = viewAccess(ctx, s.minCellCount);
  return q.unit === 'buurt-month' ? buurtMonthReply(ctx, s, q, d) : gridReply(ctx, s, q, d);
}

export const countsView = defineView({
  name: 'counts',
  input: countsQuery,
  reply: countsReply,
  geo: true,
  run: counts,
  summary: 'Event counts per buurt × month, or per grid cell (default 100 m)',
  description:
    'unit=buurt-month: one row per buurt with events, counts per calendar month (UTC) of the period. unit=grid: non-empty RD New cells; format=geojson gives them as WGS84 squares.',
});
