/**
 * The kinds of import: each maps onto the owning module's public import service (through its
 * index.ts; the parsing, checking and storing stay there) and declares its options with zod. A run
 * answers the same text the CLI prints and the report's counts and row problems.
 */
import { z } from 'zod';
import type { ServiceContext } from '../../core/context.ts';
import { formatProblem } from '../../core/import-report.ts';
import { formatAreaImportSummary, importAreas } from '../areas/index.ts';
import { formatEnforcementSummary, importEnforcement } from '../enforcement/index.ts';
import { formatAddressSummary, importAddresses } from '../geocoder/index.ts';
import { eventMappingSchema, formatCbsCrimeSummary, formatIncidentSummary, importCbsCrime, importIncidents } from '../incidents/index.ts';
import { importSurvey } from '../perception/index.ts';
import { importSignals, seedSignalDefaultsIfEmpty, signalMappingSchema } from '../signals/index.ts';
import { MAX_REPORTED_ROWS, type ImportCounts, type ImportReport, type ReportedRow } from './report.ts';

export const IMPORT_KINDS = ['areas', 'cbs-crime', 'incidents', 'signals', 'survey', 'addresses', 'enforcement'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Rows (and bytes, where the service reads a stream) read so far. */
export interface ImportProgress {
  rows: number;
  bytes?: number;
  totalBytes?: number;
}

export interface KindInput<O> {
  /** Where the file is; its base name is the name in the report. */
  file: string;
  /** How the report names the file (the CLI: the path as given; the browser: the uploaded name). */
  label: string;
  municipality: string;
  options: O;
  /** The CLI only: a file next to the main one (areas: the wijken file); never from the browser. */
  localFiles?: { wijken?: string };
  onProgress: (p: ImportProgress) => void;
}

interface KindDefinition<S extends z.ZodType> {
  options: S;
  /** Lower-case file name endings the kind reads. */
  extensions: readonly string[];
  run(ctx: ServiceContext, input: KindInput<z.infer<S>>): Promise<ImportReport>;
}

const defineKind = <S extends z.ZodType>(d: KindDefinition<S>) => d;

const quarantine = z.boolean().optional();
const sourceName = z.string().trim().min(1).max(100).optional();
const year = z.number().int().min(1900).max(2200).optional();

const problemLines = (file: string, rows: ReportedRow[], prefix: string, more = '') =>
  rows
    .slice(0, 50)
    .map((p) => `  ${prefix}${formatProblem(file, { line: p.line, column: p.column ?? '', reason: p.reason })}\n`)
    .join('') + (rows.length > 50 && more ? more : '');

const counts = (c: Partial<ImportCounts> & { rowsRead: number; imported: number }): ImportCounts => ({
  unchanged: 0,
  skipped: 0,
  quarantined: 0,
  rejected: 0,
  ...c,
});

const report = (text: string, c: ImportCounts, rows: ReportedRow[] = []): ImportReport => ({
  text,
  counts: c,
  rows: rows.slice(0, MAX_REPORTED_ROWS),
  rowsTotal: rows.length,
});

const areas = defineKind({
  options: z
    .object({
      year,
      crs: z.enum(['EPSG:28992', 'EPSG:4326']).optional(),
      replace: z.boolean().optional(),
      layer: z.string().trim().min(1).max(100).optional(),
    })
    .strict(),
  extensions: ['.geojson', '.json', '.csv', '.gpkg'],
  async run(ctx, { file, municipality, options, localFiles }) {
    const s = await importAreas(ctx, {
      file,
      wijkenFile: localFiles?.wijken,
      municipality,
      replace: options.replace ?? false,
      year: options.year,
      crs: options.crs,
      layer: options.layer,
    });
    const imported = s.counts.gemeente + s.counts.wijk + s.counts.buurt;
    return report(formatAreaImportSummary(s), counts({ rowsRead: s.counts.buurt, imported }));
  },
});

const cbsCrime = defineKind({
  options: z
    .object({
      table: z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,30}$/)
        .optional(),
      areaYear: year,
      quarantine,
    })
    .strict(),
  extensions: ['.csv'],
  async run(ctx, { file, municipality, options, onProgress }) {
    const s = await importCbsCrime(ctx, {
      file,
      municipality,
      ...(options.table ? { sourceTable: options.table } : {}),
      ...(options.areaYear ? { areaYear: options.areaYear } : {}),
      quarantine: Boolean(options.quarantine),
      onProgress,
    });
    const c = counts({ rowsRead: s.rowsRead, imported: s.rowsStored, skipped: s.rowsOutsideMunicipality, quarantined: s.rowsQuarantined });
    return report(formatCbsCrimeSummary(s) + problemLines(s.file, s.problems, 'quarantined '), c, s.problems);
  },
});

const incidents = defineKind({
  options: z.object({ source: sourceName, quarantine, mapping: eventMappingSchema.optional() }).strict(),
  extensions: ['.csv', '.geojson', '.json'],
  async run(ctx, { file, municipality, options, onProgress }) {
    const s = await importIncidents(ctx, {
      file,
      municipality,
      ...(options.source ? { source: options.source } : {}),
      ...(options.mapping ? { mapping: options.mapping } : {}),
      quarantine: Boolean(options.quarantine),
      onProgress,
    });
    const more = `  … ${s.problems.length - 50} more problems; see incident_quarantine (batch ${s.batchId})\n`;
    const c = counts({ rowsRead: s.rowsRead, imported: s.rowsInserted, unchanged: s.rowsUnchanged, quarantined: s.rowsQuarantined });
    return report(formatIncidentSummary(s) + problemLines(s.file, s.problems, 'quarantined ', more), c, s.problems);
  },
});

const signals = defineKind({
  options: z.object({ mapping: signalMappingSchema }).strict(),
  extensions: ['.csv', '.json'],
  async run(ctx, { file, label, municipality, options }) {
    await seedSignalDefaultsIfEmpty(ctx, municipality);
    const r = await importSignals(ctx, municipality, file, options.mapping);
    const text =
      `${label}: ${r.rowsRead} rows read, ${r.inserted} imported, ${r.alreadyPresent} already present, ` +
      `${r.withoutBuurt} kept without buurt (no point, or no areas loaded).\n` +
      r.rejected
        .slice(0, 50)
        .map((p) => `  line ${p.line}: ${p.reason}\n`)
        .join('');
    const c = counts({ rowsRead: r.rowsRead, imported: r.inserted, unchanged: r.alreadyPresent, rejected: r.rejected.length });
    return report(text, c, r.rejected);
  },
});

const survey = defineKind({
  options: z.object({ source: sourceName, quarantine }).strict(),
  extensions: ['.csv'],
  async run(ctx, { file, municipality, options }) {
    const s = await importSurvey(ctx, {
      file,
      municipality,
      quarantine: Boolean(options.quarantine),
      ...(options.source ? { source: options.source } : {}),
    });
    const text =
      `${s.file} (${s.source}): ${s.rowsRead} rows read, ${s.rowsStored} stored, ${s.rowsQuarantined} quarantined; ` +
      `years ${s.years.join(', ') || '-'}; areas ${s.areas.join(', ') || '-'}.\n` +
      problemLines(s.file, s.problems, 'quarantined ');
    return report(text, counts({ rowsRead: s.rowsRead, imported: s.rowsStored, quarantined: s.rowsQuarantined }), s.problems);
  },
});

const addresses = defineKind({
  options: z.object({ source: sourceName }).strict(),
  extensions: ['.csv'],
  async run(ctx, { file, municipality, options, onProgress }) {
    const s = await importAddresses(ctx, { file, municipality, ...(options.source ? { source: options.source } : {}) }, onProgress);
    const c = counts({ rowsRead: s.rowsRead, imported: s.stored, skipped: s.outside + s.withoutPostcode + s.duplicates });
    return report(formatAddressSummary(s), c);
  },
});

/** BOA enforcement registrations; without `quarantine` all or nothing (the CLI's --strict), as the other kinds in the browser. */
const enforcement = defineKind({
  options: z
    .object({
      source: z
        .string()
        .regex(/^[a-z0-9-]{1,50}$/)
        .optional(),
      quarantine,
    })
    .strict(),
  extensions: ['.csv'],
  async run(ctx, { file, label, municipality, options, onProgress }) {
    const s = await importEnforcement(ctx, municipality, {
      file,
      label,
      onProgress,
      ...(options.source ? { source: options.source } : {}),
      strict: !options.quarantine,
    });
    const c = counts({ rowsRead: s.rowsRead, imported: s.imported, unchanged: s.unchanged, quarantined: s.quarantined });
    return report(formatEnforcementSummary(s), c, s.problems);
  },
});

// biome-ignore lint/suspicious/noExplicitAny: each kind's run takes its own options, checked by its schema first
export const KINDS: Record<ImportKind, KindDefinition<any>> = {
  areas,
  'cbs-crime': cbsCrime,
  incidents,
  signals,
  survey,
  addresses,
  enforcement,
};
