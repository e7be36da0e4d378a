/** zod schemas of a measure's compliance trial under /missions/{id}/measures/{measureId}/trial. */
import { z } from 'zod';
import { crimeTypeCode, isoDate } from '../schema.ts';

const buurtCode = z.string().regex(/^BU\d{8}$/, 'moet een CBS-buurtcode zijn (BU + 8 cijfers)');
const unitCode = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, cijfers, - of _ (hoogstens 40)');

export const unitsSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('buurten'), codes: z.array(buurtCode).min(2).max(200) }),
    z.object({
      kind: z.literal('named'),
      units: z
        .array(z.object({ code: unitCode, label: z.string().trim().min(1).max(200) }))
        .min(2)
        .max(200)
        .describe('Streets, bins, parking zones … with a short code and a label'),
    }),
  ])
  .describe('The units that are allocated: buurten (any buurt codes) or named units');

export const trialIndicatorSchema = z
  .discriminatedUnion('source', [
    z.object({ source: z.literal('incidents'), crimeTypes: z.array(crimeTypeCode).min(1).max(50) }),
    z.object({
      source: z.literal('signals'),
      categories: z
        .array(z.string().regex(/^[a-z0-9-]+$/))
        .min(1)
        .max(50)
        .describe('Report categories (slugs)'),
    }),
    z.object({
      source: z.literal('enforcement'),
      feitCodes: z
        .array(z.string().regex(/^[A-Za-z0-9 .:_-]{1,30}$/))
        .min(1)
        .max(50)
        .describe('Feit codes (APV 2:48, F601) or kinds (warning, fine, report) of BOA registrations'),
    }),
    z.object({ source: z.literal('manual'), name: z.string().trim().min(1).max(200), unit: z.string().trim().min(1).max(50) }),
  ])
  .describe('The one primary indicator, counted per unit and period (manual: entered by hand)');
export type TrialIndicator = z.infer<typeof trialIndicatorSchema>;

export const TRIAL_DESIGNS = ['randomised', 'stepped-wedge'] as const;

export const trialBody = z
  .object({
    design: z.enum(TRIAL_DESIGNS),
    steps: z.number().int().min(2).max(12).nullable().optional().describe('Stepped wedge: the number of steps'),
    units: unitsSchema,
    hypothesis: z.string().trim().min(10).max(2000).describe('Pre-registered: what changes, in which direction, why'),
    indicator: trialIndicatorSchema,
    expectedDirection: z.enum(['decrease', 'increase']),
    baselineFrom: isoDate,
    baselineTo: isoDate.describe('Exclusive end'),
    trialFrom: isoDate,
    trialTo: isoDate.describe('Exclusive end'),
  })
  .superRefine((b, ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (b.design === 'stepped-wedge' && !b.steps) add('steps', 'een stepped wedge heeft een aantal stappen nodig (2–12)');
    if (b.design === 'randomised' && b.steps) add('steps', 'alleen voor een stepped wedge');
    if (b.baselineTo <= b.baselineFrom) add('baselineTo', 'moet na het begin van de nulmeting liggen');
    if (b.trialTo <= b.trialFrom) add('trialTo', 'moet na het begin van de proef liggen');
    if (b.trialFrom < b.baselineTo) add('trialFrom', 'de proef begint pas na de nulmeting');
    if (b.units.kind === 'named' && b.indicator.source !== 'manual')
      add('indicator', 'benoemde eenheden (straten, bakken, zones) hebben handmatige waarden; tellingen gaan per buurt');
    const codes = b.units.kind === 'buurten' ? b.units.codes : b.units.units.map((u) => u.code);
    if (new Set(codes).size !== codes.length) add('units', 'elke eenheid maar één keer');
    if (b.steps && codes.length < b.steps) add('steps', 'niet meer stappen dan eenheden');
  });
export type TrialInput = z.infer<typeof trialBody>;

export const randomiseBody = z
  .object({
    seed: z
      .string()
      .regex(/^(0|[1-9]\d{0,19})$/, 'een geheel getal van 0 tot 2^64 − 1')
      .refine((s) => /^\d{1,20}$/.test(s) && BigInt(s) < 2n ** 64n, 'een geheel getal van 0 tot 2^64 − 1')
      .optional()
      .describe('Reuse a seed to reproduce an allocation; by default the platform draws one'),
  })
  .strict();

export const measurementsBody = z.object({
  values: z
    .array(
      z.object({
        unit: z.string().min(1).max(40),
        period: z.string().regex(/^(baseline|trial|period-\d{1,2})$/),
        value: z.number().finite().min(-1e9).max(1e9).nullable().describe('null removes the value'),
      }),
    )
    .min(1)
    .max(2000),
});
export type MeasurementsInput = z.infer<typeof measurementsBody>;

export const trialParams = z.object({ id: z.uuid(), measureId: z.uuid() });

const allocatedUnit = z.object({
  code: z.string(),
  label: z.string(),
  arm: z.enum(['treatment', 'control']).nullable(),
  step: z.number().nullable(),
});

export const trialPeriod = z.object({ key: z.string(), from: z.string(), to: z.string() });

export const trialView = z.object({
  measureId: z.string(),
  missionId: z.string(),
  design: z.enum(TRIAL_DESIGNS),
  steps: z.number().nullable(),
  units: unitsSchema,
  hypothesis: z.string(),
  indicator: trialIndicatorSchema,
  expectedDirection: z.enum(['decrease', 'increase']),
  baselineFrom: z.string(),
  baselineTo: z.string(),
  trialFrom: z.string(),
  trialTo: z.string(),
  periods: z.array(trialPeriod).describe('Baseline, then the trial (stepped wedge: one period per step)'),
  seed: z.string().nullable(),
  allocation: z.array(allocatedUnit).nullable(),
  randomisedAt: z.string().nullable(),
  randomisedBy: z.string().nullable(),
  registeredAt: z.string().nullable(),
  registeredBy: z.string().nullable(),
  measurements: z.array(z.object({ unit: z.string(), period: z.string(), value: z.number() })),
  permissions: z.object({ edit: z.boolean() }),
});
export type TrialView = z.infer<typeof trialView>;

const unitResult = allocatedUnit.extend({
  values: z.record(z.string(), z.number().nullable()).describe('Indicator per period key'),
  change: z.number().nullable().describe('Trial minus baseline (randomised)'),
});

export const analysisView = z.object({
  design: z.enum(TRIAL_DESIGNS),
  final: z.boolean().describe('false while the trial period has not ended'),
  outcome: z.string().describe('What is compared, in Dutch'),
  valueUnit: z.string(),
  units: z.array(unitResult),
  arms: z
    .array(
      z.object({
        arm: z.enum(['treatment', 'control']),
        n: z.number(),
        meanBaseline: z.number(),
        meanTrial: z.number(),
        meanChange: z.number(),
      }),
    )
    .nullable(),
  periods: z
    .array(
      z.object({
        key: z.string(),
        from: z.string(),
        to: z.string(),
        treated: z.number(),
        notYetTreated: z.number(),
        difference: z.number().nullable(),
      }),
    )
    .nullable(),
  estimate: z.number().nullable().describe('Treatment minus control (randomised: difference in mean change)'),
  ci: z.object({ lower: z.number(), upper: z.number(), level: z.number(), df: z.number() }).nullable(),
  pValue: z.number().nullable(),
  pMethod: z.enum(['exact', 'monte-carlo']).nullable(),
  allocationsCompared: z.number().nullable(),
  inferencePossible: z.boolean(),
  inExpectedDirection: z.boolean().nullable(),
  missingValues: z.number(),
  method: z.string().describe('The method text in Dutch: design, units, seed, indicator, periods, test, limitations'),
  limitations: z.array(z.string()),
});
export type AnalysisView = z.infer<typeof analysisView>;
