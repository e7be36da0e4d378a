/** zod schemas of the portfolio, the prioritisation and candidate missions from early-warning alerts. */
import { z } from 'zod';
import { missionSummary, scopeGeometry } from '../schema.ts';

const PROGRESS = ['achieved', 'on-track', 'behind', 'no-data', 'suppressed'] as const;
const kpi = z.object({
  goalId: z.string(),
  title: z.string(),
  status: z.enum(PROGRESS),
  fraction: z.number().nullable(),
  expectedFraction: z.number(),
});
const kpiStatus = z
  .enum(PROGRESS)
  .nullable()
  .describe('The worst goal status (behind < no-data < suppressed < on-track < achieved); null without goals');

export const portfolioReply = z.object({
  missions: z.array(missionSummary.extend({ kpis: z.array(kpi), kpiStatus })),
  map: z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string(),
        properties: z.object({
          id: z.string(),
          number: z.string(),
          title: z.string(),
          status: z.string(),
          priority: z.string(),
          kpiStatus,
        }),
        geometry: scopeGeometry,
      }),
    ),
  }),
});

export const prioritisationReply = z.object({
  missions: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      title: z.string(),
      status: z.string(),
      priority: z.string(),
      rank: z.number(),
      score: z.number().nullable().describe('impact · feasibility, 1–25'),
      quadrant: z.enum(['do-first', 'invest', 'quick-win', 'reconsider', 'unscored']),
      impactScore: z.number().nullable(),
      impactRationale: z.string().nullable(),
      feasibilityScore: z.number().nullable(),
      feasibilityRationale: z.string().nullable(),
    }),
  ),
});

const alert = z
  .object({
    areaCode: z.string().regex(/^BU\d{8}$/),
    areaName: z.string().optional(),
    crimeType: z.string().min(1),
    weekStart: z.iso.date(),
    count: z.number().min(0),
    expected: z.number().min(0),
    upper: z.number().min(0),
  })
  .describe('One alarm week of analysis farringtonAssess for a buurt and crime type');

export const candidatesBody = z.object({ alerts: z.array(alert).max(5000) });

export const candidatesReply = z.object({
  candidates: z.array(
    z.object({
      key: z.string(),
      areaCode: z.string(),
      areaName: z.string().nullable(),
      crimeType: z.string(),
      weeks: z.array(z.string()),
      count: z.number(),
      expected: z.number(),
      excess: z.number(),
      ratio: z.number().nullable(),
      coveredBy: z.object({ id: z.string(), number: z.string() }).nullable(),
      suggestedTitle: z.string(),
    }),
  ),
});
