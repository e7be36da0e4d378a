/**
 * Calendar arithmetic of the Awb terms on 'YYYY-MM-DD' dates (UTC, no time of day). Terms are
 * counted in calendar days; a week is 7 days. The Algemene termijnenwet (a term ending on a
 * Saturday, Sunday or public holiday runs to the next working day) is NOT applied.
 */

const DAY_MS = 86_400_000;

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The date `days` calendar days after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return new Date(toTime(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** Today as YYYY-MM-DD (UTC). */
export const todayOf = (now: Date) => now.toISOString().slice(0, 10);

/** The later of two dates (null when both are null). */
export function laterOf(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
