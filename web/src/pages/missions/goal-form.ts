/**
 * The add-goal (KPI) form, baseline first: indicator and baseline period → the baseline the server
 * reads from today's data → direction, target (with its change from the baseline and a warning
 * when it points the wrong way, to be confirmed) and deadline. Progress is never entered — the
 * server computes it. Checks and request body; pure.
 */
import type { GoalBody } from './api.ts';
import type { Indicator } from './types.ts';

export type IndicatorSource = Indicator['source'];

export interface GoalFormState {
  title: string;
  source: IndicatorSource;
  direction: 'decrease' | 'increase';
  baselineFrom: string;
  baselineTo: string;
  target: string;
  deadline: string;
  /** perception */
  indicatorCode: string;
  areaCode: string;
  /** custom */
  name: string;
  unit: string;
  /** The user confirmed a target on the wrong side of the baseline. */
  allowWrongDirection: boolean;
}

export const emptyGoalForm = (): GoalFormState => ({
  title: '',
  source: 'registered-crime',
  direction: 'decrease',
  baselineFrom: '',
  baselineTo: '',
  target: '',
  deadline: '',
  indicatorCode: '',
  areaCode: '',
  name: '',
  unit: '',
  allowWrongDirection: false,
});

export type GoalErrors = Partial<Record<keyof GoalFormState, string>>;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A number typed in Dutch or English style ("12,5" or "12.5"); null when it is not one. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/** Errors of the first step (indicator and baseline period): the baseline can be read once there are none. */
export function checkBaselineStep(s: GoalFormState): GoalErrors {
  const e: GoalErrors = {};
  if (!DATE.test(s.baselineFrom)) e.baselineFrom = 'dateRequired';
  if (!DATE.test(s.baselineTo)) e.baselineTo = 'dateRequired';
  else if (DATE.test(s.baselineFrom) && s.baselineTo <= s.baselineFrom) e.baselineTo = 'afterBaselineFrom';
  if (s.source === 'perception' && !/^[a-z0-9-]+$/.test(s.indicatorCode)) e.indicatorCode = 'required';
  if (s.source === 'perception' && !/^(GM\d{4}|WK\d{6}|BU\d{8})$/.test(s.areaCode.trim().toUpperCase())) e.areaCode = 'areaCode';
  if (s.source === 'custom' && !s.name.trim()) e.name = 'required';
  if (s.source === 'custom' && !s.unit.trim()) e.unit = 'required';
  return e;
}

/**
 * Does the target point the wrong way from the baseline? As the server (src/modules/missions/goals/
 * direction.ts): lower is better with target ≥ baseline, higher is better with target ≤ baseline;
 * "keep a count at 0" (lower is better, baseline 0, target 0) is fine. No baseline: nothing to compare.
 */
export function wrongDirection(direction: GoalFormState['direction'], baseline: number | null, target: number | null): boolean {
  if (baseline === null || target === null || !Number.isFinite(baseline)) return false;
  if (direction === 'decrease') return target > baseline || (target === baseline && baseline !== 0);
  return target <= baseline;
}

/** The target's change from the baseline in per cent (−20 for 100 → 80); null without a baseline other than 0. */
export function changeFromBaseline(baseline: number | null, target: number | null): number | null {
  if (baseline === null || target === null || baseline === 0) return null;
  return Math.round(((target - baseline) / Math.abs(baseline)) * 1000) / 10;
}

/**
 * All errors; `baseline` is the value read for the goal (null: none, e.g. custom measurements).
 * A wrong-way target is an error until the user confirms it.
 */
export function checkGoalForm(s: GoalFormState, baseline: number | null = null): GoalErrors {
  const e: GoalErrors = checkBaselineStep(s);
  if (s.title.trim().length < 3) e.title = 'titleShort';
  const target = parseNumber(s.target);
  if (target === null) e.target = 'number';
  else if (!s.allowWrongDirection && wrongDirection(s.direction, baseline, target)) e.allowWrongDirection = 'confirmWrongDirection';
  if (!DATE.test(s.deadline)) e.deadline = 'dateRequired';
  else if (DATE.test(s.baselineTo) && s.deadline <= s.baselineTo) e.deadline = 'afterBaselineTo';
  return e;
}

export function indicatorOf(s: GoalFormState): Indicator {
  switch (s.source) {
    case 'perception':
      return { source: 'perception', indicatorCode: s.indicatorCode, areaCode: s.areaCode.trim().toUpperCase() };
    case 'custom':
      return { source: 'custom', name: s.name.trim(), unit: s.unit.trim() };
    default:
      return { source: s.source };
  }
}

export function goalBody(s: GoalFormState, baseline: number | null = null): GoalBody | null {
  if (Object.keys(checkGoalForm(s, baseline)).length) return null;
  const target = parseNumber(s.target)!;
  return {
    title: s.title.trim(),
    indicator: indicatorOf(s),
    direction: s.direction,
    baselineFrom: s.baselineFrom,
    baselineTo: s.baselineTo,
    target,
    deadline: s.deadline,
    ...(s.allowWrongDirection && wrongDirection(s.direction, baseline, target) ? { allowWrongDirection: true } : {}),
  };
}
