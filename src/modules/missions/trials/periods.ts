/**
 * The periods of a trial: the baseline [baselineFrom, baselineTo), then the trial [trialFrom,
 * trialTo) — as one period (randomised) or, for a stepped wedge with k steps, k consecutive periods
 * of (nearly) equal length: step j crosses to treatment at the start of period j. All ends exclusive.
 */
export interface TrialPeriod {
  key: string;
  from: string;
  to: string;
}

const DAY = 86_400_000;
const ms = (d: string) => Date.parse(`${d}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string) => Math.round((ms(to) - ms(from)) / DAY);

export function trialPeriods(t: {
  steps: number | null;
  baseline_from: string;
  baseline_to: string;
  trial_from: string;
  trial_to: string;
}): TrialPeriod[] {
  const baseline = { key: 'baseline', from: t.baseline_from, to: t.baseline_to };
  if (!t.steps) return [baseline, { key: 'trial', from: t.trial_from, to: t.trial_to }];
  const days = daysBetween(t.trial_from, t.trial_to);
  const start = ms(t.trial_from);
  const bounds = Array.from({ length: t.steps + 1 }, (_, j) =>
    j === t.steps ? t.trial_to : iso(start + Math.floor((days * j) / t.steps!) * DAY),
  );
  return [baseline, ...Array.from({ length: t.steps }, (_, j) => ({ key: `period-${j + 1}`, from: bounds[j]!, to: bounds[j + 1]! }))];
}
