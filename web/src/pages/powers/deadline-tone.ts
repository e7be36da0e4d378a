/**
 * How a deadline is shown (pure, unit-tested): red when overdue or missed, a warning when due within
 * seven days, "termijn verstreken" when a term passed unused; the deadlines list puts overdue first.
 */

/** Due within this many calendar days shows a warning. */
export const WARN_DAYS = 7;

export type DeadlineTone = 'overdue' | 'soon' | 'open' | 'met' | 'missed' | 'lapsed';

interface DeadlineLike {
  status: 'open' | 'met' | 'missed' | 'lapsed';
  daysLeft: number | null;
  due: string;
}

export function deadlineTone(d: Pick<DeadlineLike, 'status' | 'daysLeft'>): DeadlineTone {
  if (d.status !== 'open') return d.status;
  if (d.daysLeft !== null && d.daysLeft < 0) return 'overdue';
  if (d.daysLeft !== null && d.daysLeft <= WARN_DAYS) return 'soon';
  return 'open';
}

/** The CSS class of the badge for a tone (no badge for an open deadline far away). */
export const TONE_CLASS: Record<DeadlineTone, string | null> = {
  overdue: 'badge overdue',
  missed: 'badge overdue',
  soon: 'badge pw-soon',
  open: null,
  met: 'badge pw-met',
  lapsed: 'badge pw-lapsed',
};

/** Overdue first, then by due date (earliest first). */
export function sortByUrgency<T extends DeadlineLike>(rows: readonly T[]): T[] {
  const rank = (d: T) => (deadlineTone(d) === 'overdue' || deadlineTone(d) === 'missed' ? 0 : 1);
  return [...rows].sort((a, b) => rank(a) - rank(b) || a.due.localeCompare(b.due));
}

/** The choices of the deadlines page's term. */
export const WITHIN_CHOICES = ['7d', '14d', '30d', '90d'] as const;
export type WithinChoice = (typeof WITHIN_CHOICES)[number];
export const isWithinChoice = (v: string | null): v is WithinChoice => WITHIN_CHOICES.includes(v as WithinChoice);
