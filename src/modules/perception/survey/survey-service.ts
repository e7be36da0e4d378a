/**
 * Reading survey results: published aggregate figures (no personal data), readable without login.
 * Every estimate passes through `publishEstimate` (suppression below the configured minimum n;
 * margins always returned).
 */
import type { ServiceContext } from '../../../core/context.ts';
import { loadIndicators, type Indicator } from './catalogue.ts';
import { publishEstimate, type PublishedEstimate } from './suppression.ts';

export interface SurveyFigure extends PublishedEstimate {
  indicatorCode: string;
  areaCode: string;
  year: number;
  source: string;
  /** Written by the demo loader. */
  demo: boolean;
}

export interface SurveyQuery {
  municipality: string;
  areaCodes?: string[];
  indicatorCodes?: string[];
  years?: number[];
  minRespondents: number;
}

export async function surveyFigures(ctx: ServiceContext, q: SurveyQuery): Promise<SurveyFigure[]> {
  let query = ctx.db.selectFrom('survey_results').selectAll().where('gemeente_code', '=', q.municipality);
  if (q.areaCodes?.length) query = query.where('area_code', 'in', q.areaCodes);
  if (q.indicatorCodes?.length) query = query.where('indicator_code', 'in', q.indicatorCodes);
  if (q.years?.length) query = query.where('year', 'in', q.years);
  const rows = await query.orderBy('indicator_code').orderBy('area_code').orderBy('year').execute();
  return rows.map((r) => ({
    indicatorCode: r.indicator_code,
    areaCode: r.area_code,
    year: Number(r.year),
    source: r.source,
    demo: r.demo,
    ...publishEstimate(
      {
        value: r.value === null ? null : Number(r.value),
        respondents: r.respondents === null ? null : Number(r.respondents),
        margin: r.margin === null ? null : Number(r.margin),
      },
      q.minRespondents,
    ),
  }));
}

export async function listIndicators(ctx: ServiceContext): Promise<Indicator[]> {
  return loadIndicators(ctx.db);
}

/** Years with any survey figure for the municipality, ascending. */
export async function surveyYears(ctx: ServiceContext, municipality: string): Promise<number[]> {
  const rows = await ctx.db
    .selectFrom('survey_results')
    .select('year')
    .distinct()
    .where('gemeente_code', '=', municipality)
    .orderBy('year')
    .execute();
  return rows.map((r) => Number(r.year));
}
