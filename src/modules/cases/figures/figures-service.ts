/**
 * The aggregate figures of the person-oriented approach (`GET /cases/figures`), for the policy,
 * the portfolio and the wijk report: counts of cases, never a case. Anyone with cases:figures may
 * read them (they are not personal data, so nothing is logged); every count is suppressed with the
 * municipality's threshold (figures-suppression.ts). Closed and anonymised cases count too.
 */
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { badRequest } from '../../../core/errors.ts';
import {
  monthOf,
  monthsOf,
  PLAN_WITHIN_DAYS,
  periodOfYear,
  quarterOf,
  rawFigures,
  median,
  type FiguresPeriod,
  type RawFigures,
} from './figures-compute.ts';
import { OUTCOME_SOURCES, outcomeCounts, type OutcomeSource } from './figures-outcomes.ts';
import type { FiguresQuery, FiguresReply } from './figures-schema.ts';
import { calendarTotal, suppressCalendar, suppressedCount, suppressedMedian, suppressedShare, suppressRow } from './figures-suppression.ts';
import { caseFacts, criterionNames, type CriterionName, type FactsFilter } from './figures-store.ts';

export interface FiguresEnv {
  gemeente: string;
  minCellCount: number;
  now: Date;
  /** For tests; default OUTCOME_SOURCES. */
  outcomeSources?: readonly OutcomeSource[];
}

/** 400 for a wijk or buurt of another municipality (GM0505 → WK0505…, BU0505…). */
function areaFilter(gemeente: string, area: string | undefined): FactsFilter['area'] {
  if (!area) return null;
  const digits = gemeente.replace(/^GM/, '');
  if (!area.slice(2).startsWith(digits))
    throw badRequest(`Gebied ${area} hoort niet bij deze gemeente (${gemeente}); kies een wijk of buurt van ${gemeente}.`, [
      { name: 'querystring.area', reason: `moet een wijk of buurt van ${gemeente} zijn` },
    ]);
  return area.startsWith('BU') ? { codes: [area] } : { prefix: `BU${area.slice(2)}` };
}

/** The criteria rows: the municipality's list, then any code the cases carry that is no longer in it. */
function criterionRows(names: CriterionName[], raw: RawFigures, n: number): FiguresReply['perCriterion'] {
  const row = suppressRow(raw.openAtEnd, raw.perCriterion, n);
  const known = new Map(names.map((c) => [c.code, c]));
  return [...raw.perCriterion.keys()].map((code) => ({
    code,
    nameNl: known.get(code)?.nameNl ?? code,
    nameEn: known.get(code)?.nameEn ?? code,
    count: row.cells.get(code) ?? null,
  }));
}

function flowOf(raw: RawFigures, p: FiguresPeriod, n: number): FiguresReply['flow'] {
  const inflow = suppressCalendar(raw.inflow, quarterOf, n);
  const outflow = suppressCalendar(raw.outflow, quarterOf, n);
  const months = monthsOf(p);
  const quarters = [...new Set(months.map(quarterOf))];
  return {
    months: months.map((month) => ({ month, inflow: inflow.get(month) ?? null, outflow: outflow.get(month) ?? null })),
    quarters: quarters.map((quarter) => ({ quarter, inflow: inflow.get(quarter) ?? null, outflow: outflow.get(quarter) ?? null })),
    inflow: calendarTotal(inflow),
    outflow: calendarTotal(outflow),
  };
}

async function outcomeRows(ctx: ServiceContext, filter: FactsFilter, sources: readonly OutcomeSource[], n: number) {
  const perDomain = await outcomeCounts(ctx.db, filter, sources);
  return [...perDomain].map(([domain, counts]) => {
    const row = suppressRow(
      [...counts.values()].reduce((s, c) => s + c, 0),
      counts,
      n,
    );
    return { domain, total: row.total, outcomes: [...row.cells].map(([outcome, count]) => ({ outcome, count })) };
  });
}

const thisYear = (now: Date) => Number(monthOf(now).slice(0, 4));

export async function caseFigures(ctx: ServiceContext, env: FiguresEnv, query: FiguresQuery): Promise<FiguresReply> {
  authorize(ctx, 'cases:figures');
  const year = query.year ?? thisYear(env.now);
  if (year > thisYear(env.now))
    throw badRequest(`Het jaar ${year} is nog niet begonnen; kies ${thisYear(env.now)} of eerder.`, [
      { name: 'querystring.year', reason: `mag niet later zijn dan ${thisYear(env.now)}` },
    ]);
  const period = periodOfYear(year, env.now);
  const filter: FactsFilter = { gemeente: env.gemeente, from: period.from, to: period.to, area: areaFilter(env.gemeente, query.area) };
  const n = env.minCellCount;
  const sources = env.outcomeSources ?? OUTCOME_SOURCES;
  const [facts, names, outcomes] = await Promise.all([
    caseFacts(ctx.db, filter),
    criterionNames(ctx.db, env.gemeente),
    outcomeRows(ctx, filter, sources, n),
  ]);
  const raw = rawFigures(
    facts,
    period,
    names.map((c) => c.code),
  );
  const trajectories = suppressRow(raw.openAtEnd, raw.perTrajectory, n);
  return {
    year,
    area: query.area ?? null,
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    minCellCount: n,
    openAtEnd: trajectories.total,
    perCriterion: criterionRows(names, raw, n),
    perTrajectory: [...trajectories.cells].map(([trajectory, count]) => ({
      trajectory: trajectory as FiguresReply['perTrajectory'][number]['trajectory'],
      count,
    })),
    flow: flowOf(raw, period, n),
    duration: {
      closed: suppressedCount(raw.closedDays.length, n),
      medianDays: suppressedMedian(median(raw.closedDays), raw.closedDays.length, n),
    },
    planWithin4Weeks: {
      opened: suppressedCount(raw.opened, n),
      withinDays: PLAN_WITHIN_DAYS,
      share: suppressedShare(raw.planInTime, raw.opened, n),
    },
    outcomesAvailable: sources.length > 0,
    outcomes,
  };
}
