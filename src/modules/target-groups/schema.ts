/** zod schemas of the target-groups API: the groups (no person data) and their indicators (aggregates). */
import { z } from 'zod';

const areaCode = z.string().regex(/^(GM|WK|BU)\d{4,8}$/, 'must be a CBS gemeente, wijk or buurt code');
const isoDate = z.iso.date('must be a date (YYYY-MM-DD)');

export const targetGroupParams = z.object({ id: z.uuid('must be a target group id (UUID)') });

export const programmeSchema = z.object({
  name: z.string().trim().min(2).max(200).describe("A programme or approach, e.g. 'Veilig Thuis', 'Wijkaanpak jeugd'"),
  description: z.string().trim().max(2000).default(''),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) address' })
    .max(500)
    .optional(),
});

const fields = {
  nameNl: z.string().trim().min(2).max(200).describe('Dutch name'),
  nameEn: z.string().trim().min(2).max(200).describe('English name'),
  description: z.string().trim().max(2000).describe('What the group is about — never about a person'),
  partnerIds: z.array(z.uuid('must be a partner id (UUID)')).max(50).describe('Responsible network partners'),
  programmes: z.array(programmeSchema).max(50),
  areaCodes: z.array(areaCode).max(200).describe('Wijken/buurten where programmes and responsibilities apply; empty = city-wide'),
  categorySlugs: z.array(z.string().trim().min(1).max(100)).max(50).describe('Report categories counted as indicator'),
  crimeTypes: z
    .array(z.string().trim().min(1).max(20))
    .max(50)
    .describe('Registered crime types (CBS/Politie codes, e.g. 1.4.5) counted as indicator'),
};

export const targetGroupBody = z.object({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,59}$/, 'lower-case letters, digits and dashes')
    .optional()
    .describe('Stable code; made from the Dutch name when absent'),
  nameNl: fields.nameNl,
  nameEn: fields.nameEn,
  description: fields.description.optional(),
  partnerIds: fields.partnerIds.optional(),
  programmes: fields.programmes.optional(),
  areaCodes: fields.areaCodes.optional(),
  categorySlugs: fields.categorySlugs.optional(),
  crimeTypes: fields.crimeTypes.optional(),
});
export type TargetGroupInput = z.infer<typeof targetGroupBody>;
export const targetGroupChangeBody = z.object({
  nameNl: fields.nameNl.optional(),
  nameEn: fields.nameEn.optional(),
  description: fields.description.optional(),
  partnerIds: fields.partnerIds.optional(),
  programmes: fields.programmes.optional(),
  areaCodes: fields.areaCodes.optional(),
  categorySlugs: fields.categorySlugs.optional(),
  crimeTypes: fields.crimeTypes.optional(),
});
export type TargetGroupChange = z.infer<typeof targetGroupChangeBody>;

export const targetGroupView = z.object({
  id: z.string(),
  key: z.string(),
  nameNl: z.string(),
  nameEn: z.string(),
  description: z.string(),
  partners: z.array(z.object({ id: z.string(), name: z.string() })),
  programmes: z.array(z.object({ name: z.string(), description: z.string(), url: z.string().nullable() })),
  areaCodes: z.array(z.string()),
  categories: z.array(z.object({ slug: z.string(), name: z.string() })),
  crimeTypes: z.array(z.object({ code: z.string(), title: z.string() })),
  isDefault: z.boolean().describe('One of the six shipped groups (seeded when the municipality had none)'),
});
export type TargetGroupView = z.infer<typeof targetGroupView>;

export const targetGroupOptions = z.object({
  categories: z.array(z.object({ slug: z.string(), name: z.string(), parentName: z.string().nullable() })),
  crimeTypes: z.array(z.object({ code: z.string(), title: z.string() })),
  partners: z.array(z.object({ id: z.string(), name: z.string() })),
});
export const targetGroupList = z.object({
  targetGroups: z.array(targetGroupView),
  options: targetGroupOptions.describe(
    'What an indicator or responsibility may refer to (active categories, crime types, active partners)',
  ),
});

export const indicatorQuery = z.object({
  area: areaCode.optional().describe('A wijk (its buurten and total) or buurt; absent or the gemeente: every wijk and the city total'),
  from: isoDate.optional().describe('First day of the period (default: 12 months before `to`)'),
  to: isoDate.optional().describe('Last day of the period (default: today)'),
});

const cell = z.object({
  value: z.number().nullable().describe('null: suppressed (a small number)'),
  suppressed: z.boolean(),
});
const figure = z.object({
  current: cell,
  previous: cell,
  per1000: z.number().nullable().describe('Current count per 1,000 residents (null: suppressed or no population)'),
  trend: z.enum(['up', 'down', 'same']).nullable().describe('null when either period is suppressed'),
});
export type Figure = z.infer<typeof figure>;
export const indicatorRow = z.object({
  code: z.string(),
  reports: figure.nullable().describe('Reports in the group’s categories (null: the group has none)'),
  crimes: figure.nullable().describe('Registered crime of the group’s types (null: the group has none)'),
});
export type IndicatorRow = z.infer<typeof indicatorRow>;
const period = z.object({ from: z.string(), to: z.string() });
export const indicatorReply = z.object({
  area: z.string().describe('The area asked (the gemeente when none)'),
  period,
  previous: period.describe('The equally long period just before'),
  threshold: z.number().describe('Counts from 1 to threshold − 1 are suppressed'),
  areas: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      level: z.enum(['gemeente', 'wijk', 'buurt']),
      population: z.number().nullable(),
      total: z.boolean().describe('The total of the other rows'),
    }),
  ),
  groups: z.array(z.object({ id: z.string(), key: z.string(), nameNl: z.string(), nameEn: z.string(), rows: z.array(indicatorRow) })),
});
export type IndicatorReply = z.infer<typeof indicatorReply>;
