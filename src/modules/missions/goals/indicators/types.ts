/**
 * Goal indicators. Each source has a small adapter file beside this one that reads the other
 * module through its exports (or, where none exists yet, its tables read-only — said in the file):
 * - registered-crime: incident-level events where they cover the period, else CBS yearly counts;
 * - reports: residents' reports (signals) in the scope;
 * - perception: a Veiligheidsmonitor indicator for one area (estimate with 95% margin);
 * - custom: manually entered measurements (data with source and date); progress is still computed.
 */
import { z } from 'zod';
import type { ServiceContext } from '../../../../core/context.ts';
import type { Scope } from '../../scope/scope.ts';

const crimeCode = z.string().regex(/^\d+(\.\d+)*(\.\*)?$/);

export const indicatorSchema = z
  .discriminatedUnion('source', [
    z.object({
      source: z.literal('registered-crime'),
      crimeTypes: z.array(crimeCode).max(50).optional().describe("CBS codes; default: the mission's crime types"),
    }),
    z.object({
      source: z.literal('reports'),
      categories: z
        .array(z.string().regex(/^[a-z0-9-]+$/))
        .max(50)
        .optional()
        .describe("Report categories; default: the mission's"),
    }),
    z.object({
      source: z.literal('perception'),
      indicatorCode: z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .describe('Perception indicator code (GET /perception/indicators)'),
      areaCode: z
        .string()
        .regex(/^(GM\d{4}|WK\d{6}|BU\d{8})$/)
        .describe('Survey area: the buurt, wijk or gemeente the estimate is for'),
    }),
    z.object({
      source: z.literal('custom'),
      name: z.string().trim().min(1).max(200),
      unit: z.string().trim().min(1).max(50).describe("e.g. 'aantal', '%', 'rapportcijfer'"),
    }),
  ])
  .describe('What the goal measures');
export type Indicator = z.infer<typeof indicatorSchema>;

export interface Reading {
  value: number;
  /** Half-width of the 95% interval (survey estimates), null otherwise. */
  margin: number | null;
  from: string;
  to: string;
  /** Where the number comes from, e.g. 'incidents', 'CBS 47018NED', 'Veiligheidsmonitor 2023'. */
  source: string;
  kind: 'count' | 'estimate' | 'measurement';
}

export interface IndicatorEnv {
  gemeente: string;
  scope: Scope;
  crimeTypes: string[];
  signalCategories: string[];
  goalId: string | null;
  /** Survey estimates from fewer respondents are not read (perception's suppression rule). */
  minRespondents: number;
}

export interface IndicatorAdapter<I extends Indicator> {
  /** The value over [from, to) (ISO dates), or null when there is no data for it. */
  over(ctx: ServiceContext, env: IndicatorEnv, indicator: I, from: string, to: string): Promise<Reading | null>;
  /** The newest value comparable with a baseline over [baselineFrom, baselineTo) (same length and source). */
  latest(
    ctx: ServiceContext,
    env: IndicatorEnv,
    indicator: I,
    baselineFrom: string,
    baselineTo: string,
    asOf: string,
  ): Promise<Reading | null>;
}

export const DAY_MS = 86_400_000;
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const dayMs = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`);

/** A current window [end − length, end) counts once at least half of it lies after the baseline window. */
export const afterBaseline = (end: number, length: number, baselineTo: string) => end - length / 2 >= dayMs(baselineTo);
