/** Helpers for editing routing rules and categories (admin): order, times, request bodies. Pure. */
import type { RoutingRule } from './types.ts';

/** Minutes after midnight as "HH:MM"; null stays empty. */
export function minutesToTime(minutes: number | null): string {
  if (minutes === null) return '';
  const m = Math.max(0, Math.min(1440, Math.round(minutes)));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "HH:MM" (or "H:MM") as minutes after midnight; "" is null; anything else is NaN. */
export function timeToMinutes(text: string): number | null {
  const t = text.trim();
  if (!t) return null;
  const m = /^(\d{1,2}):(\d{2})$/.exec(t);
  if (!m) return Number.NaN;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return Number.NaN;
  return h * 60 + min;
}

/** Moves the rule at `index` one place up (-1) or down (+1); order is evaluation order. */
export function moveRule<T>(rules: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= rules.length || target < 0 || target >= rules.length) return [...rules];
  const copy = [...rules];
  [copy[index], copy[target]] = [copy[target] as T, copy[index] as T];
  return copy;
}

export type RuleErrors = Partial<Record<'name' | 'assignTo' | 'areaCode' | 'time', string>>;

export function validateRule(r: RoutingRule): RuleErrors {
  const e: RuleErrors = {};
  if (!r.name.trim()) e.name = 'required';
  if (!r.assignTo.trim()) e.assignTo = 'required';
  if (r.areaCode && !/^(BU\d{8}|WK\d{6})$/.test(r.areaCode)) e.areaCode = 'areaCode';
  if ((r.timeFrom === null) !== (r.timeTo === null) || Number.isNaN(r.timeFrom) || Number.isNaN(r.timeTo)) e.time = 'time';
  return e;
}

/** The PUT body: the rules in order without id/position (the API renumbers). */
export function rulesBody(rules: readonly RoutingRule[]): RoutingRule[] {
  return rules.map(({ id: _id, position: _position, ...r }) => ({
    ...r,
    name: r.name.trim(),
    assignTo: r.assignTo.trim(),
    categorySlug: r.categorySlug || null,
    areaCode: r.areaCode?.trim() || null,
    weekdays: r.weekdays?.length ? [...r.weekdays].sort((a, b) => a - b) : null,
  }));
}

export const newRule = (): RoutingRule => ({
  name: '',
  categorySlug: null,
  areaCode: null,
  weekdays: null,
  timeFrom: null,
  timeTo: null,
  assignKind: 'department',
  assignTo: '',
  active: true,
});

export interface CategoryErrors {
  name?: string;
  handlingDays?: string;
  department?: string;
}

export function validateCategory(c: { name: string; handlingDays: number; department: string }): CategoryErrors {
  const e: CategoryErrors = {};
  if (!c.name.trim()) e.name = 'required';
  if (!Number.isInteger(c.handlingDays) || c.handlingDays < 0 || c.handlingDays > 365) e.handlingDays = 'handlingDays';
  if (!c.department.trim()) e.department = 'required';
  return e;
}
