/**
 * Target-group indicators per area and period: counts of the groups' report categories and crime
 * types per buurt, summed to wijken and the gemeente (one tree, so the figures add up), suppressed
 * by suppression.ts with the municipality's threshold, with the equally long period before for the
 * trend and the rate per 1,000 residents where the areas know the population. No person data.
 */
import { authorize, type ServiceContext } from '../../core/context.ts';
import { invalidInput } from '../../core/errors.ts';
import { type AreaNode, areaHierarchy, vintageYears } from '../areas/index.ts';
import { countPerBuurt, type GroupCounts, type Period } from './indicator-counts.ts';
import type { Figure, IndicatorReply, IndicatorRow } from './schema.ts';
import { ensureDefaultTargetGroups } from './target-group-service.ts';
import { type TargetGroupRow, targetGroupRows } from './store.ts';
import { type CountNode, suppressedCodes } from './suppression.ts';

const DAY = 86_400_000;
const dateText = (d: Date) => d.toISOString().slice(0, 10);
const utcDate = (text: string) => new Date(`${text}T00:00:00Z`);

export interface IndicatorQuery {
  area?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The period asked (default: the 12 months up to today) and the equally long one before it. */
export function periodsOf(q: IndicatorQuery, today: Date): [Period, Period] {
  const toIncl = q.to ? utcDate(q.to) : utcDate(dateText(today));
  let from: Date;
  if (q.from) from = utcDate(q.from);
  else {
    from = new Date(toIncl);
    from.setUTCFullYear(from.getUTCFullYear() - 1);
    from = new Date(from.getTime() + DAY);
  }
  const to = new Date(toIncl.getTime() + DAY);
  if (from >= to) throw invalidInput([{ name: 'query.from', reason: 'de periode begint na het einde' }], 'De periode klopt niet.');
  if (to.getTime() - from.getTime() > 10 * 366 * DAY)
    throw invalidInput([{ name: 'query.from', reason: 'de periode is langer dan 10 jaar' }], 'De periode klopt niet.');
  const length = to.getTime() - from.getTime();
  return [
    { from, to },
    { from: new Date(from.getTime() - length), to: from },
  ];
}

/** The areas of the latest indeling as a tree: gemeente → wijken → buurten. */
async function areaTree(ctx: ServiceContext, gemeente: string): Promise<AreaNode[]> {
  const years = await vintageYears(ctx, gemeente);
  if (years.length === 0) return [];
  return areaHierarchy(ctx, gemeente, Math.max(...years));
}

function countTree(areas: readonly AreaNode[], perBuurt: Map<string, number>): CountNode | null {
  const root = areas.find((a) => a.level === 'gemeente');
  if (!root) return null;
  const build = (a: AreaNode): CountNode => {
    const children = areas.filter((c) => c.parentCode === a.code && c.level !== a.level).map(build);
    const count = a.level === 'buurt' ? (perBuurt.get(a.code) ?? 0) : children.reduce((s, c) => s + c.count, 0);
    return { code: a.code, count, children };
  };
  return build(root);
}

/** Every code of the tree with its count (hidden ones as null). */
function suppressedValues(tree: CountNode | null, threshold: number): Map<string, number | null> {
  const out = new Map<string, number | null>();
  if (!tree) return out;
  const hidden = suppressedCodes(tree, threshold);
  const walk = (n: CountNode) => {
    out.set(n.code, hidden.has(n.code) ? null : n.count);
    n.children.forEach(walk);
  };
  walk(tree);
  return out;
}

function figureOf(
  code: string,
  current: Map<string, number | null>,
  previous: Map<string, number | null>,
  population: number | null,
): Figure {
  const countIn = (m: Map<string, number | null>) => (m.has(code) ? m.get(code)! : 0);
  const now = countIn(current);
  const before = countIn(previous);
  const trend = now === null || before === null ? null : now > before ? 'up' : now < before ? 'down' : 'same';
  return {
    current: { value: now, suppressed: now === null },
    previous: { value: before, suppressed: before === null },
    per1000: now !== null && population ? Math.round((now / population) * 10_000) / 10 : null,
    trend,
  };
}

/** Suppressed figures of one measure of one group for the codes asked; null when the group defines no such measure. */
function measure(
  defined: boolean,
  perPeriod: Map<string, number>[],
  areas: readonly AreaNode[],
  threshold: number,
): ((code: string, population: number | null) => Figure) | null {
  if (!defined) return null;
  const [current, previous] = perPeriod.map((m) => suppressedValues(countTree(areas, m), threshold));
  return (code, population) => figureOf(code, current!, previous!, population);
}

export interface GroupFigures {
  group: TargetGroupRow;
  rowOf(code: string): IndicatorRow;
}

/** Suppressed indicator figures of every group for any area of the tree. */
export async function groupFigures(
  ctx: ServiceContext,
  gemeente: string,
  periods: readonly Period[],
  threshold: number,
): Promise<{ areas: AreaNode[]; groups: GroupFigures[] }> {
  await ensureDefaultTargetGroups(ctx, gemeente);
  const [groups, areas] = await Promise.all([targetGroupRows(ctx.db, gemeente), areaTree(ctx, gemeente)]);
  const counts: GroupCounts = await countPerBuurt(ctx, gemeente, groups, periods);
  const population = new Map(areas.map((a) => [a.code, a.population]));
  return {
    areas,
    groups: groups.map((group) => {
      const c = counts.get(group.id)!;
      const reports = measure(group.category_slugs.length > 0, c.reports, areas, threshold);
      const crimes = measure(group.crime_types.length > 0, c.crimes, areas, threshold);
      return {
        group,
        rowOf: (code) => {
          const pop = population.get(code) ?? null;
          return { code, reports: reports?.(code, pop) ?? null, crimes: crimes?.(code, pop) ?? null };
        },
      };
    }),
  };
}

/** The rows an area asks for: a wijk's buurten then the wijk; a buurt alone; else every wijk then the gemeente. */
function rowAreas(areas: readonly AreaNode[], code: string | undefined): { area: AreaNode; total: boolean }[] {
  const asked = code ? areas.find((a) => a.code === code) : areas.find((a) => a.level === 'gemeente');
  if (!asked && !code) return [];
  if (!asked)
    throw invalidInput([{ name: 'query.area', reason: `gebied '${code}' bestaat niet in de huidige indeling` }], 'Onbekend gebied.');
  if (asked.level === 'buurt') return [{ area: asked, total: false }];
  const inside = areas.filter((a) => a.parentCode === asked.code && a.level !== asked.level);
  return [...inside.map((area) => ({ area, total: false })), { area: asked, total: true }];
}

export async function indicators(ctx: ServiceContext, gemeente: string, q: IndicatorQuery, threshold: number): Promise<IndicatorReply> {
  authorize(ctx, 'network:read');
  const periods = periodsOf(q, new Date());
  const { areas, groups } = await groupFigures(ctx, gemeente, periods, threshold);
  const rows = rowAreas(areas, q.area && !q.area.startsWith('GM') ? q.area : undefined);
  const last = (p: Period) => ({ from: dateText(p.from), to: dateText(new Date(p.to.getTime() - DAY)) });
  return {
    area: q.area ?? rows.at(-1)?.area.code ?? gemeente,
    period: last(periods[0]),
    previous: last(periods[1]),
    threshold,
    areas: rows.map(({ area, total }) => ({ code: area.code, name: area.name, level: area.level, population: area.population, total })),
    groups: groups.map(({ group, rowOf }) => ({
      id: group.id,
      key: group.key,
      nameNl: group.name_nl,
      nameEn: group.name_en,
      rows: rows.map(({ area }) => rowOf(area.code)),
    })),
  };
}
