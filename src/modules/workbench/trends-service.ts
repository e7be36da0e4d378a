/** Services of the trends view (one area, series per type) and the alerts view (all buurten × main types). */
import { z } from 'zod';
import type { ServiceContext } from '../../core/context.ts';
import { buurtIndex } from './areas.ts';
import { metaOf, workbenchAccess } from './disclosure.ts';
import { round, toCsv } from './export.ts';
import { commonQuery, intParam } from './schema.ts';
import { selectEvents, selectionFor, typeMask, areaMask, type Selection } from './selection.ts';
import { alertOf, assess, buurtKey, isoDate, mainType, trendsQuery, typeKeys, warningParams, weekGrid, weeklyMatrix, type AlertEvidence, type WarningOptions } from './trends.ts';
import type { ViewResult, WorkbenchSettings } from './view.ts';

/** The selection widened backwards to hold the baseline history. */
function withHistory(sel: Selection, q: { crimeTypes?: string[] | undefined }, o: WarningOptions, gemeente: string) {
  const grid = weekGrid(sel.period.fromMin, sel.period.toMin, o);
  const period = { ...sel.period, fromMin: grid.first };
  const { idx } = selectEvents(sel.table, period, typeMask(sel.table.typeCodes, q.crimeTypes), areaMask(sel.table.areaCodes, sel.area, gemeente));
  return { grid, hist: { ...sel, idx } };
}

export async function trendsService(ctx: ServiceContext, s: WorkbenchSettings, q: z.infer<typeof trendsQuery>): Promise<ViewResult> {
  const d = workbenchAccess(ctx, s.minCellCount);
  const sel = await selectionFor(ctx, s.gemeente, q);
  const { grid, hist } = withHistory(sel, q, q, s.gemeente);
  const types = q.source === 'signals' ? undefined : q.crimeTypes;
  const { labels, keyOfType } = typeKeys(hist, types);
  const m = weeklyMatrix(hist, grid.first, grid.weeks, labels.length, (k) => keyOfType[hist.table.type[k]!]!);
  const series = labels.map((label, key) => {
    const assessed = assess(m.subarray(key * grid.weeks, (key + 1) * grid.weeks), q).slice(grid.firstShown);
    const alerts: AlertEvidence[] = assessed.filter((a) => a.alarm).map((a) => alertOf(a, grid.first, sel.area, null, label, q));
    return {
      areaCode: sel.area, crimeType: label,
      weeks: assessed.map((a) => ({
        weekStart: isoDate(grid.first + a.week * 7 * 1440), count: d.count(a.count),
        expected: a.expected === null ? null : round(a.expected, 3), upper: a.upper === null ? null : round(a.upper, 3), alarm: a.alarm,
      })),
      alerts: alerts.map((a) => ({ ...a, count: d.count(a.count) })),
    };
  });
  const meta = metaOf(sel, q, d, [`weekly counts, Monday-aligned UTC weeks; history from ${isoDate(grid.first)} read for the baseline`]);
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
  const { grid, hist } = withHistory(sel, q, q, s.gemeente);
  const groups = [...new Set(hist.table.typeCodes.map(mainType))];
  const groupOf = Int32Array.from(hist.table.typeCodes, (c) => groups.indexOf(mainType(c)));
  const G = groups.length;
  const m = weeklyMatrix(hist, grid.first, grid.weeks, hist.table.areaCodes.length * G, (k) => {
    const b = buurtKey(hist, k);
    return b < 0 ? -1 : b * G + groupOf[hist.table.type[k]!]!;
  });
  const names = (await buurtIndex(ctx, s.gemeente)).byCode;
  const since = grid.weeks - q.weeks;
  const alerts: AlertEvidence[] = [];
  for (let key = 0; key < hist.table.areaCodes.length * G; key++) {
    const series = m.subarray(key * grid.weeks, (key + 1) * grid.weeks);
    if (!series.some((v, w) => w >= since && v >= q.minCount)) continue;
    const code = hist.table.areaCodes[Math.floor(key / G)]!;
    if (!code.startsWith('BU')) continue;
    for (const a of assess(series, q).slice(since)) if (a.alarm) alerts.push(alertOf(a, grid.first, code, names.get(code)?.name ?? null, groups[key % G]!, q));
  }
  alerts.sort((a, b) => b.count - b.expected - (a.count - a.expected) || a.areaCode.localeCompare(b.areaCode));
  const shown = alerts.map((a) => ({ ...a, count: d.count(a.count) }));
  const meta = metaOf(sel, q, d, [`alerts of the weeks from ${isoDate(grid.first + since * 7 * 1440)}; main types = first two CBS levels; POST these to /missions/candidates`]);
  return {
    body: { meta, alerts: shown },
    csv: () => toCsv(meta, ['areaCode', 'areaName', 'crimeType', 'weekStart', 'count', 'expected', 'upper'], shown.map((a) => [a.areaCode, a.areaName, a.crimeType, a.weekStart, a.count, a.expected, a.upper])),
  };
}
