/**
 * Import of incident-level events (registered crimes with a time window and a place) from CSV or
 * GeoJSON; the columns and rules are in event-mapping.ts, event-row.ts and event-time.ts.
 *
 * The file must be UTF-8 text (src/core/import-text.ts, checked in one pass before anything else).
 * All-or-nothing by default: any bad row rejects the file with a report of every bad row and
 * nothing is stored. With `quarantine` the good rows are stored and the bad ones kept in
 * `incident_quarantine` for review. Re-importing a file stores nothing new and counts its rows as
 * unchanged (idempotent on municipality + source + source id). Every run is one `incident_batches` row.
 *
 * `source` names the system the ids belong to; default: the file name without extension. Give the
 * same `--source` to successive exports of one system, so an event in two files is stored once.
 */
import path from 'node:path';
import { actorLabel, authorize, type ServiceContext } from '../../core/context.ts';
import { invalidInput } from '../../core/errors.ts';
import { checkTextFile } from '../../core/import-text.ts';
import { bulkSessionOf } from '../../db/database.ts';
import { loadAddressLookup } from '../geocoder/index.ts';
import { appendImportedEvents } from './columns-service.ts';
import { vintagePlacer } from './event-areas.ts';
import { EventBatch } from './event-batch.ts';
import { checkHeader, checkMappingTypes, crimeTypeCodes } from './event-header.ts';
import { readEventMapping, resolveColumns, type EventMapping } from './event-mapping.ts';
import { EventRowChecker } from './event-row.ts';
import { readEventSource, type EventSourceKind } from './event-source.ts';
import { storeEventBatch, type BadRow } from './event-store.ts';
import { importRejected, type RowProblem } from './import-report.ts';
import { importIncidentsParallel } from './event-import-parallel.ts';

export interface ImportProgress {
  phase: 'read' | 'store' | 'done';
  rows: number;
  bytes?: number;
  totalBytes?: number;
}

export interface IncidentImportOptions {
  file: string;
  municipality: string;
  source?: string;
  /** A mapping file path, or the mapping itself. */
  mapping?: string | EventMapping;
  quarantine?: boolean;
  onProgress?: (p: ImportProgress) => void;
  /** Parallel path (event-import-parallel.ts): worker threads (default: the cores, ≤ 4; 1 = sequential), minimum file size, chunk size. */
  parallel?: { workers?: number; minBytes?: number; chunkBytes?: number };
}

export interface IncidentImportSummary {
  file: string;
  kind: EventSourceKind;
  source: string;
  batchId: number;
  rowsRead: number;
  rowsInserted: number;
  rowsUnchanged: number;
  rowsQuarantined: number;
  problems: RowProblem[];
  /** Stored events per area vintage. */
  byAreaYear: Record<string, number>;
  bulkMode: boolean;
  /** Parallel path: `read` is then parsing in workers overlapped with the COPYs, `store` the rest (indexes). */
  seconds: { read: number; store: number };
  parallel?: { workers: number; chunks: number };
}

interface ReadResult {
  kind: EventSourceKind;
  batch: EventBatch;
  bad: BadRow[];
  problems: RowProblem[];
  rowsRead: number;
}

async function readEvents(ctx: ServiceContext, o: IncidentImportOptions, mapping: EventMapping | undefined, hasQuote: boolean): Promise<ReadResult> {
  const file = path.basename(o.file);
  const crimeTypes = await crimeTypeCodes(ctx);
  checkMappingTypes(mapping, crimeTypes);
  const placer = await vintagePlacer(ctx, o.municipality);
  const out: ReadResult = { kind: 'csv', batch: new EventBatch(), bad: [], problems: [], rowsRead: 0 };
  let header: string[] = [];
  let checker: EventRowChecker | undefined;
  out.kind = await readEventSource(o.file, {
    async header(columns) {
      header = columns;
      const names = resolveColumns(columns, mapping);
      checkHeader(file, columns, mapping, names);
      const index = Object.fromEntries(Object.entries(names).map(([f, c]) => [f, columns.indexOf(c)]));
      // Rows placed by postcode + huisnummer: the municipality's address points, loaded once (geocoder).
      const addresses = names.postcode ? await loadAddressLookup(ctx.db, o.municipality) : null;
      checker = new EventRowChecker({ index, names, crimeTypes, localTypes: mapping?.types ?? {}, placer, addresses });
    },
    row(line, values) {
      out.rowsRead++;
      const before = out.problems.length;
      const record = checker!.check(line, values, header.length, out.problems);
      if (record) out.batch.push(record);
      else out.bad.push({ line, raw: Object.fromEntries(header.map((h, i) => [h, values[i] ?? ''])), problems: out.problems.slice(before) });
      if (out.rowsRead % 100_000 === 0) o.onProgress?.({ phase: 'read', rows: out.rowsRead });
    },
    progress(bytes, totalBytes) {
      o.onProgress?.({ phase: 'read', rows: out.rowsRead, bytes, totalBytes });
    },
  }, hasQuote);
  if (!checker) throw invalidInput([{ name: file, reason: 'is empty (no header line)' }]);
  return out;
}

export async function importIncidents(ctx: ServiceContext, o: IncidentImportOptions): Promise<IncidentImportSummary> {
  authorize(ctx, 'incidents:import');
  const file = path.basename(o.file);
  const source = (o.source ?? file.replace(/\.[^.]+$/, '')).trim();
  if (!source) throw invalidInput([{ name: 'source', reason: 'must not be empty' }]);
  const mapping = typeof o.mapping === 'string' ? readEventMapping(o.mapping) : o.mapping;
  const { hasQuote } = await checkTextFile(o.file, file);
  const parallel = await importIncidentsParallel(ctx, { ...o, source }, mapping);
  if (parallel) return parallel;
  const t0 = performance.now();
  const read = await readEvents(ctx, o, mapping, hasQuote);
  if (read.bad.length && !o.quarantine) throw importRejected(file, read.problems, read.bad.length);
  const t1 = performance.now();
  o.onProgress?.({ phase: 'store', rows: read.rowsRead });
  const bulk = bulkSessionOf(ctx.db);
  if (!bulk) throw new Error('This database was not opened by openDatabase: bulk loading is unavailable.');
  const stored = await bulk((s) =>
    storeEventBatch(s, {
      gemeente: o.municipality, source, fileName: file, mode: o.quarantine ? 'quarantine' : 'all-or-nothing',
      actor: actorLabel(ctx.actor), batch: read.batch, bad: read.bad, rowsRead: read.rowsRead,
    }),
  );
  await appendImportedEvents(ctx, o.municipality, read.batch, stored, false);
  const t2 = performance.now();
  o.onProgress?.({ phase: 'done', rows: read.rowsRead });
  const byAreaYear: Record<string, number> = {};
  for (const i of stored.inserted) byAreaYear[read.batch.c.areaYear[i]!] = (byAreaYear[read.batch.c.areaYear[i]!] ?? 0) + 1;
  return {
    file, kind: read.kind, source, batchId: stored.batchId, rowsRead: read.rowsRead,
    rowsInserted: stored.inserted.length, rowsUnchanged: stored.unchanged, rowsQuarantined: stored.quarantined,
    problems: read.problems, byAreaYear, bulkMode: stored.bulkMode,
    seconds: { read: (t1 - t0) / 1000, store: (t2 - t1) / 1000 },
  };
}
