/**
 * The evaluation years of a camera area: year k (k ≥ 1) runs from measure_start + (k−1) years to
 * measure_start + k years; year 0 is the year before the start (the baseline). An evaluation of
 * year k is due on measure_start + k years, for every year that begins while the area is in force.
 */
export interface EvaluationYear {
  year: number;
  from: string;
  /** Exclusive. */
  to: string;
}

/** The day `years` calendar years after `day` (29 February → 28 February in other years). */
export function plusYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** The last day the area is in force for evaluations: the earliest of its end in force, its lifting (exclusive) and today. */
export function evaluatedUntil(start: string, endInForce: string | null, liftedOn: string | null, today: string): string {
  let until = today;
  if (endInForce && endInForce < until) until = endInForce;
  if (liftedOn && liftedOn <= until) until = liftedOn;
  return until < start ? start : until;
}

/** Year 0 (baseline) and every evaluation year that began on or before `until`. */
export function evaluationYears(start: string, until: string): EvaluationYear[] {
  const out: EvaluationYear[] = [{ year: 0, from: plusYears(start, -1), to: start }];
  for (let k = 1; k <= 50 && plusYears(start, k - 1) <= until; k++)
    out.push({ year: k, from: plusYears(start, k - 1), to: plusYears(start, k) });
  return out;
}

/** The due dates of evaluations: measure_start + k years for each year k that began while in force (`lastDay` inclusive, null: open-ended). */
export function evaluationDueDates(start: string, lastDay: string | null, max = 50): { year: number; due: string }[] {
  const out: { year: number; due: string }[] = [];
  for (let k = 1; k <= max; k++) {
    if (lastDay && plusYears(start, k - 1) > lastDay) break;
    out.push({ year: k, due: plusYears(start, k) });
  }
  return out;
}
