/**
 * How KPI progress is drawn: a bar from baseline (0) to target (1) with a marker where a linear
 * path to the deadline would be by now. The server computes progress (missions/progress.ts); this
 * only turns its numbers into widths, tones and words. Pure.
 */
import type { ProgressStatus } from './types.ts';

export interface ProgressBar {
  /** Filled width in percent of the bar, 0–100 (negative progress shows as 0, beyond target as 100). */
  width: number;
  /** Position of the expected-by-now marker in percent. */
  expected: number;
  /** Progress in percent of the way, unclamped and rounded; null without data. */
  percent: number | null;
  /** Moved away from the target (progress below zero). */
  wrongWay: boolean;
  tone: 'good' | 'warn' | 'bad' | 'none';
}

const clamp = (v: number) => Math.min(100, Math.max(0, v));
const TONES: Record<ProgressStatus, ProgressBar['tone']> = {
  achieved: 'good',
  'on-track': 'good',
  behind: 'bad',
  'no-data': 'none',
  suppressed: 'none',
};

export function progressBar(status: ProgressStatus, fraction: number | null, expectedFraction: number): ProgressBar {
  const percent = fraction === null ? null : Math.round(fraction * 100);
  return {
    width: percent === null ? 0 : clamp(status === 'achieved' ? 100 : percent),
    expected: clamp(Math.round(expectedFraction * 100)),
    percent,
    wrongWay: fraction !== null && fraction < 0,
    tone: fraction !== null && fraction < 0 ? 'bad' : TONES[status],
  };
}

/** Words next to a bar when the server's explanation is not in the reply (the portfolio): "40% van de weg, 50% van de tijd". */
export function progressWords(
  bar: ProgressBar,
  t: (key: string, vars?: Record<string, unknown>) => string,
  status?: ProgressStatus,
): string {
  if (status === 'suppressed') return t('missions.progress.suppressed');
  if (bar.percent === null) return t('missions.progress.noData');
  return t('missions.progress.words', { percent: bar.percent, expected: bar.expected });
}

/** The worst status first, as the portfolio's overall KPI status (behind < no-data < suppressed < on-track < achieved). */
export const STATUS_ORDER: ProgressStatus[] = ['behind', 'no-data', 'suppressed', 'on-track', 'achieved'];

/** A number for a table cell: integers as is, others with up to `digits` decimals, in the locale. */
export function formatNumber(value: number | null | undefined, locale: string, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: Number.isInteger(value) ? 0 : digits }).format(
    value,
  );
}

/** A reading with its 95% margin: "23,4 ± 2,1". */
export function formatReading(value: number | null | undefined, margin: number | null | undefined, locale: string): string {
  const v = formatNumber(value, locale);
  return margin !== null && margin !== undefined && v !== '—' ? `${v} ± ${formatNumber(margin, locale)}` : v;
}

/** A date (YYYY-MM-DD or ISO time) as "1 jan. 2023" in the locale; '' for null. */
export function formatDay(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const d = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(d);
}
