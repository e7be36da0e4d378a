/**
 * The figures of the person-oriented approach computed from the facts of the cases (pure, no I/O):
 * cases open at the period's end per criterion and per trajectory, inflow and outflow per month,
 * the median duration of the cases closed in the period and the share of the cases opened in the
 * period that had a plan within 4 weeks. Raw counts here; figures-suppression.ts hides small ones.
 * Months are calendar months in Dutch time (Europe/Amsterdam).
 */
import type { CaseFacts } from './figures-store.ts';
import { TRAJECTORIES } from '../tables.ts';

const DAY_MS = 86_400_000;
/** A plan counts as "within 4 weeks" when it was set at most this many days after the case was opened. */
export const PLAN_WITHIN_DAYS = 28;
export const NO_TRAJECTORY = 'geen';

export interface FiguresPeriod {
  year: number;
  from: Date;
  /** The period's end: the end of the year, or now for the current year. */
  to: Date;
}

const HOUR_MS = 3_600_000;

/** The year in Dutch time (1 January and 31 December are in winter time, UTC+1), ending no later than now. */
export function periodOfYear(year: number, now: Date): FiguresPeriod {
  const from = new Date(Date.UTC(year, 0, 1) - HOUR_MS);
  const end = new Date(Date.UTC(year + 1, 0, 1) - HOUR_MS - 1);
  return { year, from, to: end < now ? end : now };
}

const monthFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit' });
/** 'YYYY-MM' of an instant in Dutch time. */
export const monthOf = (d: Date) => monthFormat.format(d).slice(0, 7);

/** The months of the period, 'YYYY-01' up to the month of its end. */
export function monthsOf(p: FiguresPeriod): string[] {
  const last = Number(monthOf(p.to).slice(5, 7));
  return Array.from({ length: last }, (_, i) => `${p.year}-${String(i + 1).padStart(2, '0')}`);
}

export const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;

const isOpenAt = (c: CaseFacts, t: Date) => c.openedAt <= t && (c.closedAt === null || c.closedAt > t);
const within = (d: Date | null, p: FiguresPeriod) => d !== null && d >= p.from && d <= p.to;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface RawFigures {
  openAtEnd: number;
  perCriterion: Map<string, number>;
  perTrajectory: Map<string, number>;
  /** Per month 'YYYY-MM': cases opened and closed in it. */
  inflow: Map<string, number>;
  outflow: Map<string, number>;
  /** Days open of each case closed in the period. */
  closedDays: number[];
  /** Cases opened in the period, and how many of them had a plan within 4 weeks. */
  opened: number;
  planInTime: number;
}

function countBy(keys: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

export function rawFigures(facts: readonly CaseFacts[], p: FiguresPeriod, criteria: readonly string[]): RawFigures {
  const open = facts.filter((c) => isOpenAt(c, p.to));
  const perCriterion = new Map<string, number>(criteria.map((c) => [c, 0]));
  for (const [code, n] of countBy(open.flatMap((c) => [...new Set(c.criteria)]))) perCriterion.set(code, n);
  const perTrajectory = new Map<string, number>([...TRAJECTORIES, NO_TRAJECTORY].map((t) => [t, 0]));
  for (const [t, n] of countBy(open.map((c) => c.trajectory ?? NO_TRAJECTORY))) perTrajectory.set(t, n);
  const months = monthsOf(p);
  const inflow = new Map<string, number>(months.map((m) => [m, 0]));
  const outflow = new Map<string, number>(months.map((m) => [m, 0]));
  for (const c of facts) {
    if (within(c.openedAt, p)) inflow.set(monthOf(c.openedAt), (inflow.get(monthOf(c.openedAt)) ?? 0) + 1);
    if (c.closedAt && within(c.closedAt, p)) outflow.set(monthOf(c.closedAt), (outflow.get(monthOf(c.closedAt)) ?? 0) + 1);
  }
  const closedDays = facts.filter((c) => within(c.closedAt, p)).map((c) => (c.closedAt!.getTime() - c.openedAt.getTime()) / DAY_MS);
  const openedInPeriod = facts.filter((c) => within(c.openedAt, p));
  const planInTime = openedInPeriod.filter(
    (c) => c.planSetAt !== null && c.planSetAt.getTime() - c.openedAt.getTime() <= PLAN_WITHIN_DAYS * DAY_MS,
  ).length;
  return { openAtEnd: open.length, perCriterion, perTrajectory, inflow, outflow, closedDays, opened: openedInPeriod.length, planInTime };
}
