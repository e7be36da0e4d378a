/**
 * Trends over years for one area: every survey indicator (with year-on-year and first-to-last
 * z-tests where margins allow, see indices.ts), registered crime per 1,000 inhabitants (no margin:
 * no test) and the pulse (n and mean night mark; self-selected, no test).
 */
import type { ServiceContext } from '../../../core/context.ts';
import { countsByArea } from '../../incidents/index.ts';
import type { Settings } from './components.ts';
import { differenceTest, ratePer1000, type DifferenceTest } from './indices.ts';
import { levelOf } from './profile-service.ts';
import { pulseByArea } from '../pulse/stats.ts';
import { surveyFigures } from '../survey/survey-service.ts';

export interface TrendPoint {
  year: number;
  value: number | null;
  margin: number | null;
  n: number | null;
  suppressed: boolean;
  /** Test against the previous year with a value (null for the first point). */
  vsPrevious: (DifferenceTest & { fromYear: number }) | null;
}

function withTests(points: Omit<TrendPoint, 'vsPrevious'>[]): {
  points: TrendPoint[];
  overall: (DifferenceTest & { fromYear: number; toYear: number }) | null;
} {
  let prev: Omit<TrendPoint, 'vsPrevious'> | null = null;
  const out = points.map((p) => {
    const vs =
      prev && p.value !== null
        ? { ...differenceTest({ value: prev.value!, margin: prev.margin }, { value: p.value, margin: p.margin }), fromYear: prev.year }
        : null;
    if (p.value !== null) prev = p;
    return { ...p, vsPrevious: vs };
  });
  const valued = points.filter((p) => p.value !== null);
  const first = valued[0];
  const last = valued.at(-1);
  const overall =
    first && last && first !== last
      ? {
          ...differenceTest({ value: first.value!, margin: first.margin }, { value: last.value!, margin: last.margin }),
          fromYear: first.year,
          toYear: last.year,
        }
      : null;
  return { points: out, overall };
}

export async function areaTrends(ctx: ServiceContext, s: Settings, code: string, q: { indicators?: string[]; years?: number[] }) {
  const figures = await surveyFigures(ctx, {
    municipality: s.gemeente,
    areaCodes: [code],
    minRespondents: s.minRespondents,
    ...(q.indicators ? { indicatorCodes: q.indicators } : {}),
  });
  const codes = [...new Set(figures.map((f) => f.indicatorCode))];
  const survey = codes.map((indicatorCode) => ({
    indicatorCode,
    ...withTests(
      figures
        .filter((f) => f.indicatorCode === indicatorCode)
        .map((f) => ({ year: f.year, value: f.value, margin: f.margin, n: f.respondents, suppressed: f.suppressed })),
    ),
  }));
  const years = q.years ?? [];
  const level = levelOf(code);
  const crime: { year: number; ratePer1000: number | null }[] = [];
  const pulse: { year: number; n: number; meanNight: number | null; suppressed: boolean }[] = [];
  for (const year of years) {
    const rows = await countsByArea(ctx, { municipality: s.gemeente, level, year }).catch(() => null);
    const row = rows?.find((r) => r.areaCode === code);
    if (rows) crime.push({ year, ratePer1000: row ? roundN(ratePer1000(row.count, row.population)) : null });
    const p = (await pulseByArea(ctx, s.gemeente, level, year, s.pulseMinAnswers)).get(code);
    if (p) pulse.push({ year, n: p.n, meanNight: p.meanNight, suppressed: p.suppressed });
  }
  return {
    areaCode: code,
    survey,
    crime,
    pulse,
    method:
      'Verschil tussen twee jaren significant (5%) als |z| > 1,96 met z = verschil ÷ √(SE₁² + SE₂²) en SE = marge ÷ 1,96 (onafhankelijke steekproeven).',
  };
}

const roundN = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
