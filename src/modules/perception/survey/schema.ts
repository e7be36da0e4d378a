/** Zod schemas of the indicator catalogue and survey results. */
import { z } from 'zod';
import { indicatorSchema } from './catalogue.ts';

const csvList = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
);

export const indicatorsReply = z.object({ indicators: z.array(indicatorSchema) });

const estimateFields = {
  value: z.number().nullable().describe('Null when suppressed or not published'),
  respondents: z.number().int().nullable().describe('Number of respondents n; null = not published by the source'),
  margin: z.number().nullable().describe('Half-width of the 95% confidence interval, always returned when known'),
  suppressed: z.boolean().describe('True when n < the minimum (STADSVEILIG_PERCEPTION_MIN_RESPONDENTS)'),
  respondentsKnown: z.boolean(),
  ci: z.object({ lower: z.number(), upper: z.number() }).nullable(),
  note: z.string().nullable().describe('Dutch explanation when the figure is suppressed, missing or has unknown n'),
};

export const surveyQuery = z.object({
  area: csvList.optional().describe('Comma-separated area codes (GM/WK/BU, or NL01/PVnn reference areas)'),
  indicator: csvList.optional().describe('Comma-separated indicator codes'),
  year: z
    .string()
    .regex(/^\d{4}(,\d{4})*$/, 'must be years such as 2023 or 2022,2023')
    .transform((s) => s.split(',').map(Number))
    .optional()
    .describe('Comma-separated years'),
});

export const surveyReply = z.object({
  minRespondents: z.number().int().describe('Estimates from fewer respondents are suppressed'),
  figures: z.array(
    z.object({
      indicatorCode: z.string(),
      areaCode: z.string(),
      year: z.number().int(),
      source: z.string(),
      demo: z.boolean().describe('Made-up demo figure (removed with `demo remove`)'),
      ...estimateFields,
    }),
  ),
});
