/** The line under the current alerts: how many series were tested and how many alarms chance alone would give. Pure. */
import { formatNumber } from './format.ts';
import type { FalseAlarms } from './types.ts';

/** Interpolation values for `analysis.trends.falseAlarms`: counts as numbers, rate as a percentage, expected rounded (one decimal below 10). */
export function falseAlarmValues(fa: FalseAlarms, found: number, lang: string) {
  return {
    count: fa.seriesTested,
    series: formatNumber(fa.seriesTested, lang) ?? '',
    weeks: formatNumber(fa.weeks, lang) ?? '',
    rate: `${formatNumber(fa.ratePerSeriesWeek * 100, lang, 2)} %`,
    expected: formatNumber(fa.expected, lang, fa.expected < 10 ? 1 : 0) ?? '',
    found: formatNumber(found, lang) ?? '',
  };
}
