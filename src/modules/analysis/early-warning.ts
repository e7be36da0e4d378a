/**
 * Trends and early warning for weekly crime counts — a Farrington-flavoured rule.
 *
 * Choice: the baseline window and threshold of Farrington, Andrews, Beale & Catchpole (1996,
 * J. R. Stat. Soc. A 159), without their log-linear trend and reweighting (short municipal series
 * rarely support a trend fit): for week t the baseline is the counts of weeks t − 52·y + d for
 * y = 1..years and d = −halfWindow..halfWindow (seasonal: the same time of year in past years).
 *   μ = mean of the m baseline counts; φ = max(1, s²/μ) (quasi-Poisson overdispersion);
 *   V = φ μ (1 + 1/m)  (variance of the count plus of the estimated mean);
 *   U = μ · (1 + (2/3) z_{1−α} √V / μ)^{3/2}  (the 2/3-power transform, Farrington et al. eq. 7);
 *   alarm when count > U and count ≥ minCount (their rule against alarms on tiny counts).
 * Weeks without a full baseline (the first `years` years) are not evaluated.
 * `falseAlarmRate` estimates how often this fires on data without outbreaks: stationary Poisson
 * series are simulated (seeded) and the share of evaluated weeks with an alarm is returned;
 * because μ and φ are estimated, it is above α for small baselines — measure before trusting α.
 */
import { normalSf } from './normal.ts';
import { poissonSample } from './poisson-sample.ts';
import { createRng } from './prng.ts';

export interface EarlyWarningOptions {
  years?: number;
  halfWindow?: number;
  alpha?: number;
  minCount?: number;
  weeksPerYear?: number;
}

export interface WeekAssessment {
  week: number;
  count: number;
  expected: number | null;
  upper: number | null;
  alarm: boolean;
}

/** z with P(Z ≥ z) = p, by bisection on the normal tail (|error| < 1e-12). */
export function normalQuantileUpper(p: number): number {
  let lo = -40;
  let hi = 40;
  for (let k = 0; k < 200 && hi - lo > 1e-13; k++) {
    const mid = (lo + hi) / 2;
    if (normalSf(mid) > p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export function farringtonAssess(counts: ArrayLike<number>, options: EarlyWarningOptions = {}): WeekAssessment[] {
  const years = options.years ?? 3;
  const w = options.halfWindow ?? 3;
  const wpy = options.weeksPerYear ?? 52;
  const z = normalQuantileUpper(options.alpha ?? 0.01);
  const minCount = options.minCount ?? 5;
  const out: WeekAssessment[] = [];
  for (let t = 0; t < counts.length; t++) {
    const count = counts[t]!;
    const base: number[] = [];
    for (let y = 1; y <= years; y++)
      for (let d = -w; d <= w; d++) {
        const s = t - y * wpy + d;
        if (s >= 0 && s < t) base.push(counts[s]!);
      }
    if (base.length < years * (2 * w + 1)) {
      out.push({ week: t, count, expected: null, upper: null, alarm: false });
      continue;
    }
    const m = base.length;
    const mu = base.reduce((s, v) => s + v, 0) / m;
    const s2 = base.reduce((s, v) => s + (v - mu) ** 2, 0) / (m - 1);
    const phi = mu > 0 ? Math.max(1, s2 / mu) : 1;
    const v = phi * mu * (1 + 1 / m);
    const upper = mu > 0 ? mu * (1 + ((2 / 3) * z * Math.sqrt(v)) / mu) ** 1.5 : 0;
    out.push({ week: t, count, expected: mu, upper, alarm: count > upper && count >= minCount });
  }
  return out;
}

/** Weekly counts of events given as day numbers, week 0 starting at `startDay`. */
export function weeklyCounts(days: ArrayLike<number>, startDay: number, weeks: number): Float64Array {
  const out = new Float64Array(weeks);
  for (let k = 0; k < days.length; k++) {
    const wk = Math.floor((days[k]! - startDay) / 7);
    if (wk >= 0 && wk < weeks) out[wk]!++;
  }
  return out;
}

/** Share of evaluated weeks with an alarm on simulated stationary Poisson(mean) series. */
export function falseAlarmRate(
  mean: number,
  options: EarlyWarningOptions & { weeks?: number; runs?: number; seed?: number } = {},
): { rate: number; alarms: number; evaluated: number } {
  const rng = createRng(options.seed ?? 1);
  const weeks = options.weeks ?? (options.years ?? 3) * (options.weeksPerYear ?? 52) + (options.halfWindow ?? 3) + 52;
  let alarms = 0;
  let evaluated = 0;
  for (let r = 0; r < (options.runs ?? 200); r++) {
    const series = Float64Array.from({ length: weeks }, () => poissonSample(mean, rng));
    for (const a of farringtonAssess(series, options)) {
      if (a.expected === null) continue;
      evaluated++;
      if (a.alarm) alarms++;
    }
  }
  return { rate: evaluated ? alarms / evaluated : 0, alarms, evaluated };
}
