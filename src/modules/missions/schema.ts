/** zod schemas of the missions API: missions, status transitions, evidence; the fields the concern folders share. */
import { z } from 'zod';
import { scopeSchema } from './scope/scope.ts';
import { EVIDENCE_KINDS, MISSION_STATUSES, PRIORITIES } from './tables.ts';

export const isoDate = z.iso.date('must be a date (YYYY-MM-DD)');
export const crimeTypeCode = z.string().regex(/^\d+(\.\d+)*(\.\*)?$/, "must be a CBS crime code such as '1.1.1' or '1.4.*'");
export const idParam = z.object({ id: z.uuid('must be a mission id (UUID)') });

export const timesSchema = z
  .object({
    description: z.string().trim().max(500).optional().describe("e.g. 'vrijdag- en zaterdagavond 22–04 uur'"),
    hoursOfWeek: z
      .array(z.number().int().min(0).max(167))
      .max(168)
      .optional()
      .describe('Hour-of-week indices, 0 = Monday 00:00–01:00 (as analysis aoristic)'),
  })
  .describe('Hottimes the mission targets');

export const evidenceInput = z
  .object({
    kind: z
      .enum(EVIDENCE_KINDS)
      .describe('Runnable kinds are computed by the server now and frozen; `snapshot` stores `result` as given and cannot be re-run'),
    title: z.string().trim().min(1).max(200),
    query: z
      .record(z.string(), z.unknown())
      .default({})
      .describe('Parameters of the analysis query (see the evidence kinds in the API description)'),
    result: z.unknown().optional().describe('Only for kind snapshot: the picture as shown in the analysis view'),
    note: z.string().trim().max(2000).optional(),
  })
  .describe('A piece of evidence from the analysis view, frozen into the mission');

const missionFields = {
  title: z.string().trim().min(3, 'must be at least 3 characters').max(200),
  problemStatement: z.string().trim().max(10000).describe('The problem in words: what, where, when, who suffers'),
  scope: scopeSchema,
  crimeTypes: z.array(crimeTypeCode).max(50).describe('Hotcrimes the mission targets (CBS codes)'),
  signalCategories: z
    .array(z.string().regex(/^[a-z0-9-]+$/))
    .max(50)
    .describe("Residents' report categories (slugs)"),
  times: timesSchema,
  ownerId: z.uuid().nullable().describe('Staff user who owns the mission'),
  priority: z.enum(PRIORITIES),
  startDate: isoDate.nullable().describe('Start of the approach; effects are measured from this date'),
  nextReview: isoDate.nullable(),
  reviewIntervalDays: z.number().int().min(1).max(730).nullable(),
  impactScore: z.number().int().min(1).max(5).nullable().describe('1–5: harm and size of the problem'),
  impactRationale: z.string().trim().max(2000).nullable(),
  feasibilityScore: z.number().int().min(1).max(5).nullable().describe('1–5: can we influence it with partners and powers we have'),
  feasibilityRationale: z.string().trim().max(2000).nullable(),
};

export const createMissionBody = z.object({
  ...missionFields,
  problemStatement: missionFields.problemStatement.default(''),
  crimeTypes: missionFields.crimeTypes.default([]),
  signalCategories: missionFields.signalCategories.default([]),
  times: timesSchema.default({}),
  ownerId: missionFields.ownerId.optional(),
  priority: missionFields.priority.default('medium'),
  startDate: missionFields.startDate.optional(),
  nextReview: missionFields.nextReview.optional(),
  reviewIntervalDays: missionFields.reviewIntervalDays.optional(),
  impactScore: missionFields.impactScore.optional(),
  impactRationale: missionFields.impactRationale.optional(),
  feasibilityScore: missionFields.feasibilityScore.optional(),
  feasibilityRationale: missionFields.feasibilityRationale.optional(),
  evidence: z
    .array(evidenceInput)
    .max(20)
    .default([])
    .describe('The analysis picture to freeze (hotcrimes, hotspot, hottimes, hotshots/hotvics)'),
  origin: z.record(z.string(), z.unknown()).optional().describe('The early-warning candidate this mission comes from, if any'),
});
export type CreateMissionInput = z.infer<typeof createMissionBody>;

export const effectSettingsSchema = z
  .object({
    comparison: z
      .array(z.string().regex(/^BU\d{8}$/))
      .min(1)
      .max(50)
      .nullable()
      .optional()
      .describe('Comparison buurten; null = use the suggestion'),
    ringMetres: z.number().min(0).max(2000).optional().describe('Width of the displacement ring for grid/polygon scopes (default 200 m)'),
    minWeeksAfter: z.number().int().min(1).max(104).optional().describe('Weeks after the start before an effect is reported (default 12)'),
    minCount: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .optional()
      .describe('Minimum events before + after in target and in comparison (default 20)'),
    historyMonths: z.number().int().min(6).max(60).optional().describe('Pre-period months used to suggest comparison buurten (default 24)'),
  })
  .describe('Settings of the effect evaluation; omitted fields use the defaults');

export const patchMissionBody = z
  .object(missionFields)
  .partial()
  .extend({
    effectSettings: effectSettingsSchema.optional(),
    version: z.number().int().min(1).optional().describe('The version you edited; 409 when someone changed the mission meanwhile'),
  })
  .refine((b) => Object.keys(b).some((k) => k !== 'version'), { message: 'send at least one field to change' });
export type PatchMissionInput = z.infer<typeof patchMissionBody>;

export const transitionBody = z.object({ to: z.enum(MISSION_STATUSES), reason: z.string().trim().max(2000).optional() });

export const listQuery = z.object({
  status: z
    .preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(z.enum(MISSION_STATUSES)))
    .optional()
    .describe('Comma-separated statuses'),
  priority: z.enum(PRIORITIES).optional(),
  owner: z
    .string()
    .regex(/^(me|[0-9a-f-]{36})$/)
    .optional()
    .describe("'me' or a user id"),
  area: z
    .string()
    .regex(/^BU\d{8}$/)
    .optional()
    .describe('Missions whose buurten scope holds this buurt'),
});

const permissions = z
  .object({ read: z.boolean(), edit: z.boolean(), transition: z.boolean(), publish: z.boolean(), addLog: z.boolean() })
  .describe("The caller's permissions on this mission");

export const evidenceView = z.object({
  id: z.string(),
  kind: z.enum(EVIDENCE_KINDS),
  title: z.string(),
  query: z.unknown(),
  result: z.unknown(),
  note: z.string().nullable(),
  capturedBy: z.string(),
  capturedAt: z.string(),
  rerunnable: z.boolean(),
});

export const disclosureView = z
  .object({
    detail: z.boolean().describe('The caller sees every figure (analysis:detail)'),
    minCount: z.number().int().describe('Counts 1..minCount−1 are suppressed (null) without detail'),
    suppressed: z.number().int().describe('How many figures of this reply are null because of disclosure control'),
    smallScope: z.boolean().describe('The scope is below the minimum scope size: no figures without detail'),
    note: z.string().nullable().describe('Why figures are missing, for the reader (Dutch)'),
  })
  .describe('Disclosure control the figures of this reply were shown under');

export const missionSummary = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  status: z.enum(MISSION_STATUSES),
  statusLabel: z.string(),
  priority: z.enum(PRIORITIES),
  scope: z.unknown(),
  scopeDescription: z.string(),
  owner: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  startDate: z.string().nullable(),
  nextReview: z.string().nullable(),
  reviewOverdue: z.boolean(),
  updatedAt: z.string(),
  demo: z.boolean().describe('A made-up demo mission (removed with `demo remove`)'),
  permissions,
});

export const missionDetail = missionSummary.extend({
  problemStatement: z.string(),
  crimeTypes: z.array(z.string()),
  signalCategories: z.array(z.string()),
  times: z.unknown(),
  reviewIntervalDays: z.number().nullable(),
  prioritisation: z.object({
    impactScore: z.number().nullable(),
    impactRationale: z.string().nullable(),
    feasibilityScore: z.number().nullable(),
    feasibilityRationale: z.string().nullable(),
  }),
  effectSettings: z.unknown(),
  origin: z.unknown(),
  publicSummary: z.object({
    status: z.enum(['none', 'draft', 'approved']),
    title: z.string().nullable(),
    summary: z.string().nullable(),
    join: z.string().nullable(),
    approvedAt: z.string().nullable(),
  }),
  createdBy: z.string(),
  createdAt: z.string(),
  version: z.number(),
  allowedTransitions: z.array(
    z.object({ to: z.enum(MISSION_STATUSES), label: z.string(), requiresReason: z.boolean(), blockedBy: z.string().nullable() }),
  ),
  statusHistory: z.array(
    z.object({ from: z.string().nullable(), to: z.string(), reason: z.string().nullable(), actor: z.string(), at: z.string() }),
  ),
  evidence: z.array(evidenceView),
  disclosure: disclosureView.describe('Applies to the evidence results and the origin'),
  counts: z.object({ goals: z.number(), measures: z.number(), participants: z.number(), logEntries: z.number() }),
});
export type MissionDetail = z.infer<typeof missionDetail>;

/** The outline of a mission's scope on a map (WGS84). */
export const scopeGeometry = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(z.array(z.number())))) });
export type MissionSummary = z.infer<typeof missionSummary>;
