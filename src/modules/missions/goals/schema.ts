/** zod schemas of mission goals (KPIs) and their measurements. */
import { z } from 'zod';
import { indicatorSchema } from './indicators/types.ts';
import { disclosureView, isoDate } from '../schema.ts';

export const goalParams = z.object({ id: z.uuid(), goalId: z.uuid() });

export const createGoalBody = z
  .object({
    title: z.string().trim().min(3).max(200),
    indicator: indicatorSchema,
    direction: z.enum(['decrease', 'increase']).describe('Which way is better'),
    baselineFrom: isoDate.describe('Start of the baseline period (inclusive)'),
    baselineTo: isoDate.describe('End of the baseline period (exclusive); current values use windows of the same length'),
    target: z.number().finite().describe('Target value, in the unit of the indicator over a window as long as the baseline'),
    deadline: isoDate,
    allowWrongDirection: z
      .boolean()
      .optional()
      .describe(
        'A target that points the wrong way (decrease with target ≥ baseline, increase with target ≤ baseline) is refused unless this is true',
      ),
  })
  .superRefine((b, ctx) => {
    if (b.baselineTo <= b.baselineFrom)
      ctx.addIssue({ code: 'custom', path: ['baselineTo'], message: 'moet na het begin van de nulmeting liggen' });
    if (b.deadline <= b.baselineTo)
      ctx.addIssue({ code: 'custom', path: ['deadline'], message: 'moet na het einde van de nulmeting liggen' });
  });
export type CreateGoalInput = z.infer<typeof createGoalBody>;

export const patchGoalBody = z
  .object({ title: z.string().trim().min(3).max(200), target: z.number().finite(), deadline: isoDate, allowWrongDirection: z.boolean() })
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'stuur minstens één veld om te wijzigen' })
  .describe('Title, target and deadline can change; a different indicator or baseline is a new goal');

export const baselineBody = z
  .object({ indicator: indicatorSchema, baselineFrom: isoDate, baselineTo: isoDate })
  .refine((b) => b.baselineTo > b.baselineFrom, { path: ['baselineTo'], message: 'moet na het begin van de nulmeting liggen' });

export const measurementBody = z.object({
  measuredOn: isoDate,
  value: z.number().finite(),
  source: z.string().trim().min(2).max(300).describe("Where the figure comes from, e.g. 'schouw wijkteam', 'telling corporatie'"),
  note: z.string().trim().max(1000).optional(),
});

const reading = z
  .object({
    value: z.number().nullable().describe('null when suppressed for the caller (disclosure)'),
    suppressed: z.boolean(),
    margin: z.number().nullable(),
    from: z.string(),
    to: z.string(),
    source: z.string(),
    kind: z.enum(['count', 'estimate', 'measurement']),
  })
  .nullable();

export const baselinePreview = z.object({
  reading: reading.describe('The baseline over [baselineFrom, baselineTo) from today’s data; null when there is nothing to read yet'),
  disclosure: disclosureView,
});

export const goalView = z.object({
  id: z.string(),
  missionId: z.string(),
  title: z.string(),
  indicator: indicatorSchema,
  indicatorLabel: z.string(),
  direction: z.enum(['decrease', 'increase']),
  baseline: z.object({
    from: z.string(),
    to: z.string(),
    frozenValue: z.number().nullable().describe('Value computed when the goal was set'),
    reading: reading.describe('Recomputed from today’s data'),
  }),
  target: z.object({ value: z.number(), deadline: z.string() }),
  current: reading.describe('Newest value over a window as long as the baseline'),
  progress: z
    .object({
      status: z
        .enum(['achieved', 'on-track', 'behind', 'no-data', 'suppressed'])
        .describe('suppressed: a reading may not be shown to the caller, so neither may progress'),
      fraction: z.number().nullable(),
      expectedFraction: z.number(),
      change: z.number().nullable(),
      changeSignificant: z.boolean().nullable(),
      explanation: z.string(),
      asOf: z.string(),
    })
    .describe('Computed from the readings, never entered'),
  measurements: z.array(
    z.object({
      id: z.string(),
      measuredOn: z.string(),
      value: z.number(),
      source: z.string(),
      note: z.string().nullable(),
      enteredBy: z.string(),
    }),
  ),
  permissions: z.object({ edit: z.boolean(), addMeasurement: z.boolean() }),
  disclosure: disclosureView,
});
export type GoalView = z.infer<typeof goalView>;
