/** Services of the trends view (one area, series per type) and the alerts view (all buurten × main types). */
import { z } from 'zod';
import type { ServiceContext } from '../../core/context.ts';
import { buurtIndex } from './areas.ts';
import { newestCode, placeKeys } from './buurt-lineage.ts';
import { metaOf, workbenchAccess } from './disclosure.ts';
import { round, toCsv } from './export.ts';
import { commonQuery, intParam } from './schema.ts';
import { areaMask, selectEvents, selectionFor, typeMask, type Selection } from './selection.ts';
import { alertOf, assess, isoDate, mainType, trendsQuery, typeKeys, warningParams, weekGrid, weeklyMatrix, type AlertEvidence, type WarningOptions } from './trends.ts';
import type { ViewResult, WorkbenchSettings } from './view.ts';

/**
 * The selection widened backwards to hold the baseline history, each buurt under its code in the
 * newest indeling (buurt-lineage.ts), restricted to `area` by those codes (a wijk by code prefix).
 */
async function withHistory(ctx: ServiceContext, sel: Selection, q: { crimeTypes?: string[] | undefined }, o: WarningOptions, gemeente: string) {
  const grid = weekGrid(sel.period.fromMin, sel.period.toMin, o);
  const { idx: all } = selectEvents(sel.table, { ...sel.period, fromMin: grid.first }, typeMask(sel.table.typeCodes, q.crimeTypes), null);
  const places = await placeKeys(ctx, gemeente, sel.table, all);
  const area = sel.area.startsWith('BU') ? await newestCode(ctx, gemeente, await buurtIndex(ctx, gemeente), 0, sel.area) : { code: sel.area, note: null };
  const inArea = areaMask(places.codes, area.code, gemeente);
  const idx = inArea ? within(all, places.keyOf, inArea) : all;
  const notes = [...places.notes, ...(area.code !== sel.area ? [`area ${sel.area} is ${area.code} in the newest indeling`] : [])];
  return { grid, places, notes, hist: { ...sel, area: area.code, idx } };
}

/** The events of `idx` whose key is in `mask`. */
function within(idx: Uint32Array, keyOf: (k: number) => number, mask: Uint8Array): Uint32Array {
  const out = new Uint32Array(idx.length);
  let n = 0;
  for (let i = 0; i < idx.length; i++) {
    const key = keyOf(idx[i]!);
    if (key >= 0 && mask[key]) out[n++] = idx[i]!;
  }
  return out.subarray(0, n);
}

/** The part of the history in the period asked (for meta when the area was matched by newest codes). */
function shownPart(hist: Selection, period: Selection['period']): Selection {
  const idx = hist.idx.filter((k) => hist.table.startMin[k]! >= period.fromMin && hist.table.startMin[k]! < period.toMin);
  let syntheticCount = 0;
  for (const k of idx) syntheticCount += hist.table.synthetic[k]!;
  return { ...hist, period, idx, syntheticCount };
}

export async function trendsService(ctx: ServiceContext, s: WorkbenchSettings, q: z.infer<typeof trendsQuery>): Promise<ViewResult> {
  const d = workbenchAccess(ctx, s.minCellCount);
  const sel = await selectionFor(ctx, s.gemeente, q);
  const { grid, hist, notes } = await withHistory(ctx, sel, q, q, s.gemeente);
  const types = q.source === 'signals' ? undefined : q.crimeTypes;
  const { labels, keyOfType } = typeKeys(hist, types);
  const m = weeklyMatrix(hist, grid.first, grid.weeks, labels.length, (k) => keyOfType[hist.table.type[k]!]!);
  const series = labels.map((label, key) => {
    const assessed = assess(m.subarray(key * grid.weeks, (key + 1) * grid.weeks), q).slice(grid.firstShown);
    const alerts: AlertEvidence[] = assessed.filter((a) => a.alarm).map((a) => alertOf(a, grid.first, hist.area, null, label, q));
    return {
      areaCode: hist.area, crimeType: label,
      weeks: assessed.map((a) => ({
        weekStart: isoDate(grid.first + a.week * 7 * 1440), count: d.count(a.count),
        expected: a.expected === null ? null : round(a.expected, 3), upper: a.upper === null ? null : round(a.upper, 3), alarm: a.alarm,
      })),
      alerts: alerts.map((a) => ({ ...a, count: d.count(a.count) })),
    };
  });
  const shown = sel.area === s.gemeente ? sel : shownPart(hist, sel.period);
  const meta = metaOf(shown, q, d, [`weekly counts, Monday-aligned UTC weeks; history from ${isoDate(grid.first)} read for the baseline`, ...notes]);
  return {
    body: { meta, series },
    csv: () => toCsv(meta, ['areaCode', 'crimeType', 'weekStart', 'count', 'expected', 'upper', 'alarm'], series.flatMap((r) => r.weeks.map((w) => [r.areaCode, r.crimeType, w.weekStart, w.count, w.expected, w.upper, w.alarm]))),
  };
}

export const alertsQuery = commonQuery.omit({ area: true }).extend({
  ...warningParams,
  weeks: intParam(1, 52, 4).describe('Alerts of the last `weeks` weeks before `to` (default 4)'),
});

export async function alertsService(ctx: ServiceContext, s: WorkbenchSettings, q: z.infer<typeof alertsQuery>): Promise<ViewResult> {
  const d = workbenchAccess(ctx, s.minCellCount);
  const sel = await selectionFor(ctx, s.gemeente, q);
  const { grid, hist, places, notes } = await withHistory(ctx, sel, q, q, s.gemeente);
  const groups = [...new Set(hist.table.typeCodes.map(mainType))];
  const groupOf = Int32Array.from(hist.table.typeCodes, (c) => groups.indexOf(mainType(c)));
  const G = groups.length;
  const keys = places.codes.length * G;
  const m = weeklyMatrix(hist, grid.first, grid.weeks, keys, (k) => {
    const b = places.keyOf(k);
    return b < 0 ? -1 : b * G + groupOf[hist.table.type[k]!]!;
  });
  const since = grid.weeks - q.weeks;
  const alerts: AlertEvidence[] = [];
  for (let key = 0; key < keys; key++) {
    const series = m.subarray(key * grid.weeks, (key + 1) * grid.weeks);
    if (!series.some((v, w) => w >= since && v >= q.minCount)) continue;
    const b = Math.floor(key / G);
    for (const a of assess(series, q).slice(since)) if (a.alarm) alerts.push(alertOf(a, grid.first, places.codes[b]!, places.names[b] ?? null, groups[key % G]!, q));
  }
  alerts.sort((a, b) => b.count - b.expected - (a.count - a.expected) || a.areaCode.localeCompare(b.areaCode));
  const shown = alerts.map((a) => ({ ...a, count: d.count(a.count) }));
  const meta = metaOf(sel, q, d, [`alerts of the weeks from ${isoDate(grid.first + since * 7 * 1440)}; main types = first two CBS levels; POST these to /missions/candidates`, ...notes]);
  return {
    body: { meta, alerts: shown },
    csv: () => toCsv(meta, ['areaCode', 'areaName', 'crimeType', 'weekStart', 'count', 'expected', 'upper'], shown.map((a) => [a.areaCode, a.areaName, a.crimeType, a.weekStart, a.count, a.expected, a.upper])),
  };
}
