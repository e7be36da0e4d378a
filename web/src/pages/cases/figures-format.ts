/** Pure helpers of the figures page: suppressed values as "—", shares as percentages, year and month names. */

/** The sign of a suppressed value (a small number, or one that would give a small number away). */
export const SUPPRESSED = '—';

export const countText = (value: number | null, locale: string) => (value === null ? SUPPRESSED : value.toLocaleString(locale));

export const shareText = (share: number | null, locale: string) =>
  share === null ? SUPPRESSED : share.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 0 });

export const daysText = (days: number | null, locale: string) => (days === null ? SUPPRESSED : days.toLocaleString(locale));

/** This year and the five before it, newest first. */
export function yearChoices(now: Date, count = 6): number[] {
  const year = now.getFullYear();
  return Array.from({ length: count }, (_, i) => year - i);
}

/** 'YYYY-MM' as a month name in the language ('januari', 'January'). */
export function monthName(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, 15)).toLocaleString(locale, { month: 'long', timeZone: 'UTC' });
}

/** Whether any value of a list is suppressed (then the explanation is shown beside it). */
export const anySuppressed = (values: readonly (number | null)[]) => values.some((v) => v === null);
