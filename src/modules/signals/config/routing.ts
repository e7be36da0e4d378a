/**
 * Routing rules: an ordered list per municipality; the first active rule whose conditions all
 * hold assigns a department or a partner organisation. Conditions: category (a sub-category or
 * its main category), area (buurt or wijk code), weekday (ISO 1 = Monday … 7 = Sunday) and time
 * of day (minutes since midnight in Europe/Amsterdam; from > to wraps past midnight).
 * Without a matching rule the category's default department applies.
 */
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { actorLabel, authorize, type ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import type { Db } from '../../../db/database.ts';
import { getArea } from '../../areas/index.ts';
import { requireLeafCategory } from './categories.ts';
import { ConfigCache } from './config-cache.ts';
import type { SignalTables } from '../tables.ts';

export type RuleRow = Selectable<SignalTables['signal_routing_rules']>;

export interface RouteFacts {
  categorySlug: string;
  parentSlug: string | null;
  buurtCode: string | null;
  wijkCode: string | null;
  at: Date;
}

export interface RouteResult {
  department: string | null;
  partner: string | null;
  ruleId: string | null;
  ruleName: string | null;
}

const CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Weekday (ISO 1–7) and minute of the day in Amsterdam. */
export function amsterdamClock(at: Date): { weekday: number; minute: number } {
  const parts = CLOCK.formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { weekday, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

function inWindow(minute: number, from: number | null, to: number | null): boolean {
  if (from === null || to === null) return true;
  return from <= to ? minute >= from && minute < to : minute >= from || minute < to;
}

export function ruleMatches(rule: RuleRow, facts: RouteFacts): boolean {
  if (!rule.active) return false;
  if (rule.category_slug && rule.category_slug !== facts.categorySlug && rule.category_slug !== facts.parentSlug) return false;
  if (rule.area_code && rule.area_code !== facts.buurtCode && rule.area_code !== facts.wijkCode) return false;
  const clock = amsterdamClock(facts.at);
  if (rule.weekdays && !rule.weekdays.split(',').map(Number).includes(clock.weekday)) return false;
  return inWindow(clock.minute, rule.time_from, rule.time_to);
}

/** The first matching rule in order, or the default department. */
export function route(rules: RuleRow[], facts: RouteFacts, defaultDepartment: string): RouteResult {
  const rule = [...rules].sort((a, b) => a.position - b.position).find((r) => ruleMatches(r, facts));
  if (!rule) return { department: defaultDepartment, partner: null, ruleId: null, ruleName: null };
  return rule.assign_kind === 'partner'
    ? { department: defaultDepartment, partner: rule.assign_to, ruleId: rule.id, ruleName: rule.name }
    : { department: rule.assign_to, partner: null, ruleId: rule.id, ruleName: rule.name };
}

const cache = new ConfigCache<RuleRow[]>((db, gemeente) =>
  db.selectFrom('signal_routing_rules').selectAll().where('gemeente_code', '=', gemeente).orderBy('position').execute(),
);

/** The rules of a municipality in order (cached, see config-cache.ts). */
export function loadRules(db: Db, gemeente: string): Promise<RuleRow[]> {
  return cache.get(db, gemeente);
}

export interface RuleInput {
  name: string;
  categorySlug?: string | null | undefined;
  areaCode?: string | null | undefined;
  weekdays?: number[] | null | undefined;
  timeFrom?: number | null | undefined;
  timeTo?: number | null | undefined;
  assignKind: 'department' | 'partner';
  assignTo: string;
  active?: boolean | undefined;
}

export interface RuleView extends Required<{ [K in keyof RuleInput]-?: Exclude<RuleInput[K], undefined> }> {
  id: string;
  position: number;
}

export function presentRule(r: RuleRow): RuleView {
  return {
    id: r.id,
    position: r.position,
    name: r.name,
    categorySlug: r.category_slug,
    areaCode: r.area_code,
    weekdays: r.weekdays ? r.weekdays.split(',').map(Number) : null,
    timeFrom: r.time_from,
    timeTo: r.time_to,
    assignKind: r.assign_kind,
    assignTo: r.assign_to,
    active: r.active,
  };
}

export async function listRules(ctx: ServiceContext, gemeente: string): Promise<RuleView[]> {
  authorize(ctx, 'signals:read');
  return (await loadRules(ctx.db, gemeente)).map(presentRule);
}

/** Replaces the whole ordered list (admins); the order of `rules` is the evaluation order. */
export async function replaceRules(ctx: ServiceContext, gemeente: string, rules: RuleInput[]): Promise<RuleView[]> {
  authorize(ctx, 'signals:configure');
  rules.forEach((r, i) => {
    if ((r.timeFrom == null) !== (r.timeTo == null))
      throw invalidInput([{ name: `body.rules.${i}.timeTo`, reason: 'give both timeFrom and timeTo, or neither' }]);
  });
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('signal_routing_rules').where('gemeente_code', '=', gemeente).execute();
    if (!rules.length) return;
    await trx
      .insertInto('signal_routing_rules')
      .values(
        rules.map((r, i) => ({
          id: randomUUID(),
          gemeente_code: gemeente,
          position: i + 1,
          name: r.name,
          category_slug: r.categorySlug ?? null,
          area_code: r.areaCode ?? null,
          weekdays: r.weekdays?.length ? r.weekdays.join(',') : null,
          time_from: r.timeFrom ?? null,
          time_to: r.timeTo ?? null,
          assign_kind: r.assignKind,
          assign_to: r.assignTo,
          active: r.active ?? true,
          updated_by: actorLabel(ctx.actor),
        })),
      )
      .execute();
  });
  cache.invalidate(ctx.db);
  return listRules(ctx, gemeente);
}

export interface RouteTestInput {
  categorySlug: string;
  buurtCode?: string | null | undefined;
  at: Date;
}

export interface RouteTestResult extends RouteResult {
  categoryName: string;
  defaultDepartment: string;
  wijkCode: string | null;
}

/** Where a report would go (Beheer → Routering, "test a report"): the same `route()` intake uses. */
export async function testRoute(ctx: ServiceContext, gemeente: string, input: RouteTestInput): Promise<RouteTestResult> {
  authorize(ctx, 'signals:configure');
  const category = await requireLeafCategory(ctx.db, gemeente, input.categorySlug);
  let wijkCode: string | null = null;
  if (input.buurtCode) {
    const area = await getArea(ctx, gemeente, input.buurtCode).catch(() => null);
    if (!area) throw invalidInput([{ name: 'body.buurtCode', reason: `'${input.buurtCode}' is not a buurt of this municipality` }]);
    wijkCode = area.parent?.code ?? null;
  }
  const facts = {
    categorySlug: category.slug,
    parentSlug: category.parent_slug,
    buurtCode: input.buurtCode ?? null,
    wijkCode,
    at: input.at,
  };
  const result = route(await loadRules(ctx.db, gemeente), facts, category.department);
  return { ...result, categoryName: category.name, defaultDepartment: category.department, wijkCode };
}
