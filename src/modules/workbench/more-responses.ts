/** Reply schemas of trends, alerts, near-repeat, concentration, KDE and evaluation. */
import { z } from 'zod';
import { meta, suppressible } from './schema.ts';

const alert = z.object({
  areaCode: z.string(), areaName: z.string().optional(), crimeType: z.string().describe("CBS code or main type such as '1.2.*'"),
  weekStart: z.string().describe('Monday of the alert week (ISO date)'), count: suppressible, expected: z.number(), upper: z.number(),
  evidence: z.object({ baselineWeeks: z.number(), baselineYears: z.number(), halfWindow: z.number(), alpha: z.number(), minCount: z.number(), method: z.string() }),
}).describe('An alarm week; the fields of POST /missions/candidates `alerts` plus its evidence');

export const trendsReply = z.object({
  meta,
  series: z.array(z.object({
    areaCode: z.string(), crimeType: z.string(),
    weeks: z.array(z.object({ weekStart: z.string(), count: suppressible, expected: z.number().nullable().describe('null without a full baseline'), upper: z.number().nullable(), alarm: z.boolean() })),
    alerts: z.array(alert),
  })),
});

export const alertsReply = z.object({ meta, alerts: z.array(alert) });

export const nearRepeatReply = z.object({
  meta, spaceBands: z.array(z.string()).describe("metres; 'Infinity' = open"), timeBands: z.array(z.string()).describe('days'),
  distance: z.string(), permutations: z.number(), seed: z.number(), pairs: z.number().describe('pairs considered n(n−1)/2'),
  cells: z.array(z.object({
    space: z.array(z.string()).describe('[from, to) metres'), time: z.array(z.string()).describe('[from, to) days'),
    observed: suppressible, expected: suppressible, knoxRatio: suppressible, p: suppressible, knoxRatioSim: suppressible, suppressed: z.boolean(),
  })),
});

export const concentrationReply = z.object({
  meta, of: z.string(), incidentsWithRef: suppressible, distinctRefs: suppressible, repeatRefs: suppressible,
  repeatIncidentShare: suppressible, gini: suppressible, topShares: z.record(z.string(), z.number().nullable()).describe("share of incidents of the top 1/5/10/20 % refs, keys '0.01'…"),
  distribution: z.array(z.object({ events: z.number(), refs: suppressible })).describe('how many refs have exactly `events` incidents'),
  curve: z.array(z.object({ idShare: z.number().nullable(), incidentShare: z.number().nullable() })).describe('concentration curve from the most frequent ref (≤ 101 points)'),
  top: z.array(z.object({ ref: z.string(), count: z.number() })).describe('analysts only: the most frequent pseudonymous refs'),
});

export const kdeReply = z.object({
  meta, bandwidth: z.number().nullable(), unit: z.string(),
  bboxRd: z.array(z.number()), bbox: z.array(z.number()).describe('WGS84 [west, south, east, north] (of the RD rectangle)'),
  cellSize: z.number(), cols: z.number(), rows: z.number(),
  values: z.array(z.number().nullable()).describe('row-major from the southern row; null = suppressed'),
});

export const evaluationReply = z.object({
  meta, selectedCells: z.number(), studyCells: z.number(), hits: suppressible, total: suppressible, hitRate: suppressible, areaShare: z.number().nullable(),
  pai: suppressible, maxHits: suppressible, pei: suppressible, rri: suppressible, baseline: z.object({ from: z.string().optional(), to: z.string().optional() }).nullable(),
});
