/**
 * Services of the core workbench views: counts, hottimes, hotspots, hotcrimes. Each: authorise,
 * select events, compute with analysis functions, apply disclosure control, present.
 */
import { z } from 'zod';
import type { ServiceContext } from '../../core/context.ts';
import { cellOf, hotcrimes } from '../analysis/index.ts';
import { buurtIndex } from './areas.ts';
import { buurtMonthView, gridView } from './counts.ts';
import { metaOf, workbenchAccess } from './disclosure.ts';
import { featureCollection, round, toCsv } from './export.ts';
import { studyGrid, cellPolygon } from './grid.ts';
import { HOTTIMES_METHOD, hottimesView } from './hottimes.ts';
import { commonQuery, intParam } from './schema.ts';
import { resolvePeriod, selectEvents, selectionFor, typeMask, areaMask, type Selection } from './selection.ts';
import type { ViewResult, WorkbenchSettings } from './view.ts';

export const countsQuery = commonQuery.extend({
  unit: z.enum(['buurt-month', 'grid']).default('buurt-month').describe('buurt × month table, or counts per grid cell'),
  cellSize: intParam(25, 5000, 100).describe('Grid cell size in metres (RD New); default 100'),
});

export async function countsService(ctx: ServiceContext, s: WorkbenchSettings, q: z.infer<typeof countsQuery>): Promise<ViewResult> {
  const d = workbenchAccess(ctx, s.minCellCount);
  const sel = await selectionFor(ctx, s.gemeente, q);
  if (q.unit === 'buurt-month') {
    const names = (await buurtIndex(ctx, s.gemeente)).byCode;
    const v = buurtMonthView(sel, d, names);
    const meta = metaOf(sel, q, d);
    return {
      body: { meta, unit: q.unit, ...v },
      csv: () => toCsv(meta, ['areaCode', 'areaName', 'month', 'count'], v.rows.flatMap((r) => v.months.map((m, i) => [r.areaCode, r.areaName, m, r.counts[i]]))),
    };
  }
  const grid = await studyGrid(ctx, s.gemeente, q.cellSize);
  const v = gridView(sel, grid.spec, d);
  const meta = metaOf(sel, q, d, v.outside ? [`${v.outside} events outside the grid`] : []);
  return {
    body: { meta, unit: q.unit, grid: v.grid, cells: v.cells },
    csv: () => toCsv(meta, ['id', 'x', 'y', 'count'], v.cells.map((c) => [c.id, c.x, c.y, c.count])),
    geojson: () => featureCollection(meta, v.cells.map((c) => ({
      type: 'Feature' as const, id: c.id, geometry: cellPolygon(grid.spec, cellOf(grid.spec, c.x + 1, c.y + 1)), properties: c,
    })), { grid: v.grid }),
  };
}

export async function hottimesService(ctx: ServiceContext, s: WorkbenchSettings, q: z.infer<typeof commonQuery>): Promise<ViewResult> {
  const d = workbenchAccess(ctx, s.minCellCount);
  const sel = await selectionFor(ctx, s.gemeente, q);
  const v = hottimesView(sel, d);
  const meta = metaOf(sel, q, d, [HOTTIMES_METHOD]);
  return {
    body: { meta, ...v },
    csv: () => toCsv(meta, ['weekday', 'hour', 'value'], v.matrix.flatMap((row, w) => row.map((val, h) => [v.weekdays[w], h, val]))),
  };
}

export const hotcrimesQuery = commonQuery.extend({
  baselineFrom: z.iso.date().optional().describe('Baseline start (inclusive). Default: the period of equal length just before `from`.'),
  baselineTo: z.iso.date().optional().describe('Baseline end (exclusive). Default: `from`.'),
  minCount: intParam(1, 1000, 10).describe('Types with current + baseline below this are listed but not tested or ranked on change'),
});

function baselineSelection(sel: Selection, q: z.infer<typeof hotcrimesQuery>, gemeente: string): Selection {
  const len = sel.period.toMin - sel.period.fromMin;
  const iso = (min: number) => new Date(min * 60_000).toISOString().slice(0, 10);
  const period = resolvePeriod(sel.table, { from: q.baselineFrom ?? iso(sel.period.fromMin - len), to: q.baselineTo ?? sel.period.from });
  const { idx, syntheticCount, withoutBuurt } = selectEvents(sel.table, period, typeMask(sel.table.typeCodes, q.crimeTypes), areaMask(sel.table.areaCodes, sel.area, gemeente));
  return { ...sel, idx, period, syntheticCount, withoutBuurt };
}

export async function hotcrimesService(ctx: ServiceContext, s: WorkbenchSettings, q: z.infer<typeof hotcrimesQuery>): Promise<ViewResult> {
  const d = workbenchAccess(ctx, s.minCellCount);
  const errors = q.baselineFrom && q.baselineTo && q.baselineFrom >= q.baselineTo ? [{ name: 'query.baselineTo', reason: 'must be after baselineFrom' }] : [];
  const sel = await selectionFor(ctx, s.gemeente, q, errors);
  const base = baselineSelection(sel, q, s.gemeente);
  const tally = new Map<string, { current: number; baseline: number }>();
  const bump = (k: number, key: 'current' | 'baseline') => {
    const type = sel.table.typeCodes[sel.table.type[k]!]!;
    const t = tally.get(type) ?? { current: 0, baseline: 0 };
    t[key]++;
    tally.set(type, t);
  };
  sel.idx.forEach((k) => bump(k, 'current'));
  base.idx.forEach((k) => bump(k, 'baseline'));
  const days = (p: Selection['period']) => (p.toMin - p.fromMin) / 1440;
  const r = hotcrimes([...tally].map(([type, c]) => ({ type, ...c })), { currentLength: days(sel.period), baselineLength: days(base.period), minCount: q.minCount });
  const present = (row: (typeof r.byLevel)[number]) => {
    const hidden = d.isHidden(row.current) || d.isHidden(row.baseline);
    const keep = <T>(v: T) => (hidden ? null : v);
    return {
      type: row.type, current: d.count(row.current), baseline: d.count(row.baseline), currentRate: keep(round(row.currentRate, 4)), baselineRate: keep(round(row.baselineRate, 4)),
      rateRatio: keep(round(row.rateRatio, 4)), change: keep(round(row.change, 4)), tested: row.tested, p: keep(row.p), q: keep(row.q), levelRank: row.levelRank, changeRank: row.changeRank, suppressed: hidden,
    };
  };
  const byLevel = r.byLevel.map(present);
  const byChange = r.byChange.map((row) => byLevel.find((b) => b.type === row.type)!);
  const meta = metaOf(sel, q, d, [`rates per day; exact conditional test of equal Poisson rates (binomial), BH q over tested types; minCount ${q.minCount}`]);
  const baseline = { from: base.period.from, to: base.period.to, events: d.count(base.idx.length) };
  return {
    body: { meta, baseline, byLevel, byChange },
    csv: () => toCsv(meta, ['type', 'current', 'baseline', 'currentRate', 'baselineRate', 'rateRatio', 'change', 'tested', 'p', 'q', 'levelRank', 'changeRank'],
      byLevel.map((b) => [b.type, b.current, b.baseline, b.currentRate, b.baselineRate, b.rateRatio, b.change, b.tested, b.p, b.q, b.levelRank, b.changeRank])),
  };
}
