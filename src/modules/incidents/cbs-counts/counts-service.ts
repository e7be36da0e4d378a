/**
 * Registered crime per area from the aggregated CBS/Politie tables. Levels the table does not hold
 * (CBS 47018NED extracts often hold only buurten) are summed from the buurten of the same indeling;
 * such rows say `derived: true`. Published open data: no login needed.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import { areaHierarchy, type AreaLevel } from '../../areas/index.ts';
import { TOTAL_CRIME } from '../crime-types.ts';

export interface AreaCount {
  areaCode: string;
  areaName: string;
  /** The indeling (vintage) the code belongs to. */
  areaYear: number;
  count: number | null;
  population: number | null;
  ratePer1000: number | null;
  derived: boolean;
}

export interface CountsQuery {
  municipality: string;
  level: AreaLevel;
  year: number;
  crimeType?: string;
}

function rate(count: number | null, population: number | null): number | null {
  if (count === null || !population) return null;
  return Math.round((count / population) * 1000 * 10) / 10;
}

export async function countsByArea(ctx: ServiceContext, q: CountsQuery): Promise<AreaCount[]> {
  const crimeType = q.crimeType ?? TOTAL_CRIME;
  const period = `${q.year}JJ00`;
  const base = ctx.db
    .selectFrom('crime_counts')
    .where('gemeente_code', '=', q.municipality)
    .where('crime_type', '=', crimeType)
    .where('period', '=', period);
  const rows = await base.select(['area_code', 'area_level', 'area_year', 'count']).execute();
  if (rows.length === 0) {
    const known = await ctx.db.selectFrom('crime_types').select('code').where('code', '=', crimeType).executeTakeFirst();
    if (!known) throw invalidInput([{ name: 'query.crimeType', reason: `unknown crime type '${crimeType}'` }]);
    const years = await ctx.db
      .selectFrom('crime_counts')
      .select('period')
      .distinct()
      .where('gemeente_code', '=', q.municipality)
      .where('period_kind', '=', 'year')
      .orderBy('period')
      .execute();
    throw invalidInput(
      [
        {
          name: 'query.year',
          reason: `no registered crime for ${q.year}; available: ${years.map((y) => y.period.slice(0, 4)).join(', ') || 'none'}`,
        },
      ],
      `No registered crime figures for ${q.year}.`,
    );
  }
  const areaYear = rows[0]!.area_year;
  const areas = await areaHierarchy(ctx, q.municipality, areaYear);
  const direct = new Map(rows.filter((r) => r.area_level === q.level).map((r) => [r.area_code, r.count]));
  const buurtCounts = new Map(rows.filter((r) => r.area_level === 'buurt').map((r) => [r.area_code, r.count]));
  const parentOf = new Map(areas.map((a) => [a.code, a.parentCode]));
  const summed = new Map<string, number>();
  for (const [code, count] of buurtCounts) {
    const wijk = parentOf.get(code) ?? null;
    const key = q.level === 'wijk' ? wijk : q.level === 'gemeente' ? (wijk ? (parentOf.get(wijk) ?? null) : null) : null;
    if (key) summed.set(key, (summed.get(key) ?? 0) + (count ?? 0));
  }
  return areas
    .filter((a) => a.level === q.level)
    .map((a) => {
      const has = direct.has(a.code);
      const count = has ? (direct.get(a.code) ?? null) : (summed.get(a.code) ?? null);
      return {
        areaCode: a.code,
        areaName: a.name,
        areaYear,
        count,
        population: a.population,
        ratePer1000: rate(count, a.population),
        derived: !has && count !== null,
      };
    })
    .sort((x, y) => x.areaCode.localeCompare(y.areaCode));
}

/** The latest year with yearly registered crime counts (any crime type, any area) of a municipality, or null when none are loaded. */
export async function latestCrimeCountYear(ctx: ServiceContext, municipality: string): Promise<number | null> {
  const row = await ctx.db
    .selectFrom('crime_counts')
    .select((eb) => eb.fn.max('period').as('period'))
    .where('gemeente_code', '=', municipality)
    .where('period_kind', '=', 'year')
    .executeTakeFirst();
  return row?.period ? Number(row.period.slice(0, 4)) : null;
}
