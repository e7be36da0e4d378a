/**
 * Demo survey results: plausible Veiligheidsmonitor figures for the whole indicator catalogue per
 * wijk (and for the key indicators per buurt) for the two calendar years before "now", with
 * respondent counts from the population, so small areas fall below the suppression threshold.
 * Every row is marked `demo`; a real imported figure for the same indicator, area and year wins.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { areaHierarchy, vintageYears, type AreaNode } from '../../areas/index.ts';
import { loadIndicators, type Indicator } from '../survey/catalogue.ts';
import { between, round1, seededRandom } from './random.ts';

export const DEMO_SURVEY_SOURCE = 'Demo (synthetisch)';

/** City-level values of a typical Dutch middle-sized city (percent, score 0–10 or mark 1–10). */
const CITY_VALUE: Record<string, number> = {
  'feels-unsafe': 32,
  'feels-unsafe-often': 2.6,
  'feels-unsafe-buurt': 16,
  'feels-unsafe-buurt-often': 1.7,
  'unsafe-street-evening': 3.4,
  'avoid-detour': 9,
  'avoid-door-evening': 12,
  'victim-total': 15,
  'victim-violence': 3.1,
  'victim-property': 8.2,
  'victim-vandalism': 5.9,
  'nuisance-drunk': 5.2,
  'nuisance-drugs': 10.5,
  'nuisance-harassment': 3.3,
  'nuisance-youth': 8.4,
  'nuisance-social-score': 1.5,
  'decay-litter': 27,
  'decay-dog-dirt': 35,
  'decay-graffiti': 8,
  'decay-vandalism': 9,
  'decay-physical-score': 3,
  'crime-high-buurt': 6.5,
  'mark-safety': 7,
  'mark-liveability': 7.5,
};
/** Indicators also given per buurt (the survey's sample is thin there). */
const BUURT_INDICATORS = new Set(['feels-unsafe-buurt', 'victim-total', 'nuisance-youth', 'mark-safety', 'mark-liveability']);

export interface DemoSurveyRow {
  indicator_code: string;
  area_code: string;
  year: number;
  value: number;
  respondents: number;
  margin: number;
}

/** The value of one indicator in an area with problem factor f (1 = the city). */
function valueFor(ind: Indicator, f: number, rnd: () => number): number {
  const base = CITY_VALUE[ind.code] ?? 10;
  if (ind.unit === 'mark') return round1(Math.min(9.5, Math.max(4, base - (f - 1) * 0.9 + between(rnd, -0.15, 0.15))));
  const v = base * f * between(rnd, 0.9, 1.1);
  return round1(Math.min(ind.unit === 'score' ? 10 : 95, Math.max(0.3, v)));
}

/** Half-width of the 95% interval: binomial for percentages, a spread of ~1.5 points for marks and scores. */
function marginFor(ind: Indicator, value: number, n: number): number {
  if (ind.unit === 'percent') return round1(1.96 * Math.sqrt(((value / 100) * (1 - value / 100) * 1.2) / n) * 100);
  return Math.round(((1.96 * 1.5) / Math.sqrt(n)) * 100) / 100;
}

function respondentsFor(area: AreaNode, rnd: () => number): number {
  if (area.population === null) return Math.round(between(rnd, 20, 120));
  return Math.max(5, Math.round(area.population * 0.015 * between(rnd, 0.8, 1.2)));
}

/** The indeling a survey year is reported in: the newest vintage not after it (else the oldest). */
export function vintageFor(years: number[], year: number): number | undefined {
  const before = years.filter((y) => y <= year);
  return before.length ? Math.max(...before) : years[0];
}

/** The rows for one year: the municipality, every wijk, and the key indicators per buurt. */
function rowsOfYear(indicators: Indicator[], areas: AreaNode[], year: number, drift: number): DemoSurveyRow[] {
  const out: DemoSurveyRow[] = [];
  for (const area of areas) {
    if (area.level === 'buurt' && area.population !== null && area.population < 100) continue;
    const f = area.level === 'gemeente' ? 1 : between(seededRandom(`factor:${area.code}`), 0.6, 1.6) * drift;
    const rnd = seededRandom(`survey:${area.code}:${year}`);
    const n = respondentsFor(area, rnd);
    for (const ind of indicators) {
      if (area.level === 'buurt' && !BUURT_INDICATORS.has(ind.code)) continue;
      const value = valueFor(ind, f, rnd);
      out.push({ indicator_code: ind.code, area_code: area.code, year, value, respondents: n, margin: marginFor(ind, value, n) });
    }
  }
  return out;
}

/** Demo survey rows for the two years before `now`, in the indeling of each year. */
export async function demoSurveyRows(ctx: ServiceContext, gemeente: string, now: Date): Promise<DemoSurveyRow[]> {
  const indicators = await loadIndicators(ctx.db);
  const vintages = await vintageYears(ctx, gemeente);
  const out: DemoSurveyRow[] = [];
  for (const [year, drift] of [
    [now.getUTCFullYear() - 2, 1.04],
    [now.getUTCFullYear() - 1, 1],
  ] as const) {
    const vintage = vintageFor(vintages, year);
    if (vintage === undefined) continue;
    out.push(...rowsOfYear(indicators, await areaHierarchy(ctx, gemeente, vintage), year, drift));
  }
  return out;
}

/** Writes the rows marked demo; a real figure already there is kept. The number written. */
export async function insertDemoSurvey(ctx: ServiceContext, gemeente: string, rows: DemoSurveyRow[]): Promise<number> {
  let written = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const res = await ctx.db
      .insertInto('survey_results')
      .values(
        rows.slice(i, i + 500).map((r) => ({ ...r, gemeente_code: gemeente, source: DEMO_SURVEY_SOURCE, batch_id: null, demo: true })),
      )
      .onConflict((oc) => oc.columns(['gemeente_code', 'indicator_code', 'area_code', 'year']).doNothing())
      .executeTakeFirst();
    written += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return written;
}
