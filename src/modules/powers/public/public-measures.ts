/**
 * The public part of the register for residents (`GET /public/measures`, no login): only published
 * decisions (published_on on or before today and a published text) whose measure is in force or
 * starts within 30 days — the published text, the kind and legal basis, the period, the buurt or
 * wijk names and, for area measures (camera areas, risk areas), their polygon. Never an address or
 * point of an address-bound measure, never a number, title, case, facts, documents or state.
 */
import { z } from 'zod';
import type { ServiceContext } from '../../../core/context.ts';
import { decisionGeometry, isoDate } from '../decision/decision-schema.ts';
import { areaCodesOf, areaNodes } from '../measures/measure-areas.ts';
import type { DecisionGeometryValue } from '../measures/measure-geometry.ts';
import { endInForce, inAreas, isAreaMeasure, isPublished, measureStatus } from '../measures/measure-rules.ts';
import { measureRows } from '../measures/measure-store.ts';
import { MEASURE_KINDS } from '../tables.ts';

export const publicMeasuresQuery = z.object({
  area: z
    .string()
    .regex(/^(BU\d{8}|WK\d{6}|GM\d{4})$/, 'moet een CBS-code zijn (BU…, WK… of GM…)')
    .optional()
    .describe('A buurt or wijk (default: the whole municipality)'),
});

export const publicMeasure = z.object({
  measureKind: z.enum(MEASURE_KINDS),
  baseLabel: z.string(),
  article: z.string(),
  text: z.string().describe('The published text'),
  publishedOn: isoDate,
  status: z.enum(['active', 'starting']),
  period: z.object({ start: isoDate, end: isoDate.nullable(), liftedOn: isoDate.nullable() }),
  areas: z.array(z.object({ code: z.string(), name: z.string() })).describe('The buurt or wijk names'),
  geometry: decisionGeometry.nullable().describe('Area measures only; never the place of an address-bound measure'),
});
export const publicMeasuresReply = z.object({ date: isoDate, measures: z.array(publicMeasure) });
export type PublicMeasure = z.infer<typeof publicMeasure>;

export async function publicMeasures(ctx: ServiceContext, gemeente: string, area: string | undefined, today: string) {
  const scope = area ? await areaCodesOf(ctx, gemeente, area) : null;
  const nodes = scope?.nodes ?? (await areaNodes(ctx, gemeente));
  const measures: PublicMeasure[] = [];
  for (const r of await measureRows(ctx.db, gemeente)) {
    const status = measureStatus(r, today);
    if (!status || !isPublished(r, today) || (scope && !inAreas(r, scope.codes))) continue;
    const codes = [...new Set([...(r.buurt_code ? [r.buurt_code] : []), ...r.area_codes])];
    measures.push({
      measureKind: r.measure_kind,
      baseLabel: r.base_label,
      article: r.article,
      text: r.public_text!,
      publishedOn: r.published_on!,
      status,
      period: { start: r.measure_start!, end: endInForce(r), liftedOn: r.lifted_on },
      areas: codes.map((code) => ({ code, name: nodes.get(code)?.name ?? code })),
      geometry: isAreaMeasure(r) ? (r.geometry as DecisionGeometryValue) : null,
    });
  }
  return { date: today, measures };
}
