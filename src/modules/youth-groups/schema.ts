/** zod schemas of the youth-groups API: groups, hangplekken, shortlist assessments, counts per period. */
import { z } from 'zod';
import { CLASSIFICATIONS, ITEM_CODES } from './shortlist.ts';

const isoDate = z.iso.date('must be a date (YYYY-MM-DD)');
const NO_NAMES = 'No names of persons: describe the group and its behaviour, never who is in it.';

export const groupParams = z.object({ id: z.uuid('must be a youth group id (UUID)') });
export const listQuery = z.object({
  area: z
    .string()
    .regex(/^(GM|WK|BU)\d{4,8}$/, 'must be a CBS gemeente, wijk or buurt code')
    .optional()
    .describe('Groups in this area (a wijk includes its buurten)'),
});

/** A WGS84 position inside the Netherlands (longitude, latitude). */
const position = z
  .tuple([z.number().min(3).max(7.3), z.number().min(50.7).max(53.6)])
  .describe('[longitude, latitude] (WGS84) inside the Netherlands');
const ring = z
  .array(position)
  .min(4, 'a ring needs at least 4 positions')
  .max(500)
  .refine((r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1], 'a ring must end where it starts');
const hangplekGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1).max(10) }),
]);
export const hangplek = z.object({
  name: z.string().trim().min(1).max(120).describe("The place, e.g. 'Speeltuin Crabbehof' (no names of persons)"),
  geometry: hangplekGeometry.describe('A GeoJSON Point or Polygon in WGS84'),
});

const measures = z.array(z.string().trim().min(1).max(300)).max(30).describe('The approach: measures, one per line');

const groupFields = z.object({
  name: z.string().trim().min(2).max(120).describe(`Name or alias of the group. ${NO_NAMES}`),
  areaCode: z.string().regex(/^(WK|BU)\d{6,8}$/, 'must be a CBS wijk or buurt code'),
  description: z.string().trim().max(4000).optional().describe(`The group's behaviour. ${NO_NAMES}`),
  sizeEstimate: z.number().int().min(1).max(500).nullable().optional(),
  ageMin: z.number().int().min(6).max(40).nullable().optional(),
  ageMax: z.number().int().min(6).max(40).nullable().optional(),
  hangplekken: z.array(hangplek).max(20).optional(),
  measures: measures.optional(),
  partnerIds: z.array(z.uuid('must be a partner id (UUID)')).max(30).optional(),
  missionId: z.uuid('must be a mission id (UUID)').nullable().optional(),
  ownerId: z.uuid('must be a user id (UUID)').nullable().optional().describe('The staff member who follows the group (reminders)'),
  reviewDate: isoDate.nullable().optional().describe('When the approach is reviewed; a reminder is mailed that day'),
});
const ageOrder = (b: { ageMin?: number | null; ageMax?: number | null }, ctx: z.RefinementCtx) => {
  if (b.ageMin != null && b.ageMax != null && b.ageMin > b.ageMax)
    ctx.addIssue({ code: 'custom', path: ['ageMax'], message: 'must not be below ageMin' });
};
export const groupBody = groupFields.superRefine(ageOrder);
export type GroupInput = z.infer<typeof groupBody>;
export const groupChangeBody = groupFields.partial().superRefine(ageOrder);
export type GroupChange = z.infer<typeof groupChangeBody>;

const classification = z.enum(CLASSIFICATIONS);
export const answers = z
  .partialRecord(z.enum(ITEM_CODES as [string, ...string[]]), z.union([z.literal(0), z.literal(1), z.literal(2)]))
  .describe('Per shortlist item: 0 not seen, 1 now and then, 2 regularly (missing = 0)');
export const assessmentBody = z.object({
  assessedOn: isoDate,
  answers,
  classification: classification
    .optional()
    .describe('The final classification; when it differs from the computed one, a reason is required'),
  deviationReason: z.string().trim().min(3).max(1000).optional(),
});
export type AssessmentInput = z.infer<typeof assessmentBody>;
export const scores = z.object({ hinderlijk: z.number(), overlastgevend: z.number(), crimineel: z.number() });
export const assessmentView = z.object({
  id: z.string(),
  assessedOn: z.string(),
  assessor: z.object({ id: z.string(), name: z.string() }).nullable(),
  answers: z.record(z.string(), z.number()),
  scores,
  computed: classification,
  classification,
  deviationReason: z.string().nullable(),
});
export type AssessmentView = z.infer<typeof assessmentView>;

export const groupSummary = z.object({
  id: z.string(),
  name: z.string(),
  areaCode: z.string(),
  classification: classification.nullable().describe('Of the latest assessment; null before the first'),
  lastAssessedOn: z.string().nullable(),
  reviewDate: z.string().nullable(),
  reviewDue: z.boolean().describe('The review date is today or past'),
  hangplekken: z.array(hangplek),
  demo: z.boolean(),
});
export type GroupSummary = z.infer<typeof groupSummary>;
export const groupView = groupSummary.extend({
  description: z.string().nullable(),
  sizeEstimate: z.number().nullable(),
  ageMin: z.number().nullable(),
  ageMax: z.number().nullable(),
  measures: z.array(z.string()),
  partners: z.array(z.object({ id: z.string(), name: z.string() })),
  mission: z.object({ id: z.string(), title: z.string() }).nullable(),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  assessments: z.array(assessmentView).describe('Oldest first: the classification over time'),
  canEdit: z.boolean(),
});
export type GroupView = z.infer<typeof groupView>;

export const shortlistView = z.object({
  items: z.array(z.object({ code: z.string(), category: classification, label: z.string() })),
  categorySumThreshold: z.number(),
});

export const countsView = z.object({
  areaCode: z.string(),
  periods: z.array(
    z.object({
      period: z.string().describe('Quarter, e.g. 2026-Q3'),
      from: z.string(),
      to: z.string(),
      reports: z.number().nullable().describe('Reports in nuisance categories; null = a small number, suppressed'),
      incidents: z.number().nullable().describe('Registered incidents; null = a small number, suppressed'),
    }),
  ),
  minCount: z.number().describe('Counts 1..minCount−1 are suppressed for roles without analysis:detail'),
});
export type CountsView = z.infer<typeof countsView>;
