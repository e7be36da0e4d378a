/**
 * Trends and early warning: weekly counts (Monday-aligned UTC weeks) per area × crime type with
 * the seasonal baseline of analysis `farringtonAssess` (same weeks of the `baselineYears` earlier
 * years ± halfWindow; alarm when count > upper and count ≥ minCount). The history before `from`
 * is read automatically. Alerts are shaped as `POST /missions/candidates` takes them.
 * Buurten: every event counts under its buurt's code in the newest loaded indeling where the
 * areas module's relations say it is the same area (`same`, `renamed`) or a clear successor
 * (`merged`), so a series and its baseline run on across an indeling change; other codes
 * (`split`, `discontinued`, no relation) keep their own code with a note in meta.notes
 * (places/buurt-lineage.ts, used by events/history.ts).
 */
import { z } from 'zod';
import { farringtonAssess, type WeekAssessment } from '../../analysis/index.ts';
import type { Selection } from '../events/selection.ts';
import { round } from '../reply/export.ts';
import { intParam, numParam } from '../schema.ts';

export const warningParams = {
  baselineYears: intParam(1, 5, 2).describe('Years of history in the seasonal baseline (default 2; the demo data run from 2021 up to now)'),
  halfWindow: intParam(0, 8, 3).describe('Weeks either side of the same week in earlier years'),
  alpha: numParam(0.0001, 0.2).default(0.01).describe('Upper-bound level (one-sided)'),
  minCount: intParam(1, 1000, 5).describe('No alarm below this weekly count'),
};
/** How many alarms chance alone would give: the series and weeks tested at the nominal rate alpha. */
export const falseAlarms = z
  .object({
    seriesTested: z
      .number()
      .int()
      .describe(
        'Series tested: area × type series with at least one event in the weeks read (history and shown weeks); each has a full seasonal baseline because the history is read back baselineYears × 52 + halfWindow weeks',
      ),
    weeks: z.number().int().describe('Weeks assessed per series (the shown weeks with a full baseline)'),
    ratePerSeriesWeek: z
      .number()
      .describe(
        'Nominal false-alarm rate per series per week: the upper bound level alpha. Nominal: with estimated baselines the realised rate can differ (analysis falseAlarmRate), and minCount removes alarms on small counts',
      ),
    expected: z.number().describe('Expected false alarms in the shown weeks if nothing changed: seriesTested × weeks × ratePerSeriesWeek'),
  })
  .describe('The early warning’s multiple testing in numbers: how many alarms to expect by chance alone');
export type FalseAlarms = z.infer<typeof falseAlarms>;

export function falseAlarmsOf(seriesTested: number, weeks: number, alpha: number): FalseAlarms {
  return { seriesTested, weeks, ratePerSeriesWeek: alpha, expected: round(seriesTested * weeks * alpha, 2)! };
}

/** `falseAlarms` as a meta note, so a CSV export (whose header carries the notes) says it too. */
export const falseAlarmsNote = (f: FalseAlarms) =>
  `${f.seriesTested} series tested over ${f.weeks} weeks; at a nominal false-alarm rate of ${f.ratePerSeriesWeek} per series per week ~${f.expected} false alarms are expected by chance`;

export type WarningOptions = { baselineYears: number; halfWindow: number; alpha: number; minCount: number };

const WEEK_MIN = 7 * 1440;
/** Monday 00:00 UTC on or before `min` (1970-01-05 was a Monday). */
export const mondayOf = (min: number) => Math.floor((min - 4 * 1440) / WEEK_MIN) * WEEK_MIN + 4 * 1440;
export const isoDate = (min: number) => new Date(min * 60_000).toISOString().slice(0, 10);

/** Week grid: from the history start (years × 52 + halfWindow weeks before `from`) to `to`. */
export function weekGrid(fromMin: number, toMin: number, o: WarningOptions) {
  const first = mondayOf(fromMin) - (o.baselineYears * 52 + o.halfWindow) * WEEK_MIN;
  const weeks = Math.ceil((toMin - first) / WEEK_MIN);
  const firstShown = Math.round((mondayOf(fromMin) - first) / WEEK_MIN);
  return { first, weeks, firstShown };
}

/** Main type of a CBS code: its first two levels as a group ('1.2.3' → '1.2.*'); other codes as they are. */
export const mainType = (code: string) => (/^\d+\.\d+\./.test(code) ? `${code.split('.').slice(0, 2).join('.')}.*` : code);

/** Weekly counts per (key, week) over the selection; `keyOf(k)` < 0 skips an event. */
export function weeklyMatrix(sel: Selection, first: number, weeks: number, keys: number, keyOf: (k: number) => number): Float64Array {
  const out = new Float64Array(keys * weeks);
  for (const k of sel.idx) {
    const key = keyOf(k);
    if (key < 0) continue;
    const w = Math.floor((sel.table.startMin[k]! - first) / WEEK_MIN);
    if (w >= 0 && w < weeks) out[key * weeks + w]!++;
  }
  return out;
}

/** An early-warning alert, as `POST /missions/candidates` takes it. */
export interface Alert {
  areaCode: string;
  areaName?: string;
  crimeType: string;
  /** Monday of the alert week (ISO date). */
  weekStart: string;
  count: number;
  expected: number;
  upper: number;
}

/** An alarm week as POST /missions/candidates takes it, plus the evidence behind it. */
export interface AlertEvidence extends Alert {
  evidence: { baselineWeeks: number; baselineYears: number; halfWindow: number; alpha: number; minCount: number; method: string };
}

export function assess(series: Float64Array, o: WarningOptions): WeekAssessment[] {
  return farringtonAssess(series, { years: o.baselineYears, halfWindow: o.halfWindow, alpha: o.alpha, minCount: o.minCount });
}

export function alertOf(
  a: WeekAssessment,
  first: number,
  areaCode: string,
  areaName: string | null,
  crimeType: string,
  o: WarningOptions,
): AlertEvidence {
  return {
    areaCode,
    ...(areaName ? { areaName } : {}),
    crimeType,
    weekStart: isoDate(first + a.week * WEEK_MIN),
    count: a.count,
    expected: round(a.expected!, 4)!,
    upper: round(a.upper!, 4)!,
    evidence: {
      baselineWeeks: o.baselineYears * (2 * o.halfWindow + 1),
      baselineYears: o.baselineYears,
      halfWindow: o.halfWindow,
      alpha: o.alpha,
      minCount: o.minCount,
      method:
        'Farrington et al. (1996) seasonal baseline without trend: mean of the same weeks in earlier years ± halfWindow, quasi-Poisson upper bound (2/3-power)',
    },
  };
}

/** Series keys for the trends view: one per asked type (or per main type present), events of `area` only. */
export function typeKeys(sel: Selection, asked: string[] | undefined): { labels: string[]; keyOfType: Int32Array } {
  const codes = sel.table.typeCodes;
  const labels = asked?.length ? [...asked] : [...new Set(Array.from(sel.idx, (k) => mainType(codes[sel.table.type[k]!]!)))].sort();
  const keyOfType = Int32Array.from(codes, (code) =>
    labels.findIndex((l) => (l.endsWith('.*') ? code.startsWith(l.slice(0, -1)) : l === code || l === mainType(code))),
  );
  return { labels, keyOfType };
}
