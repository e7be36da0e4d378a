/** zod schemas of the settings routes: the change an admin sends, and the settings page's reply. */
import { z } from 'zod';

/** The lowest thresholds an admin may set: below these, small numbers could point at people. */
export const SAFE_MINIMUMS = { minCellCount: 3, perceptionMinRespondents: 30, pulseMinAnswers: 5 } as const;

const threshold = (min: number, max: number, what: string) =>
  z
    .number()
    .int()
    .min(min, `${what} must be at least ${min}: a lower threshold could show figures about single persons`)
    .max(max)
    .nullable()
    .optional();

/** A change: only the given settings; null puts a setting back to the environment's value. */
export const settingsPatch = z
  .object({
    name: z.string().trim().min(1).max(100).nullable().optional(),
    mapBackground: z.enum(['none', 'pdok-brt']).nullable().optional(),
    baseYear: z.number().int().min(1990).max(2200).nullable().optional(),
    minCellCount: threshold(SAFE_MINIMUMS.minCellCount, 1000, 'The minimum cell count'),
    perceptionMinRespondents: threshold(SAFE_MINIMUMS.perceptionMinRespondents, 10_000, 'The minimum number of respondents'),
    pulseMinAnswers: threshold(SAFE_MINIMUMS.pulseMinAnswers, 10_000, 'The minimum number of pulse answers'),
  })
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatch>;

const values = z.object({
  name: z.string().nullable(),
  mapBackground: z.enum(['none', 'pdok-brt']),
  baseYear: z.number().int().nullable().describe('null: the year asked for'),
  minCellCount: z.number().int(),
  perceptionMinRespondents: z.number().int(),
  pulseMinAnswers: z.number().int(),
});

export const warningSchema = z.object({
  code: z.string().describe('stable key, e.g. no-areas, no-smtp'),
  message: z.string().describe('one readable line (English, as in the start report)'),
});

export const settingsReply = z.object({
  municipality: z.object({ code: z.string(), areaName: z.string().nullable().describe('the name in the loaded area files') }),
  settings: values.describe('in effect now'),
  environment: values.describe('the values from the environment, used where no change is stored'),
  stored: z.array(z.string()).describe('the settings changed in Beheer (the others follow the environment)'),
  safeMinimums: z.object({ minCellCount: z.number(), perceptionMinRespondents: z.number(), pulseMinAnswers: z.number() }),
  warnings: z.array(warningSchema),
  changes: z.array(
    z.object({
      id: z.number().int(),
      setting: z.string(),
      oldValue: z.string().nullable(),
      newValue: z.string().nullable(),
      changedBy: z.string(),
      changedAt: z.string(),
    }),
  ),
});
