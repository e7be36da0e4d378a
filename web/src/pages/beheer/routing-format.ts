/** Routing rules and categories in words and in forms: times, order, departments, request bodies. Pure. */
import type { CategoryNode, RuleInput, RuleView } from './categories-api.ts';

type T = (key: string, options?: Record<string, unknown>) => string;

/** Minutes after midnight as "HH:MM"; null stays empty. */
export function minutesToTime(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined) return '';
  const m = Math.max(0, Math.min(1440, Math.round(minutes)));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "HH:MM" as minutes after midnight; "" is null; anything else is NaN. */
export function timeToMinutes(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!text.trim()) return null;
  if (!m) return Number.NaN;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h > 24 || min > 59 || (h === 24 && min > 0) ? Number.NaN : h * 60 + min;
}

/** Moves the item at `index` one place up (-1) or down (+1). */
export function move<X>(list: readonly X[], index: number, delta: -1 | 1): X[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target] as X, copy[index] as X];
  return copy;
}

/** The PUT body of one rule: no id or position (the API numbers them in list order). */
export function ruleInput(r: RuleView | RuleInput): RuleInput {
  return {
    name: r.name.trim(),
    categorySlug: r.categorySlug || null,
    areaCode: r.areaCode || null,
    weekdays: r.weekdays?.length ? [...r.weekdays].sort((a, b) => a - b) : null,
    timeFrom: r.timeFrom ?? null,
    timeTo: r.timeTo ?? null,
    assignKind: r.assignKind,
    assignTo: r.assignTo.trim(),
    active: r.active ?? true,
  };
}

export const blankRule = (): RuleInput => ({
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

export type RuleErrors = Partial<Record<'name' | 'assignTo' | 'time', true>>;

export function ruleErrors(r: RuleInput): RuleErrors {
  const e: RuleErrors = {};
  if (!r.name.trim()) e.name = true;
  if (!r.assignTo.trim()) e.assignTo = true;
  const from = r.timeFrom ?? null;
  const to = r.timeTo ?? null;
  if ((from === null) !== (to === null) || Number.isNaN(from) || Number.isNaN(to)) e.time = true;
  return e;
}

/** Every category (main and sub) by slug, with "Main › Sub" as its label. */
export function categoryLabels(tree: readonly CategoryNode[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const main of tree) {
    labels.set(main.slug, main.name);
    for (const c of main.children ?? []) labels.set(c.slug, `${main.name} › ${c.name}`);
  }
  return labels;
}

/** The departments named by categories and rules, sorted, for a datalist. */
export function knownDepartments(tree: readonly CategoryNode[], rules: readonly RuleInput[]): string[] {
  const names = new Set<string>();
  for (const main of tree) {
    names.add(main.department);
    for (const c of main.children ?? []) names.add(c.department);
  }
  for (const r of rules) if (r.assignKind === 'department') names.add(r.assignTo);
  return [...names].filter((n) => n.trim()).sort((a, b) => a.localeCompare(b, 'nl'));
}

/** "Categorie Overlast › Geluid · in Wijk 02 · ma, di · 22:00–06:00 → afdeling Toezicht" */
export function ruleInWords(r: RuleInput, categories: Map<string, string>, areas: Map<string, string>, t: T): string {
  const conditions = [
    r.categorySlug ? t('beheer.routing.words.category', { name: categories.get(r.categorySlug) ?? r.categorySlug }) : null,
    r.areaCode ? t('beheer.routing.words.area', { name: areas.get(r.areaCode) ?? r.areaCode }) : null,
    r.weekdays?.length ? r.weekdays.map((d) => t(`beheer.routing.days.${d}`)).join(', ') : null,
    r.timeFrom != null && r.timeTo != null ? `${minutesToTime(r.timeFrom)}–${minutesToTime(r.timeTo)}` : null,
  ].filter(Boolean);
  const when = conditions.length ? conditions.join(' · ') : t('beheer.routing.words.always');
  const target = t(`beheer.routing.words.${r.assignKind}`, { name: r.assignTo });
  return `${when} → ${target}`;
}
