/** zod schemas of the aggregate figures of the person-oriented approach: counts only, null = suppressed. */
import { z } from 'zod';
import { NO_TRAJECTORY } from './figures-compute.ts';
import { TRAJECTORIES } from '../tables.ts';

export const figuresQuery = z.object({
  year: z.coerce
    .number()
    .int('must be a whole year')
    .min(2000, 'must be 2000 or later')
    .max(2100, 'must be a year (YYYY)')
    .optional()
    .describe('The calendar year (default: this year; the current year runs to today)'),
  area: z
    .string()
    .regex(/^(WK|BU)\d{6,8}$/, 'must be a CBS wijk or buurt code (WK…, BU…)')
    .optional()
    .describe('Only cases whose address is in this wijk or buurt (default: the whole municipality)'),
});

const count = z.number().int().nullable().describe('A count; null when suppressed (a small number)');

export const figuresReply = z
  .object({
    year: z.number().int(),
    area: z.string().nullable(),
    from: z.string().describe('Start of the period (ISO 8601)'),
    to: z.string().describe('End of the period (ISO 8601): the end of the year, or now'),
    minCellCount: z.number().int().describe('Counts 1 … minCellCount − 1 are suppressed (null)'),
    openAtEnd: count.describe('Cases open at the end of the period'),
    perCriterion: z
      .array(z.object({ code: z.string(), nameNl: z.string(), nameEn: z.string(), count }))
      .describe('Cases open at the end of the period per reason for inclusion (a case with two criteria counts in both)'),
    perTrajectory: z.array(z.object({ trajectory: z.enum([...TRAJECTORIES, NO_TRAJECTORY]), count })),
    flow: z.object({
      months: z.array(z.object({ month: z.string(), inflow: count, outflow: count })),
      quarters: z.array(z.object({ quarter: z.string(), inflow: count, outflow: count })),
      inflow: count.describe('Cases opened in the period'),
      outflow: count.describe('Cases closed in the period'),
    }),
    duration: z.object({
      closed: count,
      medianDays: z.number().int().nullable().describe('Median days from opening to closing of the cases closed in the period'),
    }),
    planWithin4Weeks: z.object({
      opened: count,
      withinDays: z.number().int(),
      share: z.number().min(0).max(1).nullable().describe('Share of the cases opened in the period with a plan within 4 weeks'),
    }),
    outcomesAvailable: z.boolean().describe('Whether goal outcomes are recorded at all (the plan part provides them)'),
    outcomes: z.array(z.object({ domain: z.string(), total: count, outcomes: z.array(z.object({ outcome: z.string(), count })) })),
  })
  .describe('Aggregate figures: no person, no case reference, no id');

export type FiguresQuery = z.infer<typeof figuresQuery>;
export type FiguresReply = z.infer<typeof figuresReply>;
