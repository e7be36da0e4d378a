/** zod schemas of the active measures per area (`GET /areas/{code}/measures`). */
import { z } from 'zod';
import { decisionGeometry, isoDate } from '../decision/decision-schema.ts';
import { DECISION_STATES, MEASURE_KINDS } from '../tables.ts';

export const areaCodeParams = z.object({
  code: z.string().regex(/^(BU\d{8}|WK\d{6}|GM\d{4})$/, 'moet een CBS-code zijn (BU…, WK… of GM…)'),
});
export const measuresQuery = z.object({
  date: isoDate.optional().describe('The day the measures are in force (default today)'),
});

export const measureView = z.object({
  decisionId: z.uuid(),
  number: z.string().nullable().describe('Null when only the public part may be shown'),
  title: z.string().nullable().describe('Null when only the public part may be shown'),
  state: z.enum(DECISION_STATES).nullable().describe('Null when only the public part may be shown'),
  baseLabel: z.string(),
  article: z.string(),
  measureKind: z.enum(MEASURE_KINDS),
  status: z.enum(['active', 'starting']).describe('In force on the date, or starting within 30 days'),
  period: z.object({
    start: isoDate,
    end: isoDate.nullable().describe('The end in force (the extension when there is one)'),
    liftedOn: isoDate.nullable(),
  }),
  place: z.object({
    addressLabel: z.string().nullable(),
    point: z.object({ lon: z.number(), lat: z.number() }).nullable().describe('Address measures (not in a public part)'),
    geometry: decisionGeometry.nullable().describe('Area measures (camera areas, risk areas)'),
    buurtCode: z.string().nullable(),
    areaCodes: z.array(z.string()),
  }),
  publicText: z.string().nullable(),
  publicOnly: z.boolean().describe('Linked to a PGA case the caller may not open: only the published part'),
});
export const measuresReply = z.object({
  area: z.object({ code: z.string(), name: z.string() }),
  date: isoDate,
  measures: z.array(measureView),
});
export type MeasureView = z.infer<typeof measureView>;
