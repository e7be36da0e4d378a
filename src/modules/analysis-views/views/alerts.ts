/**
 * Alerts view: the current early-warning alarms over all buurten × main crime types (first two
 * CBS levels), ordered by excess, each shaped as `POST /missions/candidates` takes it plus its
 * evidence (methods/weekly-series.ts).
 */
import { z } from 'zod';
import type { ServiceContext } from '../../../core/context.ts';
import { selectionFor } from '../events/selection.ts';
import { withHistory } from '../events/history.ts';
import {
  type AlertEvidence,
  alertOf,
  assess,
  falseAlarms,
  falseAlarmsNote,
  falseAlarmsOf,
  isoDate,
  mainType,
  warningParams,
  weeklyMatrix,
} from '../methods/weekly-series.ts';
import { metaOf, viewAccess } from '../reply/disclosure.ts';
import { toCsv } from '../reply/export.ts';
import { commonQuery, intParam, meta, suppressible } from '../schema.ts';
import { defineView, type ViewResult, type ViewSettings } from '../view.ts';

/** An alarm week in a reply (trends and alerts). */
export const alert = z
  .object({
    areaCode: z.string(),
    areaName: z.string().optional(),
    crimeType: z.string().describe("CBS code or main type such as '1.2.*'"),
    weekStart: z.string().describe('Monday of the alert week (ISO date)'),
    count: suppressible,
    expected: z.number(),
    upper: z.number(),
    evidence: z.object({
      baselineWeeks: z.number(),
      baselineYears: z.number(),
      halfWindow: z.number(),
      alpha: z.number(),
      minCount: z.number(),
      method: z.string(),
    }),
  })
  .describe('An alarm week; the fields of POST /missions/candidates `alerts` plus its evidence');

export const alertsReply = z.object({ meta, alerts: z.array(alert), falseAlarms });

export const alertsQuery = commonQuery.omit({ area: true }).extend({
  ...warningParams,
  weeks: intParam(1, 52, 4).describe('Alerts of the last `weeks` weeks before `to` (default 4)'),
});

export async function alerts(ctx: ServiceContext, s: ViewSettings, q: z.infer<typeof alertsQuery>): Promise<ViewResult> {
  const d = viewAccess(ctx, s.minCellCount);
  const sel = await selectionFor(ctx, s.gemeente, q);
  const { grid, hist, places, notes } = await withHistory(ctx, sel, q, s.gemeente);
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
  let tested = 0;
  for (let key = 0; key < keys; key++) {
    const series = m.subarray(key * grid.weeks, (key + 1) * grid.weeks);
    if (series.some((v) => v > 0)) tested++;
    if (!series.some((v, w) => w >= since && v >= q.minCount)) continue;
    const b = Math.floor(key / G);
    for (const a of assess(series, q).slice(since))
      if (a.alarm) alerts.push(alertOf(a, grid.first, places.codes[b]!, places.names[b] ?? null, groups[key % G]!, q));
  }
  alerts.sort((a, b) => b.count - b.expected - (a.count - a.expected) || a.areaCode.localeCompare(b.areaCode));
  const shown = alerts.map((a) => ({ ...a, count: d.count(a.count) }));
  const byChance = falseAlarmsOf(tested, q.weeks, q.alpha);
  const meta = metaOf(sel, q, d, [
    `alerts of the weeks from ${isoDate(grid.first + since * 7 * 1440)}; main types = first two CBS levels; POST these to /missions/candidates`,
    falseAlarmsNote(byChance),
    ...notes,
  ]);
  return {
    body: { meta, alerts: shown, falseAlarms: byChance },
    csv: () =>
      toCsv(
        meta,
        ['areaCode', 'areaName', 'crimeType', 'weekStart', 'count', 'expected', 'upper'],
        shown.map((a) => [a.areaCode, a.areaName, a.crimeType, a.weekStart, a.count, a.expected, a.upper]),
      ),
  };
}

export const alertsView = defineView({
  name: 'alerts',
  input: alertsQuery.omit({ format: true }),
  reply: alertsReply,
  run: alerts,
  summary: 'Current early-warning alerts over all buurten × main crime types (input for POST /missions/candidates)',
  description:
    'Alerts of the last `weeks` weeks before `to`, ordered by excess (count − expected). Each alert has the fields /missions/candidates takes (areaCode, areaName, crimeType, weekStart, count, expected, upper) plus its evidence. falseAlarms says how many series were tested and how many alarms chance alone would give at the nominal rate alpha (series × weeks × alpha). Buurten are counted under their code in the newest loaded indeling (following same/renamed/merged relations between indelingen), so a series runs on across an indeling change; codes that cannot be followed keep their own code and are named in meta.notes.',
});
