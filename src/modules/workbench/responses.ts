/** Reply schemas of the workbench views (OpenAPI documentation for the web page). */
import { z } from 'zod';
import { anyGeometry, meta, polygon, suppressible } from './schema.ts';

const gridSpec = z.object({
  originX: z.number().describe('RD New x of the grid origin (south-west), a multiple of cellSize'),
  originY: z.number(), cellSize: z.number(), cols: z.number().int(), rows: z.number().int(),
}).describe('Cell (row, col) covers [originX + col·cellSize, …) × [originY + row·cellSize, …); row 0 is southernmost');

export const countsReply = z.object({
  meta,
  unit: z.enum(['buurt-month', 'grid']),
  months: z.array(z.string()).optional().describe('YYYY-MM labels (buurt-month)'),
  rows: z.array(z.object({ areaCode: z.string(), areaName: z.string().nullable(), total: suppressible, counts: z.array(suppressible).describe('one per month') })).optional(),
  grid: gridSpec.optional(),
  cells: z.array(z.object({
    id: z.string().describe("'x_y' of the south-west corner in RD New metres (as mission cell scopes)"),
    x: z.number(), y: z.number(), count: suppressible, suppressed: z.boolean(),
  })).optional().describe('Non-empty cells only (grid)'),
});

export const hottimesReply = z.object({
  meta,
  weekdays: z.array(z.string()).describe('Monday first'),
  matrix: z.array(z.array(suppressible)).describe('7 rows (Monday..Sunday) × 24 hours (00:00–01:00 first): aoristic event weight'),
  byHour: z.array(suppressible).describe('24 totals by hour of day'),
  byWeekday: z.array(suppressible).describe('7 totals by weekday'),
  peakHours: z.array(z.object({ weekday: z.string(), hour: z.number().int(), hourOfWeek: z.number().int() })).describe('The five busiest hours of the week'),
});

const hotcrimeRow = z.object({
  type: z.string().describe('CBS crime code (or report category)'),
  current: suppressible, baseline: suppressible,
  currentRate: suppressible.describe('events per day'), baselineRate: suppressible, rateRatio: suppressible, change: suppressible.describe('rate difference per day'),
  tested: z.boolean().describe('false when current + baseline < minCount'), p: suppressible, q: suppressible.describe('BH-adjusted over tested types'),
  levelRank: z.number().int(), changeRank: z.number().int().nullable(), suppressed: z.boolean(),
});

export const hotcrimesReply = z.object({
  meta,
  baseline: z.object({ from: z.string(), to: z.string(), events: suppressible }),
  byLevel: z.array(hotcrimeRow).describe('All types by current count'),
  byChange: z.array(hotcrimeRow).describe('Tested types: increases first, by p, then by size'),
});

const hotspotClass = z.enum(['hot-99', 'hot-95', 'hot-90', 'cold-99', 'cold-95', 'cold-90', 'HH', 'LL', 'HL', 'LH', 'not-significant']);

const fdrCheckReply = z.object({
  fdr: z.number(), units: z.number().int(), permutations: z.number().int(),
  pFloor: z.number().describe('Smallest p the method can give: 1/(permutations + 1); 0 for the normal approximation'),
  minUnitsAtFloor: z.number().int().nullable().describe('Every set BH can flag has at least this many units at (about) the p floor'),
  unitsAtFloor: z.number().int().nullable(), significant: z.number().int(),
  limitedByPermutations: z.boolean().describe('True when permutations + 1 < units / fdr: the p floor limits what FDR can flag'),
  permutationsForOneUnit: z.number().int().describe('Permutations with which a single unit at the floor could be flagged'),
  maxPermutations: z.number().int().describe('Most permutations the time budget allows for this many units'),
  advice: z.enum(['none', 'more-permutations', 'analytic-p']),
  explanation: z.string().nullable().describe('Dutch explanation for the analyst when limitedByPermutations'),
});

export const hotspotsReply = z.object({
  type: z.literal('FeatureCollection'),
  meta,
  moran: z.object({ i: z.number().nullable(), expected: z.number().nullable(), z: z.number().nullable(), p: z.number().nullable(), pSim: z.number().nullable() }).nullable()
    .describe("Global Moran's I of the map (row-standardised; z and p under randomisation, pSim when permuted)"),
  method: z.string(), unit: z.string(), cellSize: z.number().nullable(), permutations: z.number(), seed: z.number(), fdr: z.number().nullable(), alpha: z.number(),
  fdrCheck: fdrCheckReply.nullable().describe('With fdr: what the p floor of the permutations allows Benjamini–Hochberg to find, and what helps (null without fdr)'),
  grid: gridSpec.nullable(),
  features: z.array(z.object({
    type: z.literal('Feature'), id: z.string(), geometry: z.union([polygon, anyGeometry]),
    properties: z.object({
      id: z.string().describe("grid: 'x_y' corner; buurt: CBS code"), name: z.string().nullable(), count: suppressible, suppressed: z.boolean(),
      stat: z.number().nullable().describe('G_i (Gi/Gi*) or I_i (local Moran)'), z: z.number().nullable(), p: z.number().nullable().describe('two-sided normal'),
      pSim: z.number().nullable(), q: z.number().nullable().describe('Benjamini–Hochberg of pSim (or p)'), class: hotspotClass, quadrant: z.string().nullable(),
      corner: z.tuple([z.number(), z.number()]).nullable().describe('RD south-west corner of a grid cell (for evaluation and mission scopes)'),
    }),
  })),
});
