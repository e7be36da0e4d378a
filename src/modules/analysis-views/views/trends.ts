/**
 * Trends view: weekly series of one area per crime type (Monday-aligned UTC weeks) with the
 * seasonal baseline and early-warning alarms of analysis `farringtonAssess`
 * (methods/weekly-series.ts); the history before `from` is read for the baseline.
 */
import { z } from 'zod';
import type { ServiceContext } from '../../../core/context.ts';
import { selectionFor } from '../events/selection.ts';
import { shownPart, withHistory } from '../events/history.ts';
import {
  type AlertEvidence,
  alertOf,
  assess,
  falseAlarms,
  falseAlarmsNote,
  falseAlarmsOf,
  isoDate,
  typeKeys,
  warningParams,
  weeklyMatrix,
} from '../methods/weekly-series.ts';
import { metaOf, viewAccess } from '../reply/disclosure.ts';
import { round, toCsv } from '../reply/export.ts';
import { commonQuery, meta, suppressible } from '../schema.ts';
import { defineView, type ViewResult, type ViewSettings } from '../view.ts';
import { alert } from './alerts.ts';

export const trendsQuery = commonQuery.extend(warningParams);

export const trendsReply = z.object({
  meta,
  series: z.array(
    z.object({
      areaCode: z.string(),
      crimeType: z.string(),
      weeks: z.array(
        z.object({
          weekStart: z.string(),
          count: suppressible,
          expected: z.number().nullable().describe('null without a full baseline'),
          upper: z.number().nullable(),
          alarm: z.boolean(),
        }),
      ),
      alerts: z.array(alert),
    }),
  ),
  falseAlarms,
});

export async function trends(ctx: ServiceContext, s: ViewSettings, q: z.infer<typeof trendsQuery>): Promise<ViewResult> {
  const d = viewAccess(ctx, s.minCellCount);
  const sel = await selectionFor(ctx, s.gemeente, q);
  const { grid, hist, notes } = await withHistory(ctx, sel, q, s.gemeente);
  const types = q.source === 'incidents' ? q.crimeTypes : undefined;
  const { labels, keyOfType } = typeKeys(hist, types);
  const m = weeklyMatrix(hist, grid.first, grid.weeks, labels.length, (k) => keyOfType[hist.table.type[k]!]!);
  let tested = 0;
  let weeksAssessed = 0;
  const series = labels.map((label, key) => {
    const counts = m.subarray(key * grid.weeks, (key + 1) * grid.weeks);
    const assessed = assess(counts, q).slice(grid.firstShown);
    if (counts.some((v) => v > 0)) tested++;
    weeksAssessed = assessed.filter((a) => a.expected !== null).length;
    const alerts: AlertEvidence[] = assessed.filter((a) => a.alarm).map((a) => alertOf(a, grid.first, hist.area, null, label, q));
    return {
      areaCode: hist.area,
      crimeType: label,
      weeks: assessed.map((a) => ({
        weekStart: isoDate(grid.first + a.week * 7 * 1440),
        count: d.count(a.count),
        expected: a.expected === null ? null : round(a.expected, 3),
        upper: a.upper === null ? null : round(a.upper, 3),
        alarm: a.alarm,
      })),
      alerts: alerts.map((a) => ({ ...a, count: d.count(a.count) })),
    };
  });
  const shown = sel.area === s.gemeente ? sel : shownPart(hist, sel.period);
  const byChance = falseAlarmsOf(tested, weeksAssessed, q.alpha);
  const meta = metaOf(shown, q, d, [
    `weekly counts, Monday-aligned UTC weeks; history from ${isoDate(grid.first)} read for the baseline`,
    falseAlarmsNote(byChance),
    ...notes,
  ]);
  return {
    body: { meta, series, falseAlarms: byChance },
    csv: () =>
      toCsv(
        meta,
        ['areaCode', 'crimeType', 'weekStart', 'count', 'expected', 'upper', 'alarm'],
        series.flatMap((r) => r.weeks.map((w) => [r.areaCode, r.crimeType, w.weekStart, w.count, w.expected, w.upper, w.alarm])),
      ),
  };
}

export const trendsView = defineView({
  name: 'trends',
  input: trendsQuery.omit({ format: true }),
  reply: trendsReply,
  run: trends,
  summary: 'Weekly series of one area per crime type with the seasonal baseline and early-warning alerts',
  description:
    'One series per crimeTypes entry (default: per main type = first two CBS levels, e.g. 1.2.*). Baseline and alarm: analysis farringtonAssess; each alert carries its evidence (baseline weeks, rule); falseAlarms says how many series were tested and how many alarms chance alone would give at the nominal rate alpha (series × weeks × alpha). Buurten are counted under their code in the newest loaded indeling (following same/renamed/merged relations between indelingen), so a series runs on across an indeling change; codes that cannot be followed keep their own code and are named in meta.notes.',
});
