/** zod schemas of measures (maatregelen), including administrative powers and behavioural design. */
import { z } from 'zod';
import { isoDate } from '../schema.ts';
import { scopeSchema } from '../scope/scope.ts';
import { MEASURE_STATUSES, MEASURE_TYPES, POWER_KINDS, type PowerKind } from '../tables.ts';

/** Legal basis of each administrative power (bevoegdheid), shown unless the measure names another. */
export const LEGAL_BASIS: Record<PowerKind, { label: string; basis: string }> = {
  gebiedsverbod: {
    label: 'Gebiedsverbod',
    basis: 'art. 172a Gemeentewet (gebiedsverbod bij ernstige vrees voor verstoring van de openbare orde)',
  },
  sluiting: { label: 'Sluiting woning of lokaal', basis: 'art. 13b Opiumwet (sluiting bij handel in of voorraad van drugs)' },
  camera: { label: 'Cameratoezicht', basis: 'art. 151c Gemeentewet (cameratoezicht op openbare plaatsen)' },
  bibob: { label: 'Bibob-toets', basis: 'Wet Bibob (integriteitsbeoordeling bij vergunningen, subsidies en vastgoedtransacties)' },
};

export const eastDesign = z
  .object({
    easy: z.string().trim().min(1).max(1000).describe('Easy: how the wanted behaviour is made simple'),
    attractive: z.string().trim().min(1).max(1000).describe('Attractive: how it draws attention or is rewarded'),
    social: z.string().trim().min(1).max(1000).describe('Social: norms, commitments, networks used'),
    timely: z.string().trim().min(1).max(1000).describe('Timely: the moment people are reached'),
  })
  .describe('EAST design of a behavioural measure (Behavioural Insights Team 2014)');

const fields = {
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(5000),
  type: z.enum(MEASURE_TYPES),
  powerKind: z.enum(POWER_KINDS).nullable().describe('Required for type administrative-power, absent otherwise'),
  legalBasis: z.string().trim().max(500).nullable().describe('Defaults to the legal basis of the power'),
  ownerPartnerId: z.uuid().nullable(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  costEur: z.number().min(0).max(1e9).nullable(),
  status: z.enum(MEASURE_STATUSES),
  design: eastDesign.nullable(),
  hypothesis: z.string().trim().max(2000).nullable().describe('If we do X, then Y changes, because Z'),
  scope: scopeSchema.nullable().describe('The measure’s own area when smaller than the mission’s (effect per measure)'),
};

type Body = {
  type?: string | undefined;
  powerKind?: string | null | undefined;
  design?: unknown;
  hypothesis?: string | null | undefined;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
};

/** Cross-field rules; for a patch they are checked again on the merged result in the service. */
export function measureRules(b: Body, ctx: z.RefinementCtx): void {
  if (b.type === 'administrative-power' && !b.powerKind)
    ctx.addIssue({ code: 'custom', path: ['powerKind'], message: 'een bestuurlijke bevoegdheid heeft een soort nodig' });
  if (b.type && b.type !== 'administrative-power' && b.powerKind)
    ctx.addIssue({ code: 'custom', path: ['powerKind'], message: 'alleen voor het type administrative-power (bestuurlijke bevoegdheid)' });
  if (b.type === 'behavioural' && !b.design)
    ctx.addIssue({ code: 'custom', path: ['design'], message: 'een gedragsmaatregel heeft een EAST-ontwerp nodig' });
  if (b.type === 'behavioural' && !b.hypothesis)
    ctx.addIssue({ code: 'custom', path: ['hypothesis'], message: 'een gedragsmaatregel heeft een hypothese nodig' });
  if (b.startDate && b.endDate && b.endDate < b.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'mag niet vóór de startdatum liggen' });
}

export const createMeasureBody = z
  .object({
    ...fields,
    description: fields.description.default(''),
    powerKind: fields.powerKind.optional(),
    legalBasis: fields.legalBasis.optional(),
    ownerPartnerId: fields.ownerPartnerId.optional(),
    startDate: fields.startDate.optional(),
    endDate: fields.endDate.optional(),
    costEur: fields.costEur.optional(),
    status: fields.status.default('planned'),
    design: fields.design.optional(),
    hypothesis: fields.hypothesis.optional(),
    scope: fields.scope.optional(),
  })
  .superRefine(measureRules);
export type CreateMeasureInput = z.infer<typeof createMeasureBody>;

export const patchMeasureBody = z
  .object(fields)
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'stuur minstens één veld om te wijzigen' });
export type PatchMeasureInput = z.infer<typeof patchMeasureBody>;

export const measureParams = z.object({ id: z.uuid(), measureId: z.uuid() });

export const measureView = z.object({
  id: z.string(),
  missionId: z.string(),
  title: z.string(),
  description: z.string(),
  type: z.enum(MEASURE_TYPES),
  powerKind: z.enum(POWER_KINDS).nullable(),
  powerLabel: z.string().nullable(),
  legalBasis: z.string().nullable(),
  ownerPartner: z.object({ id: z.string(), name: z.string() }).nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  costEur: z.number().nullable(),
  status: z.enum(MEASURE_STATUSES),
  design: eastDesign.nullable(),
  hypothesis: z.string().nullable(),
  scope: z.unknown(),
  hasTrial: z.boolean().describe('A compliance trial is set up (GET …/measures/{measureId}/trial)'),
  permissions: z.object({ edit: z.boolean() }),
});
export type MeasureView = z.infer<typeof measureView>;
