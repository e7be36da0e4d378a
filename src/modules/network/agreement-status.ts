/**
 * An agreement's status on a day: planned (not started), active, expiring (ends within
 * AGREEMENT_WARNING_DAYS) or expired (the end date has passed) — with a Dutch warning to show.
 */
import type { AgreementStatus } from './detail-schema.ts';

/** How many days before its end date an agreement counts as expiring (list badge, page warning, reminder mail). */
export const AGREEMENT_WARNING_DAYS = 60;

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** `date` plus `days` as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Today (UTC) as YYYY-MM-DD. */
export const todayOf = (now: Date) => now.toISOString().slice(0, 10);

export interface AgreementState {
  status: AgreementStatus;
  daysLeft: number | null;
  warning: string | null;
}

export function agreementState(a: { starts_on: string; ends_on: string | null }, today: string): AgreementState {
  const daysLeft = a.ends_on ? daysBetween(today, a.ends_on) : null;
  if (daysLeft !== null && daysLeft < 0) return { status: 'expired', daysLeft, warning: `Verlopen op ${a.ends_on}` };
  if (daysLeft !== null && daysLeft <= AGREEMENT_WARNING_DAYS) {
    const when = daysLeft === 0 ? 'vandaag' : daysLeft === 1 ? 'morgen' : `over ${daysLeft} dagen`;
    return { status: 'expiring', daysLeft, warning: `Verloopt ${when} (t/m ${a.ends_on})` };
  }
  if (a.starts_on > today) return { status: 'planned', daysLeft, warning: null };
  return { status: 'active', daysLeft, warning: null };
}
