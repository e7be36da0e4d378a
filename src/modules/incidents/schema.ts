import { z } from 'zod';

export const countsQuery = z.object({
  level: z.enum(['gemeente', 'wijk', 'buurt']).default('buurt'),
  year: z.coerce.number().int().min(2000).max(2200),
  crimeType: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'must be a CBS crime-type code such as 1.1.1 (0.0.0 is the total)')
    .default('0.0.0'),
});

export const areaCount = z.object({
  areaCode: z.string(),
  areaName: z.string(),
  count: z.number().nullable(),
  population: z.number().nullable(),
  ratePer1000: z.number().nullable(),
  derived: z.boolean().describe('true when summed from the buurten because the table has no row at this level'),
});

export const crimeType = z.object({ code: z.string(), title: z.string(), description: z.string().nullable() });
