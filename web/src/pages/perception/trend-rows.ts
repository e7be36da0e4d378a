/** Rows of the trend tables, built from the trends reply — pure. */
import { significanceOf, type Significance } from './index-format.ts';
import type { TrendPoint, Trends } from './types.ts';

export interface YearRow {
  year: number;
  /** null: no figure that year; undefined: no registered crime loaded for that year. */
  crime: number | null | undefined;
  pulseN: number;
  pulseMeanNight: number | null;
  pulseSuppressed: boolean;
}

/** One row per year from `from` to `to` (newest last), registered crime and pulse side by side. */
export function yearRows(trends: Trends, from: number, to: number): YearRow[] {
  const rows: YearRow[] = [];
  for (let year = from; year <= to; year++) {
    const crime = trends.crime.find((c) => c.year === year);
    const pulse = trends.pulse.find((p) => p.year === year);
    rows.push({
      year,
      crime: crime ? crime.ratePer1000 : undefined,
      pulseN: pulse?.n ?? 0,
      pulseMeanNight: pulse?.meanNight ?? null,
      pulseSuppressed: pulse?.suppressed ?? false,
    });
  }
  return rows;
}

export interface SurveyCell {
  point: TrendPoint | null;
  significance: Significance | null;
}

/** Survey indicator × year cells with the test against the previous year that had a value. */
export function surveyCells(points: readonly TrendPoint[], years: readonly number[]): SurveyCell[] {
  return years.map((year) => {
    const point = points.find((p) => p.year === year) ?? null;
    return { point, significance: point ? significanceOf(point.vsPrevious) : null };
  });
}

/** Years that have anything to show (crime, pulse or survey), so empty years can be left out. */
export function yearsWithData(trends: Trends, from: number, to: number): number[] {
  const years = new Set<number>();
  for (const c of trends.crime) if (c.ratePer1000 !== null) years.add(c.year);
  for (const p of trends.pulse) if (p.n > 0) years.add(p.year);
  for (const s of trends.survey) for (const p of s.points) years.add(p.year);
  return [...years].filter((y) => y >= from && y <= to).sort((a, b) => a - b);
}
