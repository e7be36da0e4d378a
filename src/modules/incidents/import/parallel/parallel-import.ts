/**
 * The parallel path of `importIncidents` for large CSV files (≥ `PARALLEL_MIN_BYTES`) of a source
 * with nothing stored yet — a first load, where the time matters. The file is cut into ~4 MB
 * chunks at record boundaries (csv-chunks.ts); worker threads parse, check, place and encode the
 * chunks (chunk-parse.ts, parallel-read.ts) while this thread COPYs each finished chunk into the
 * one import transaction (../store-events.ts), in file order. Same rules and results as the
 * sequential path: all-or-nothing (a bad row stops the COPYs, every bad row is still reported and
 * the transaction is rolled back) or quarantine; one batch row; ids in file order.
 *
 * Falls back to the sequential path (returns null) when it does not apply: not CSV, small file,
 * one worker, a header with a postcode column (rows placed by postcode + huisnummer need the
 * municipality's address lookup, which is not shipped to the workers), a source with rows already
 * stored (re-imports compare ids, sequentially), or a duplicate id across two chunks that the
 * database refused (the sequential path reports it by line).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { actorLabel, type ServiceContext } from '../../../../core/context.ts';
import { invalidFile } from '../../../../core/import-text.ts';
import { bulkSessionOf } from '../../../../db/database-types.ts';
import type { ChunkResult, ChunkSetup } from './chunk-parse.ts';
import { planCsv, type CsvPlan } from './csv-chunks.ts';
import { placerAreas } from '../placement.ts';
import { checkHeader, checkMappingTypes, crimeTypeCodes } from '../check-header.ts';
import type { IncidentImportOptions, IncidentImportSummary } from '../import-options.ts';
import { resolveColumns, type EventMapping } from '../column-mapping.ts';
import { eventSourceKind } from '../read-source.ts';
import type { BadRow } from '../check-row.ts';
import { IncidentStore } from '../store-events.ts';
import { importRejected, type RowProblem } from '../../import-report.ts';
import { readChunksInParallel } from './parallel-read.ts';

export const PARALLEL_MIN_BYTES = 8 << 20;

/** Worker threads for a parallel import: the cores, at most 4 (this thread stores meanwhile). */
export function importWorkers(): number {
  return Math.min(4, os.availableParallelism());
}

interface Gathered {
  rowsRead: number;
  problems: RowProblem[];
  bad: BadRow[];
  byAreaYear: Record<string, number>;
}

function gather(into: Gathered, r: ChunkResult): void {
  into.rowsRead += r.rowsRead;
  for (const p of r.problems) into.problems.push(p);
  for (const b of r.bad) into.bad.push(b);
  for (const [y, n] of Object.entries(r.byAreaYear)) into.byAreaYear[y] = (into.byAreaYear[y] ?? 0) + n;
}

async function setupOf(
  ctx: ServiceContext,
  o: IncidentImportOptions,
  plan: CsvPlan,
  mapping: EventMapping | undefined,
): Promise<Omit<ChunkSetup, 'copy'>> {
  const crimeTypes = await crimeTypeCodes(ctx);
  checkMappingTypes(mapping, crimeTypes);
  const names = resolveColumns(plan.header, mapping);
  checkHeader(path.basename(o.file), plan.header, mapping, names);
  const index = Object.fromEntries(Object.entries(names).map(([f, c]) => [f, plan.header.indexOf(c)]));
  return {
    file: o.file,
    delimiter: plan.delimiter,
    quoted: plan.quoted,
    header: plan.header,
    index,
    names,
    crimeTypes: [...crimeTypes],
    localTypes: mapping?.types ?? {},
    now: Date.now(),
    vintages: await placerAreas(ctx, o.municipality),
  };
}

async function sourceHasRows(ctx: ServiceContext, gemeente: string, source: string): Promise<boolean> {
  const row = await ctx.db
    .selectFrom('incidents')
    .select('id')
    .where('gemeente_code', '=', gemeente)
    .where('source', '=', source)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

const isUniqueViolation = (err: unknown) => (err as { code?: string } | null)?.code === '23505';

/** The parallel import, or null when the sequential path must do it (see above). */
export async function importIncidentsParallel(
  ctx: ServiceContext,
  o: IncidentImportOptions & { source: string },
  mapping: EventMapping | undefined,
): Promise<IncidentImportSummary | null> {
  const workers = o.parallel?.workers ?? importWorkers();
  const minBytes = o.parallel?.minBytes ?? PARALLEL_MIN_BYTES;
  const bulk = bulkSessionOf(ctx.db);
  if (!bulk || eventSourceKind(o.file) !== 'csv' || workers < 2 || fs.statSync(o.file).size < minBytes) return null;
  if (await sourceHasRows(ctx, o.municipality, o.source)) return null;
  const t0 = performance.now();
  const plan = planCsv(o.file, o.parallel?.chunkBytes);
  if (!plan || resolveColumns(plan.header, mapping).postcode) return null;
  const file = path.basename(o.file);
  const setup = await setupOf(ctx, o, plan, mapping);
  const got: Gathered = { rowsRead: 0, problems: [], bad: [], byAreaYear: {} };
  const info = {
    gemeente: o.municipality,
    source: o.source,
    fileName: file,
    mode: o.quarantine ? ('quarantine' as const) : ('all-or-nothing' as const),
    actor: actorLabel(ctx.actor),
  };
  let t1 = t0;
  try {
    const result = await bulk(async (s) => {
      const store = await IncidentStore.begin(s, info, 0);
      await store.prepare(plan.lines);
      const copy = { gemeente: o.municipality, source: o.source, synthetic: false, batchId: store.batchId };
      await readChunksInParallel({
        setup: { ...setup, copy },
        chunks: plan.chunks,
        workers,
        onChunk: async (r, i) => {
          if (r.fatal) throw invalidFile(file, r.fatal.line, r.fatal.reason);
          gather(got, r);
          if (got.bad.length === 0 || o.quarantine) await store.copy(r.copy, r.good);
          o.onProgress?.({ phase: 'read', rows: got.rowsRead, bytes: plan.chunks[i]!.end, totalBytes: plan.bytes });
        },
      });
      if (got.bad.length && !o.quarantine) throw importRejected(file, got.problems, got.bad.length);
      t1 = performance.now();
      o.onProgress?.({ phase: 'store', rows: got.rowsRead });
      await store.finish({ unchanged: 0, bad: got.bad, rowsRead: got.rowsRead });
      return { batchId: store.batchId, inserted: store.copied, bulkMode: store.bulkMode };
    });
    o.onProgress?.({ phase: 'done', rows: got.rowsRead });
    return {
      file,
      kind: 'csv',
      source: o.source,
      batchId: result.batchId,
      rowsRead: got.rowsRead,
      rowsInserted: result.inserted,
      rowsUnchanged: 0,
      rowsQuarantined: got.bad.length,
      problems: got.problems,
      byAreaYear: got.byAreaYear,
      bulkMode: result.bulkMode,
      seconds: { read: (t1 - t0) / 1000, store: (performance.now() - t1) / 1000 },
      parallel: { workers, chunks: plan.chunks.length },
    };
  } catch (err) {
    if (isUniqueViolation(err)) return null;
    throw err;
  }
}
