/** zod schemas of a case's plan: trajectory, goals per life domain, interventions, nazorg milestones. */
import { z } from 'zod';
import { GOAL_STATUSES, INTERVENTION_RESULTS, LIFE_DOMAINS, MILESTONE_KINDS, MILESTONE_STATUSES, TRAJECTORIES } from '../tables.ts';

const isoDate = z.iso.date('must be a date (YYYY-MM-DD)');
const ref = z.object({ id: z.string(), name: z.string() });

export const caseParams = z.object({ id: z.uuid('must be a case id (UUID)') });
export const interventionParams = caseParams.extend({ interventionId: z.uuid('must be an intervention id (UUID)') });

const domain = z.enum(LIFE_DOMAINS).describe('Life domain: safety, care, housing, income, daytime (dagbesteding), justice');
const goalInput = z.object({
  id: z.uuid('must be a goal id (UUID)').optional().describe('Keep the id of a goal that stays; leave out for a new goal'),
  domain,
  text: z.string().trim().min(2).max(1000),
  status: z.enum(GOAL_STATUSES).default('open'),
  targetDate: isoDate.nullable().optional(),
});
export const planBody = z.object({
  trajectory: z.enum(TRAJECTORIES).nullable().describe('zorg, justitieel, combinatie or nazorg; null = not chosen yet'),
  goals: z.array(goalInput).max(60).describe('The whole list: goals left out are removed'),
});
export type PlanInput = z.infer<typeof planBody>;

const dateOrder = (b: { plannedStart?: string | null; plannedEnd?: string | null }, ctx: z.RefinementCtx) => {
  if (b.plannedStart && b.plannedEnd && b.plannedEnd < b.plannedStart)
    ctx.addIssue({ code: 'custom', path: ['plannedEnd'], message: 'must not be before plannedStart' });
};
const interventionFields = z.object({
  domain: domain.nullable().optional(),
  description: z.string().trim().min(2).max(1000),
  partnerId: z.uuid('must be a partner id (UUID)').nullable().optional().describe('The responsible partner; null = the municipality'),
  responsibleUserId: z.uuid('must be a user id (UUID)').nullable().optional().describe('A member of the case'),
  plannedStart: isoDate.nullable().optional(),
  plannedEnd: isoDate.nullable().optional(),
  doneOn: isoDate.nullable().optional(),
  outcome: z.string().trim().max(2000).nullable().optional(),
  result: z.enum(INTERVENTION_RESULTS).optional(),
});
export const interventionBody = interventionFields.superRefine(dateOrder);
export type InterventionInput = z.infer<typeof interventionBody>;
export const interventionChangeBody = interventionFields.partial().superRefine(dateOrder);
export type InterventionChange = z.infer<typeof interventionChangeBody>;

export const milestonesBody = z.object({
  milestones: z
    .array(z.object({ kind: z.enum(MILESTONE_KINDS), status: z.enum(MILESTONE_STATUSES), date: isoDate.nullable().optional() }))
    .max(MILESTONE_KINDS.length)
    .refine((m) => new Set(m.map((x) => x.kind)).size === m.length, 'each milestone at most once'),
});
export type MilestonesInput = z.infer<typeof milestonesBody>;

export const goalView = z.object({
  id: z.string(),
  domain,
  text: z.string().nullable(),
  status: z.enum(GOAL_STATUSES),
  targetDate: z.string().nullable(),
});
export const interventionView = z.object({
  id: z.string(),
  domain: domain.nullable(),
  description: z.string().nullable(),
  partner: ref.nullable().describe('null = the municipality'),
  responsible: ref.nullable(),
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  doneOn: z.string().nullable(),
  outcome: z.string().nullable(),
  result: z.enum(INTERVENTION_RESULTS),
});
export type InterventionView = z.infer<typeof interventionView>;
export const milestoneView = z.object({
  kind: z.enum(MILESTONE_KINDS),
  status: z.enum(MILESTONE_STATUSES),
  date: z.string().nullable().describe('For release: the release date; else when it was arranged'),
});
export const planView = z.object({
  caseId: z.string(),
  reference: z.string(),
  trajectory: z.enum(TRAJECTORIES).nullable(),
  planSetAt: z.string().nullable().describe('When the director set the status plan-vastgesteld'),
  goals: z.array(goalView),
  interventions: z.array(interventionView),
  milestones: z.array(milestoneView).describe('All five kinds, for a nazorg trajectory'),
  members: z.array(ref.extend({ partnerId: z.string().nullable() })).describe('Who may be responsible for an intervention'),
  partners: z.array(ref).describe('The organisations involved in the case'),
  permissions: z.object({ edit: z.boolean(), via: z.enum(['director', 'member', 'break-glass', 'system']) }),
});
export type PlanView = z.infer<typeof planView>;
