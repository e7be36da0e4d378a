/** Zod schemas of the perception API (requests and replies); shared by routes and OpenAPI. */
import { z } from 'zod';
import { indicatorSchema } from './catalogue.ts';

export { problemReply } from '../../core/problem-schema.ts';

export const areaCode = z.string().regex(/^(GM|WK|BU)\d{4,8}$/, 'must be a CBS area code such as BU05050101').describe('CBS area code (GM/WK/BU)');
export const buurtCode = z.string().regex(/^BU\d{8}$/, 'must be a CBS buurt code such as BU05050101').describe('CBS buurt code');
export const year = z.coerce.number().int().min(1990).max(2200);
const csvList = z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

export const permissionsField = z.array(z.string()).describe("The caller's perception permissions (perception:read, perception:moderate, …); the UI never recomputes authorisation");

export const indicatorsReply = z.object({ indicators: z.array(indicatorSchema) });

export const estimateFields = {
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
  year: z.string().regex(/^\d{4}(,\d{4})*$/, 'must be years such as 2023 or 2022,2023').transform((s) => s.split(',').map(Number)).optional().describe('Comma-separated years'),
});

export const surveyReply = z.object({
  minRespondents: z.number().int().describe('Estimates from fewer respondents are suppressed'),
  figures: z.array(z.object({ indicatorCode: z.string(), areaCode: z.string(), year: z.number().int(), source: z.string(), ...estimateFields })),
});
