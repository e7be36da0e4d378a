/**
 * Hotspot evaluation (analysis `evaluateHotspots`): a selection of grid cells (corners from a
 * hotspots call) or buurten (as the land cells whose centre lies in them) against the events of a
 * later period; RRI against an earlier period. Study area = the land cells of the study grid.
 */
import { z } from 'zod';
import type { ServiceContext } from '../../../core/context.ts';
import { invalidInput, type FieldError } from '../../../core/errors.ts';
import { cellOf, evaluateHotspots } from '../../analysis/index.ts';
import { resolvePeriod, pointViewErrors, selectionFor, selectPeriod } from '../events/selection.ts';
import { cellCounts, studyGrid, type StudyGrid } from '../places/study-grid.ts';
import { metaOf, viewAccess } from '../reply/disclosure.ts';
import { round } from '../reply/export.ts';
import { commonQuery, meta, suppressible } from '../schema.ts';
import { defineView, type ViewResult, type ViewSettings } from '../view.ts';

export const evaluationBody = commonQuery
  .omit({ format: true, crimeTypes: true, categories: true })
  .extend({
    crimeTypes: z
      .array(z.string().regex(/^[\d.]+(\.\*)?$/))
      .max(50)
      .optional()
      .describe('CBS codes, as in the hotspots call'),
    categories: z.array(z.string()).max(50).optional(),
    selection: z
      .discriminatedUnion('unit', [
        z.object({
          unit: z.literal('grid'),
          cellSize: z.number().int().min(50).max(5000),
          cells: z
            .array(z.tuple([z.number(), z.number()]))
            .min(1)
            .max(20_000)
            .describe('South-west corners (RD) from hotspots `corner`'),
        }),
        z.object({
          unit: z.literal('buurt'),
          cellSize: z.number().int().min(50).max(5000).default(100),
          buurten: z
            .array(z.string().regex(/^BU\d{8}$/))
            .min(1)
            .max(500),
        }),
      ])
      .describe('The hotspots to evaluate'),
    baselineFrom: z.iso.date().optional().describe('Earlier period (for RRI): start'),
    baselineTo: z.iso.date().optional().describe('Earlier period (for RRI): end (exclusive)'),
  })
  .describe('from/to = the later (evaluation) period');
export type EvaluationBody = z.infer<typeof evaluationBody>;

function selectedCells(g: StudyGrid, sel: EvaluationBody['selection']): { cells: number[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (sel.unit === 'buurt') {
    const wanted = new Set(sel.buurten);
    const cells: number[] = [];
    g.buurtOfCell.forEach((b, c) => {
      if (b !== 0xffff && g.land[c] && wanted.has(g.buurtCodes[b]!)) cells.push(c);
    });
    if (!cells.length) errors.push({ name: 'body.selection.buurten', reason: 'no land cell lies in these buurten' });
    return { cells, errors };
  }
  const cells = sel.cells.map(([x, y], i) => {
    const c = x % sel.cellSize === 0 && y % sel.cellSize === 0 ? cellOf(g.spec, x + 1, y + 1) : -1;
    if (c < 0)
      errors.push({
        name: `body.selection.cells.${i}`,
        reason: 'not a cell corner of the study grid (multiple of cellSize inside the municipality)',
      });
    return c;
  });
  return { cells: [...new Set(cells)], errors };
}

export async function evaluation(ctx: ServiceContext, s: ViewSettings, b: EvaluationBody): Promise<ViewResult> {
  const d = viewAccess(ctx, s.minCellCount);
  const g = await studyGrid(ctx, s.gemeente, b.selection.cellSize);
  const { cells, errors } = selectedCells(g, b.selection);
  if ((b.baselineFrom === undefined) !== (b.baselineTo === undefined))
    errors.push({ name: 'body.baselineTo', reason: 'give both baselineFrom and baselineTo, or neither' });
  if (errors.length) throw invalidInput(errors);
  const sel = await selectionFor(ctx, s.gemeente, { ...b, format: 'json' }, pointViewErrors(b, 'hotspot evaluation', 'body'), 'body');
  const later = cellCounts(g.spec, sel.table.x, sel.table.y, sel.idx).counts;
  let earlier: Float64Array | undefined;
  if (b.baselineFrom && b.baselineTo) {
    const { idx } = selectPeriod(sel, resolvePeriod(sel.table, { from: b.baselineFrom, to: b.baselineTo }));
    earlier = cellCounts(g.spec, sel.table.x, sel.table.y, idx).counts;
  }
  const r = evaluateHotspots({ selected: cells, later, ...(earlier ? { earlier } : {}), studyCells: g.landCells });
  const hidden = d.isHidden(r.hits);
  const keep = <T>(v: T) => (hidden ? null : v);
  const meta = metaOf(sel, b, d, [`study area: ${g.landCells} land cells of ${g.spec.cellSize} m`]);
  return {
    body: {
      meta,
      selectedCells: r.selectedCells,
      studyCells: g.landCells,
      hits: d.count(r.hits),
      total: d.count(r.total),
      hitRate: keep(round(r.hitRate, 4)),
      areaShare: round(r.areaShare, 6),
      pai: keep(round(r.pai, 4)),
      maxHits: d.count(r.maxHits),
      pei: keep(round(r.pei, 4)),
      rri: r.rri === null ? null : keep(round(r.rri, 4)),
      baseline: b.baselineFrom ? { from: b.baselineFrom, to: b.baselineTo } : null,
    },
  };
}

export const evaluationReply = z.object({
  meta,
  selectedCells: z.number(),
  studyCells: z.number(),
  hits: suppressible,
  total: suppressible,
  hitRate: suppressible,
  areaShare: z.number().nullable(),
  pai: suppressible,
  maxHits: suppressible,
  pei: suppressible,
  rri: suppressible,
  baseline: z.object({ from: z.string().optional(), to: z.string().optional() }).nullable(),
});

export const evaluationView = defineView({
  name: 'evaluation',
  method: 'POST',
  input: evaluationBody,
  reply: evaluationReply,
  run: evaluation,
  summary: 'Hotspot evaluation: PAI, PEI and RRI of a selection of cells or buurten against a later period',
  description:
    'PAI = hit rate / area share (Chainey et al. 2008); PEI = hits / the most any selection of equal area could hold (Hunt 2016); RRI = (hits later / hits earlier) / (total later / total earlier) (Levine 2008).',
});
