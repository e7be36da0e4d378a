/**
 * The sequential path of an incident import (every file the parallel path does not take): the
 * stages one after the other in this thread — read the source (read-source.ts), resolve and check
 * the header (column-mapping.ts, check-header.ts), check and place each row (check-row.ts,
 * placement.ts) into a column-wise batch (event-batch.ts), then store the batch in one
 * transaction (store-events.ts) and append it to the in-process columns.
 */
import path from 'node:path';
import { actorLabel, type ServiceContext } from '../../../core/context.ts';
import { invalidInput } from '../../../core/errors.ts';
import { bulkSessionOf } from '../../../db/database-types.ts';
import { loadAddressLookup } from '../../geocoder/index.ts';
import { appendImportedEvents } from '../columns-service.ts';
import { importRejected, type RowProblem } from '../import-report.ts';
import { checkHeader, checkMappingTypes, crimeTypeCodes } from './check-header.ts';
import { EventRowChecker, type BadRow } from './check-row.ts';
import { resolveColumns, type EventMapping } from './column-mapping.ts';
import { EventBatch } from './event-batch.ts';
import type { IncidentImportOptions, IncidentImportSummary } from './import-options.ts';
import { vintagePlacer } from './placement.ts';
import { readEventSource, type EventSourceKind } from './read-source.ts';
import { storeEventBatch } from './store-events.ts';

interface ReadResult {
  kind: EventSourceKind;
  batch: EventBatch;
  bad: BadRow[];
  problems: RowProblem[];
  rowsRead: number;
}

async function readEvents(
  ctx: ServiceContext,
  o: IncidentImportOptions,
  mapping: EventMapping | undefined,
  hasQuote: boolean,
): Promise<ReadResult> {
  const file = path.basename(o.file);
  const crimeTypes = await crimeTypeCodes(ctx);
  checkMappingTypes(mapping, crimeTypes);
  const placer = await vintagePlacer(ctx, o.municipality);
  const out: ReadResult = { kind: 'csv', batch: new EventBatch(), bad: [], problems: [], rowsRead: 0 };
  let header: string[] = [];
  let checker: EventRowChecker | undefined;
  out.kind = await readEventSource(
    o.file,
    {
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
        else
          out.bad.push({ line, raw: Object.fromEntries(header.map((h, i) => [h, values[i] ?? ''])), problems: out.problems.slice(before) });
        if (out.rowsRead % 100_000 === 0) o.onProgress?.({ phase: 'read', rows: out.rowsRead });
      },
      progress(bytes, totalBytes) {
        o.onProgress?.({ phase: 'read', rows: out.rowsRead, bytes, totalBytes });
      },
    },
    hasQuote,
  );
  if (!checker) throw invalidInput([{ name: file, reason: 'is empty (no header line)' }]);
  return out;
}

/** Reads, checks and places every row, then stores the good ones (all-or-nothing unless `quarantine`). */
export async function importSequentially(
  ctx: ServiceContext,
  o: IncidentImportOptions & { source: string },
  mapping: EventMapping | undefined,
  hasQuote: boolean,
): Promise<IncidentImportSummary> {
  const file = path.basename(o.file);
  const source = o.source;
  const t0 = performance.now();
  const read = await readEvents(ctx, o, mapping, hasQuote);
  if (read.bad.length && !o.quarantine) throw importRejected(file, read.problems, read.bad.length);
  const t1 = performance.now();
  o.onProgress?.({ phase: 'store', rows: read.rowsRead });
  const bulk = bulkSessionOf(ctx.db);
  if (!bulk) throw new Error('This database was not opened by openDatabase: bulk loading is unavailable.');
  const stored = await bulk((s) =>
    storeEventBatch(s, {
      gemeente: o.municipality,
      source,
      fileName: file,
      mode: o.quarantine ? 'quarantine' : 'all-or-nothing',
      actor: actorLabel(ctx.actor),
      batch: read.batch,
      bad: read.bad,
      rowsRead: read.rowsRead,
    }),
  );
  await appendImportedEvents(ctx, o.municipality, read.batch, stored, false);
  const t2 = performance.now();
  o.onProgress?.({ phase: 'done', rows: read.rowsRead });
  const byAreaYear: Record<string, number> = {};
  for (const i of stored.inserted) byAreaYear[read.batch.c.areaYear[i]!] = (byAreaYear[read.batch.c.areaYear[i]!] ?? 0) + 1;
  return {
    file,
    kind: read.kind,
    source,
    batchId: stored.batchId,
    rowsRead: read.rowsRead,
    rowsInserted: stored.inserted.length,
    rowsUnchanged: stored.unchanged,
    rowsQuarantined: stored.quarantined,
    problems: read.problems,
    byAreaYear,
    bulkMode: stored.bulkMode,
    seconds: { read: (t1 - t0) / 1000, store: (t2 - t1) / 1000 },
  };
}
