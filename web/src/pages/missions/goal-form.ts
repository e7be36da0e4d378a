/**
 * The add-goal (KPI) form: indicator, direction, baseline period, target and deadline. Progress is
 * never entered — the server computes it. Checks and request body; pure.
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
});

export type GoalErrors = Partial<Record<keyof GoalFormState, string>>;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A number typed in Dutch or English style ("12,5" or "12.5"); null when it is not one. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

export function checkGoalForm(s: GoalFormState): GoalErrors {
  const e: GoalErrors = {};
  if (s.title.trim().length < 3) e.title = 'titleShort';
  if (!DATE.test(s.baselineFrom)) e.baselineFrom = 'dateRequired';
  if (!DATE.test(s.baselineTo)) e.baselineTo = 'dateRequired';
  else if (DATE.test(s.baselineFrom) && s.baselineTo <= s.baselineFrom) e.baselineTo = 'afterBaselineFrom';
  if (parseNumber(s.target) === null) e.target = 'number';
  if (!DATE.test(s.deadline)) e.deadline = 'dateRequired';
  else if (DATE.test(s.baselineTo) && s.deadline <= s.baselineTo) e.deadline = 'afterBaselineTo';
  if (s.source === 'perception' && !/^[a-z0-9-]+$/.test(s.indicatorCode)) e.indicatorCode = 'required';
  if (s.source === 'perception' && !/^(GM\d{4}|WK\d{6}|BU\d{8})$/.test(s.areaCode.trim().toUpperCase())) e.areaCode = 'areaCode';
  if (s.source === 'custom' && !s.name.trim()) e.name = 'required';
  if (s.source === 'custom' && !s.unit.trim()) e.unit = 'required';
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

export function goalBody(s: GoalFormState): GoalBody | null {
  if (Object.keys(checkGoalForm(s)).length) return null;
  return {
    title: s.title.trim(),
    indicator: indicatorOf(s),
    direction: s.direction,
    baselineFrom: s.baselineFrom,
    baselineTo: s.baselineTo,
    target: parseNumber(s.target)!,
    deadline: s.deadline,
  };
}
