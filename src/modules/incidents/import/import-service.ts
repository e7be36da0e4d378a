/**
 * Import of incident-level events (registered crimes with a time window and a place) from CSV or
 * GeoJSON, one pipeline: source (read-source.ts) → header and mapping (column-mapping.ts,
 * check-header.ts) → rows (check-row.ts, times in ../event-time.ts) → placement (placement.ts)
 * → store (store-events.ts); see the README. Large CSV files of a first load take the parallel
 * path (parallel/parallel-import.ts), every other file the sequential one (sequential-import.ts).
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
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import { checkTextFile } from '../../../core/import-text.ts';
import { readEventMapping } from './column-mapping.ts';
import type { IncidentImportOptions, IncidentImportSummary } from './import-options.ts';
import { importIncidentsParallel } from './parallel/parallel-import.ts';
import { importSequentially } from './sequential-import.ts';

export type { ImportProgress, IncidentImportOptions, IncidentImportSummary } from './import-options.ts';

export async function importIncidents(ctx: ServiceContext, o: IncidentImportOptions): Promise<IncidentImportSummary> {
  authorize(ctx, 'incidents:import');
  const file = path.basename(o.file);
  const source = (o.source ?? file.replace(/\.[^.]+$/, '')).trim();
  if (!source) throw invalidInput([{ name: 'source', reason: 'must not be empty' }]);
  const mapping = typeof o.mapping === 'string' ? readEventMapping(o.mapping) : o.mapping;
  const { hasQuote } = await checkTextFile(o.file, file);
  return (await importIncidentsParallel(ctx, { ...o, source }, mapping)) ?? importSequentially(ctx, { ...o, source }, mapping, hasQuote);
}
