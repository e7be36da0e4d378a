/**
 * A perceived-safety indicator from the Veiligheidsmonitor results (perception module): the
 * estimate for one area and year with its 95% margin. The perception module has no service export
 * for single results yet, so this adapter reads its table `survey_results` read-only (replace by
 * the export when it lands). A year counts for a window [from, to) when 1 January of it lies inside.
 */
import { sql } from 'kysely';
import type { ServiceContext } from '../../../core/context.ts';
import type { IndicatorAdapter, Reading } from './types.ts';

type Params = { source: 'perception'; indicatorCode: string; areaCode: string };

interface Row {
  year: number;
  value: number | null;
  margin: number | null;
  source: string;
}

export async function surveyResults(ctx: ServiceContext, gemeente: string, indicatorCode: string, areaCode: string): Promise<Row[]> {
  const r = await sql<Row>`SELECT year, value, margin, source FROM survey_results
    WHERE gemeente_code = ${gemeente} AND indicator_code = ${indicatorCode} AND area_code = ${areaCode} AND value IS NOT NULL ORDER BY year`.execute(ctx.db);
  return r.rows.map((x) => ({ ...x, year: Number(x.year), value: x.value === null ? null : Number(x.value), margin: x.margin === null ? null : Number(x.margin) }));
}

const reading = (r: Row): Reading => ({
  value: r.value!, margin: r.margin, from: `${r.year}-01-01`, to: `${r.year + 1}-01-01`, source: `${r.source} ${r.year}`, kind: 'estimate',
});

export const perception: IndicatorAdapter<Params> = {
  async over(ctx, env, i, from, to) {
    const rows = (await surveyResults(ctx, env.gemeente, i.indicatorCode, i.areaCode)).filter((r) => `${r.year}-01-01` >= from && `${r.year}-01-01` < to);
    return rows.length ? reading(rows[rows.length - 1]!) : null;
  },
  async latest(ctx, env, i, _from, baselineTo, asOf) {
    const rows = (await surveyResults(ctx, env.gemeente, i.indicatorCode, i.areaCode)).filter((r) => `${r.year}-01-01` >= baselineTo && `${r.year}-01-01` <= asOf);
    return rows.length ? reading(rows[rows.length - 1]!) : null;
  },
};
