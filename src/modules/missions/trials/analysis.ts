/**
 * The analysis of a registered trial (pure: the indicator values come in as numbers).
 * - randomised: per unit the change (trial − baseline); the estimate is the difference in mean
 *   change, treatment minus control, with a 95% Welch interval, and a randomisation-inference
 *   p-value over every allocation of the same arm sizes (exact, or seeded Monte Carlo when there
 *   are more than EXACT_LIMIT);
 * - stepped wedge: the vertical analysis — within each trial period in which some steps have
 *   crossed and others not, treated minus not-yet-treated in mean change from baseline; the
 *   periods are combined with weights n_t·n_c/(n_t + n_c); a permutation test re-deals the units
 *   over the steps (the step order). No interval (the permutation test is the inference).
 * Fewer than MIN_PER_ARM complete units per arm (MIN_PER_STEP per step) → description only.
 */
import type { AllocatedUnit } from './allocation.ts';
import type { UnitValues } from './indicator-values.ts';
import { permutationTest } from './permutation.ts';
import type { TrialPeriod } from './periods.ts';
import { mean, welchInterval } from './statistics.ts';

export const MIN_PER_ARM = 4;
export const MIN_PER_STEP = 2;

export interface UnitResult extends AllocatedUnit {
  values: Record<string, number | null>;
  change: number | null;
}

export interface Inference {
  estimate: number | null;
  ci: { lower: number; upper: number; level: number; df: number } | null;
  pValue: number | null;
  pMethod: 'exact' | 'monte-carlo' | null;
  allocationsCompared: number | null;
  inferencePossible: boolean;
}

export interface ArmSummary {
  arm: 'treatment' | 'control';
  n: number;
  meanBaseline: number;
  meanTrial: number;
  meanChange: number;
}

export interface PeriodComparison extends TrialPeriod {
  treated: number;
  notYetTreated: number;
  difference: number | null;
}

export function unitResults(allocation: readonly AllocatedUnit[], values: UnitValues, periods: readonly TrialPeriod[]): UnitResult[] {
  return allocation.map((u) => {
    const v = Object.fromEntries(periods.map((p) => [p.key, values.get(u.code)?.get(p.key) ?? null]));
    const change = v.trial !== undefined && v.trial !== null && v.baseline !== null ? v.trial - v.baseline! : null;
    return { ...u, values: v, change };
  });
}

const NO_INFERENCE = { ci: null, pValue: null, pMethod: null, allocationsCompared: null } as const;

export function analyseRandomised(units: readonly UnitResult[], seed: bigint): Inference & { arms: ArmSummary[] } {
  const complete = units.filter((u) => u.change !== null);
  const arms = (['treatment', 'control'] as const).flatMap((arm) => {
    const of = complete.filter((u) => u.arm === arm);
    if (of.length === 0) return [];
    return [
      {
        arm,
        n: of.length,
        meanBaseline: mean(of.map((u) => u.values.baseline!)),
        meanTrial: mean(of.map((u) => u.values.trial!)),
        meanChange: mean(of.map((u) => u.change!)),
      },
    ];
  });
  const t = complete.filter((u) => u.arm === 'treatment').map((u) => u.change!);
  const c = complete.filter((u) => u.arm === 'control').map((u) => u.change!);
  const estimate = t.length && c.length ? mean(t) - mean(c) : null;
  if (t.length < MIN_PER_ARM || c.length < MIN_PER_ARM) return { arms, estimate, ...NO_INFERENCE, inferencePossible: false };
  const w = welchInterval(t, c);
  const changes = complete.map((u) => u.change!);
  const stat = (labels: readonly number[]) =>
    mean(changes.filter((_, i) => labels[i] === 0)) - mean(changes.filter((_, i) => labels[i] === 1));
  const labels = complete.map((u) => (u.arm === 'treatment' ? 0 : 1));
  const p = permutationTest(labels, [t.length, c.length], stat, seed);
  return {
    arms,
    estimate,
    ci: { ...w.ci, df: w.df },
    pValue: p.pValue,
    pMethod: p.method,
    allocationsCompared: p.allocations,
    inferencePossible: true,
  };
}

/** Treated minus not-yet-treated per period (steps are labels 0…k−1) and the weighted combination. */
function verticalEstimate(outcomes: readonly (readonly number[])[], labels: readonly number[], steps: number) {
  const periods: { treated: number; notYetTreated: number; difference: number | null }[] = [];
  let sum = 0;
  let weights = 0;
  for (let j = 0; j < steps; j++) {
    const treated = outcomes.filter((_, i) => labels[i]! <= j).map((o) => o[j]!);
    const control = outcomes.filter((_, i) => labels[i]! > j).map((o) => o[j]!);
    const difference = treated.length && control.length ? mean(treated) - mean(control) : null;
    periods.push({ treated: treated.length, notYetTreated: control.length, difference });
    if (difference === null) continue;
    const w = (treated.length * control.length) / (treated.length + control.length);
    sum += w * difference;
    weights += w;
  }
  return { periods, estimate: weights > 0 ? sum / weights : null };
}

export function analyseSteppedWedge(
  units: readonly UnitResult[],
  periods: readonly TrialPeriod[],
  steps: number,
  seed: bigint,
): Inference & { periods: PeriodComparison[] } {
  const stepPeriods = periods.filter((p) => p.key !== 'baseline');
  const complete = units.filter((u) => Object.values(u.values).every((v) => v !== null));
  const outcomes = complete.map((u) => stepPeriods.map((p) => u.values[p.key]! - u.values.baseline!));
  const labels = complete.map((u) => u.step! - 1);
  const observed = verticalEstimate(outcomes, labels, steps);
  const compared = stepPeriods.map((p, j) => ({ ...p, ...observed.periods[j]! }));
  const sizes = Array.from({ length: steps }, (_, s) => labels.filter((l) => l === s).length);
  if (sizes.some((n) => n < MIN_PER_STEP) || observed.estimate === null)
    return { periods: compared, estimate: observed.estimate, ...NO_INFERENCE, inferencePossible: false };
  const p = permutationTest(labels, sizes, (l) => verticalEstimate(outcomes, l, steps).estimate ?? 0, seed);
  return {
    periods: compared,
    estimate: observed.estimate,
    ci: null,
    pValue: p.pValue,
    pMethod: p.method,
    allocationsCompared: p.allocations,
    inferencePossible: true,
  };
}
