/**
 * Query and reply schemas shared by the analysis views (zod; they are the OpenAPI contract the
 * "Analyse" page is built against). Dates are ISO dates; a period is right-open [from, to) on the
 * event start (the incidents module's one selection, `selectEvents`).
 */
import { z } from 'zod';

const date = z.iso.date('must be a date (YYYY-MM-DD)');
const codeList = z
  .string()
  .regex(/^\s*[\w.*:-]+(?: [\w.*:-]+)*(\s*,\s*[\w.*:-]+(?: [\w.*:-]+)*)*\s*$/, 'must be a comma-separated list of codes')
  .transform((s) =>
    s
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
  );

/** Where events come from; 'partner-signals' carry no point (events/selection.ts `pointViewErrors`). */
export const ANALYSIS_SOURCES = ['incidents', 'signals', 'partner-signals', 'enforcement'] as const;
export type AnalysisSource = (typeof ANALYSIS_SOURCES)[number];

export const commonQuery = z.object({
  from: date.optional().describe('Start of the period (inclusive), ISO date. Default: one year before `to`.'),
  to: date.optional().describe('End of the period (exclusive), ISO date. Default: the day after the latest event.'),
  crimeTypes: codeList
    .optional()
    .describe("CBS crime codes, comma-separated; '1.4.*' matches a group. Incidents only. Example: 1.1.1,1.2.*"),
  categories: codeList
    .optional()
    .describe(
      'Report (melding) categories or main categories, comma-separated (early signals: their themes, vroegsignaal-…; enforcement: feit codes such as APV 2:48 or F601, or the kinds warning, fine, report — see GET /enforcement/codes). Signals, partner-signals and enforcement only.',
    ),
  area: z
    .string()
    .regex(/^(GM\d{4}|WK\d{6}|BU\d{8})$/, 'must be a gemeente (GM0505), wijk (WK050501) or buurt (BU05050100) code')
    .optional()
    .describe('Restrict to a gemeente, wijk or buurt (CBS code). Default: the whole municipality.'),
  source: z
    .enum(ANALYSIS_SOURCES)
    .default('incidents')
    .describe(
      "'incidents' = registered crime (politie); 'signals' = residents' reports (meldingen); 'partner-signals' = partners' early signals (vroegsignalen: buurt and time, no point — area and time views only; staff with signals:read); 'enforcement' = BOA enforcement registrations (handhaving: warnings, fines, reports by feit code)",
    ),
  format: z.enum(['json', 'csv', 'geojson']).default('json').describe('json (default), csv, or geojson where the view has geometry'),
});
export type CommonQuery = z.infer<typeof commonQuery>;

export const meta = z.object({
  source: z.enum(ANALYSIS_SOURCES),
  from: z.string().describe('ISO date, inclusive'),
  to: z.string().describe('ISO date, exclusive'),
  area: z.string().describe('CBS code of the area the events were restricted to'),
  crimeTypes: z.array(z.string()).nullable(),
  categories: z.array(z.string()).nullable(),
  events: z.number().int().nullable().describe('Events in the selection; null when suppressed'),
  synthetic: z.boolean().describe('True when (part of) the data is synthetic demo data: say so in the UI'),
  syntheticShare: z.number().describe('Share of the selected events that is synthetic (0..1)'),
  withoutBuurt: z
    .number()
    .int()
    .nullable()
    .describe(
      'Events of the period and types left out of the view because they have no buurt (outside the municipality, or never placed); one rule for every view and source; null when suppressed',
    ),
  minCellCount: z.number().int().describe('Disclosure threshold: counts 1..min−1 are suppressed for roles without analysis:detail'),
  detail: z.boolean().describe('True when the caller sees unsuppressed detail (analysis:detail)'),
  suppressedCells: z.number().int().describe('How many numbers in this reply were suppressed'),
  notes: z.array(z.string()).describe('Method notes, caps applied, defaults chosen'),
});
export type Meta = z.infer<typeof meta>;

export const suppressible = z.number().nullable().describe('null when suppressed (fewer than minCellCount events)');
export const intParam = (min: number, max: number, def: number) => z.coerce.number().int().min(min).max(max).default(def);
export const numParam = (min: number, max: number) => z.coerce.number().min(min).max(max);

/** GeoJSON Polygon in WGS84 (lon, lat). */
export const polygon = z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(z.array(z.number()))) });
export const anyGeometry = z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.any()) }).nullable();

/** The RD New study grid of a reply (counts, hotspots). */
export const gridSpec = z
  .object({
    originX: z.number().describe('RD New x of the grid origin (south-west), a multiple of cellSize'),
    originY: z.number(),
    cellSize: z.number(),
    cols: z.number().int(),
    rows: z.number().int(),
  })
  .describe('Cell (row, col) covers [originX + col·cellSize, …) × [originY + row·cellSize, …); row 0 is southernmost');
