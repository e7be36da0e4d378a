/**
 * The compliance section of an area's network (`GET /areas/{code}/network`, the wijkgesprek
 * report): the enforcement registrations of the last 12 months against the 12 months before, by
 * kind (warnings, fines, reports), one row per area of the scope with registrations (the area asked,
 * its wijk and the gemeente, and the buurten of a wijk). Figures 1..minCellCount−1 are null, and —
 * as the target groups' figures — more are hidden over the tree gemeente → wijken → buurten so that no
 * hidden count follows from a shown total minus its shown parts (target-groups' `suppressedCodes`). Null for actors without `analysis:read` or `powers:read`.
 */
import { can, type ServiceContext } from '../../core/context.ts';
import type { AreaNetworkItem, AreaNetworkSection, AreaScope } from '../../core/module-contract.ts';
import { type AreaNode, areaHierarchy, areaNames, vintageYears } from '../areas/index.ts';
import { type CountNode, suppressedCodes } from '../target-groups/index.ts';
import { enforcementCountsByBuurt, type EnforcementBuurtCount } from './events.ts';

type Totals = Pick<EnforcementBuurtCount, 'warnings' | 'fines' | 'reports' | 'total'>;

const addMonths = (isoDay: string, months: number): Date => {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};

/** The wijk of a buurt by the CBS code rule (BU05050801 → WK050508). */
const wijkOf = (buurt: string) => `WK${buurt.slice(2, 8)}`;
const contains = (area: string, buurt: string) =>
  area === buurt || (area.startsWith('WK') && wijkOf(buurt) === area) || (area.startsWith('GM') && buurt.slice(2, 6) === area.slice(2));

function totalsOf(area: string, rows: readonly EnforcementBuurtCount[]): Totals {
  const t: Totals = { warnings: 0, fines: 0, reports: 0, total: 0 };
  for (const r of rows) {
    if (!contains(area, r.buurtCode)) continue;
    t.warnings += r.warnings;
    t.fines += r.fines;
    t.reports += r.reports;
    t.total += r.total;
  }
  return t;
}

const LEVEL = { GM: 0, WK: 1, BU: 2 } as Record<string, number>;

/** One figure (a kind in a period) over the whole tree of areas, suppressed complementarily: code → shown value. */
function shownOverTree(areas: readonly AreaNode[], rows: readonly EnforcementBuurtCount[], kind: keyof Totals, n: number) {
  const perBuurt = new Map<string, number>();
  for (const r of rows) perBuurt.set(r.buurtCode, (perBuurt.get(r.buurtCode) ?? 0) + r[kind]);
  const build = (a: AreaNode): CountNode => {
    const children = areas.filter((c) => c.parentCode === a.code && c.level !== a.level).map(build);
    const count = a.level === 'buurt' ? (perBuurt.get(a.code) ?? 0) : children.reduce((s, c) => s + c.count, 0);
    return { code: a.code, count, children };
  };
  const root = areas.find((a) => a.level === 'gemeente');
  const out = new Map<string, number | null>();
  if (!root) return out;
  const tree = build(root);
  const hidden = suppressedCodes(tree, n);
  const walk = (node: CountNode) => {
    out.set(node.code, hidden.has(node.code) ? null : node.count);
    node.children.forEach(walk);
  };
  walk(tree);
  return out;
}

/**
 * The areas the section has a row for: every area of the scope (the area asked, the areas that
 * contain it and those inside it) with registrations in either period — so the gemeente's rows
 * counted per wijk (the network summary) are the rows of each wijk's own page.
 */
function areasOf(scope: AreaScope, rows: readonly EnforcementBuurtCount[]): string[] {
  return scope.codes
    .filter((code) => rows.some((r) => contains(code, r.buurtCode)))
    .sort((a, b) => (LEVEL[a.slice(0, 2)] ?? 3) - (LEVEL[b.slice(0, 2)] ?? 3) || a.localeCompare(b));
}

async function loadCompliance(ctx: ServiceContext, scope: AreaScope): Promise<AreaNetworkItem[] | null> {
  if (!can(ctx.actor, 'analysis:read') && !can(ctx.actor, 'powers:read')) return null;
  const end = addMonths(scope.today, 0);
  end.setUTCDate(end.getUTCDate() + 1);
  const mid = new Date(end);
  mid.setUTCMonth(mid.getUTCMonth() - 12);
  const start = new Date(mid);
  start.setUTCMonth(start.getUTCMonth() - 12);
  const [last, before] = await Promise.all([
    enforcementCountsByBuurt(ctx, scope.gemeente, { from: mid, to: end }),
    enforcementCountsByBuurt(ctx, scope.gemeente, { from: start, to: mid }),
  ]);
  const period = (a: Date, b: Date) =>
    `${a.toISOString().slice(0, 10)} t/m ${new Date(b.getTime() - 86_400_000).toISOString().slice(0, 10)}`;
  const [now, prev] = [period(mid, end), period(start, mid)];
  const areas = areasOf(scope, [...last, ...before]);
  if (!areas.length) return [];
  const year = Math.max(...(await vintageYears(ctx, scope.gemeente)));
  const names = Number.isFinite(year) ? await areaNames(ctx, scope.gemeente, year, areas) : new Map<string, string>();
  const tree = Number.isFinite(year) ? await areaHierarchy(ctx, scope.gemeente, year) : [];
  const n = scope.minCellCount;
  const overTree = (rows: readonly EnforcementBuurtCount[], kind: keyof Totals) => shownOverTree(tree, rows, kind, n);
  const trees = {
    warnings: [overTree(last, 'warnings'), overTree(before, 'warnings')],
    fines: [overTree(last, 'fines'), overTree(before, 'fines')],
    reports: [overTree(last, 'reports'), overTree(before, 'reports')],
  };
  return areas.map((area) => {
    const [a, b] = [totalsOf(area, last), totalsOf(area, before)];
    // the tree's value (complementary suppression); an area outside the newest indeling: its own count, primary only
    const shown = (kind: keyof typeof trees, i: 0 | 1) => {
      const v = trees[kind][i]!.get(area);
      if (v !== undefined) return v;
      const own = (i === 0 ? a : b)[kind];
      return own > 0 && own < n ? null : own;
    };
    return {
      id: `compliance-${area}`,
      title: names.get(area) ?? area,
      kind: 'enforcement',
      detail: 'handhavingsregistraties (BOA): laatste 12 maanden tegenover de 12 maanden daarvoor',
      areaCodes: [area],
      figures: [
        { label: 'waarschuwingen', value: shown('warnings', 0), period: now },
        { label: 'waarschuwingen', value: shown('warnings', 1), period: prev },
        { label: 'bekeuringen', value: shown('fines', 0), period: now },
        { label: 'bekeuringen', value: shown('fines', 1), period: prev },
        { label: 'processen-verbaal', value: shown('reports', 0), period: now },
        { label: 'processen-verbaal', value: shown('reports', 1), period: prev },
      ],
    };
  });
}

export const complianceSection: AreaNetworkSection = { key: 'compliance', load: loadCompliance };
