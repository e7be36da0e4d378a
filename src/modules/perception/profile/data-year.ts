/**
 * The year the safety profile, the discrepancy view, the wijkgesprek report and the public
 * neighbourhood page show when a request names none: the latest year with data, so a page never
 * opens on an empty current year. "Data" is, in this order:
 *   1. survey results of the municipality (any indicator, any area): they carry two of the four
 *      indices and, in the base year, the reference of the perceived index;
 *   2. failing that, yearly registered crime counts (CBS/Politie, incidents `latestCrimeCountYear`);
 *   3. failing both, last calendar year (the page then shows its data gaps).
 * Pulse answers and reports are not used: they run into the current year whether or not the
 * survey and crime figures the indices rest on exist for it.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { latestCrimeCountYear } from '../../incidents/index.ts';

export async function latestSurveyYear(ctx: ServiceContext, gemeente: string): Promise<number | null> {
  const row = await ctx.db
    .selectFrom('survey_results')
    .select((eb) => eb.fn.max('year').as('year'))
    .where('gemeente_code', '=', gemeente)
    .executeTakeFirst();
  return row?.year ?? null;
}

export async function latestYearWithData(ctx: ServiceContext, gemeente: string, now = new Date()): Promise<number> {
  return (await latestSurveyYear(ctx, gemeente)) ?? (await latestCrimeCountYear(ctx, gemeente)) ?? now.getUTCFullYear() - 1;
}

/** The asked year, else the latest year with data. */
export async function yearOrLatest(ctx: ServiceContext, gemeente: string, year: number | undefined): Promise<number> {
  return year ?? latestYearWithData(ctx, gemeente);
}
