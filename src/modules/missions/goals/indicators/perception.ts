/**
 * A perceived-safety indicator from the Veiligheidsmonitor results (perception module export
 * `surveyFigures`): the estimate for one area and year with its 95% margin. Estimates the
 * perception module suppresses (fewer than STADSVEILIG_PERCEPTION_MIN_RESPONDENTS respondents) or
 * that have no published value are not readings: a goal never shows what the survey page withholds.
 * A year counts for a window [from, to) when 1 January of it lies inside.
 */
import type { ServiceContext } from '../../../../core/context.ts';
import { surveyFigures } from '../../../perception/index.ts';
import type { IndicatorAdapter, Reading } from './types.ts';

type Params = { source: 'perception'; indicatorCode: string; areaCode: string };

interface Row {
  year: number;
  value: number;
  margin: number | null;
  source: string;
}

/** Published (not suppressed) estimates of one indicator and area, by year. */
export async function surveyResults(
  ctx: ServiceContext,
  gemeente: string,
  indicatorCode: string,
  areaCode: string,
  minRespondents: number,
): Promise<Row[]> {
  const figures = await surveyFigures(ctx, {
    municipality: gemeente,
    indicatorCodes: [indicatorCode],
    areaCodes: [areaCode],
    minRespondents,
  });
  return figures
    .filter((f) => f.value !== null)
    .map((f) => ({ year: f.year, value: f.value!, margin: f.margin, source: f.source }))
    .sort((a, b) => a.year - b.year);
}

const reading = (r: Row): Reading => ({
  value: r.value,
  margin: r.margin,
  from: `${r.year}-01-01`,
  to: `${r.year + 1}-01-01`,
  source: `${r.source} ${r.year}`,
  kind: 'estimate',
});

export const perception: IndicatorAdapter<Params> = {
  async over(ctx, env, i, from, to) {
    const rows = (await surveyResults(ctx, env.gemeente, i.indicatorCode, i.areaCode, env.minRespondents)).filter(
      (r) => `${r.year}-01-01` >= from && `${r.year}-01-01` < to,
    );
    return rows.length ? reading(rows[rows.length - 1]!) : null;
  },
  async latest(ctx, env, i, _from, baselineTo, asOf) {
    const rows = (await surveyResults(ctx, env.gemeente, i.indicatorCode, i.areaCode, env.minRespondents)).filter(
      (r) => `${r.year}-01-01` >= baselineTo && `${r.year}-01-01` <= asOf,
    );
    return rows.length ? reading(rows[rows.length - 1]!) : null;
  },
};
