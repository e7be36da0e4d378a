/**
 * Whether demo rows contribute to an area's figures of a year: demo survey results of the area or
 * of the city (every index is relative to the city), demo reports in the city (the "reported
 * nuisance" index is relative to the city too), or demo pulse answers (and so stories) in the area.
 * The replies say so in `demo`, and the pages show the "demo" label.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { demoReportsIn } from '../../signals/index.ts';

export async function demoContributes(ctx: ServiceContext, gemeente: string, code: string, years: number[]): Promise<boolean> {
  const survey = await ctx.db
    .selectFrom('survey_results')
    .select('year')
    .where('gemeente_code', '=', gemeente)
    .where('demo', '=', true)
    .where('area_code', 'in', [code, gemeente])
    .where('year', 'in', years)
    .limit(1)
    .executeTakeFirst();
  if (survey) return true;
  for (const year of years) {
    const period = { gemeente, from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
    if (await demoReportsIn(ctx.db, period)) return true;
  }
  let pulse = ctx.db
    .selectFrom('pulse_responses')
    .select('id')
    .where('gemeente_code', '=', gemeente)
    .where('demo', '=', true)
    .where('year', 'in', years);
  if (code !== gemeente) pulse = pulse.where((eb) => eb.or([eb('buurt_code', '=', code), eb('wijk_code', '=', code)]));
  return (await pulse.limit(1).executeTakeFirst()) !== undefined;
}
