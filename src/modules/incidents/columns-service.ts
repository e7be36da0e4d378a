/**
 * One IncidentColumns per (database, municipality) per process: loaded from the database on first
 * use (one binary COPY TO), then kept in step:
 * - an import through this module appends its new rows from memory (`appendImportedEvents`);
 * - every `getIncidentColumns` compares the finished import batches with the batches it holds
 *   (one small query) and loads the rows of batches it misses, e.g. imported by another process
 *   on the same PostgreSQL server;
 * - `reloadIncidentColumns` rebuilds from scratch (after deletes or direct SQL edits, which the
 *   batch check cannot see).
 * Loads and appends of one municipality run one after another, never interleaved.
 */
import type { ServiceContext } from '../../core/context.ts';
import { bulkSessionOf, type Db } from '../../db/database-types.ts';
import { IncidentColumns, type ColumnEvent } from './columns.ts';
import type { EventBatch } from './import/event-batch.ts';
import type { StoreResult } from './import/store-events.ts';
import { BinaryCopyReader } from './pg-binary-copy.ts';
import { amsterdamLocalMinutes } from './event-time.ts';

interface Entry {
  /** Tail of the queue of loads/appends; resolves to the columns. */
  tail: Promise<IncidentColumns>;
}

const cache = new WeakMap<Db, Map<string, Entry>>();

const literal = (v: string) => `'${v.replaceAll("'", "''")}'`;

/** Rows of `gemeente` (optionally only of some batches) for `appendCopyRows`; plain columns, no sort: cheapest on PGlite. */
function selectSql(gemeente: string, batches?: number[]): string {
  const only = batches ? ` AND batch_id IN (${batches.map((b) => Math.trunc(b)).join(', ')})` : '';
  return `SELECT id, start_time, end_time, x, y, lat, lon, crime_type, buurt_code, wijk_code, area_year, synthetic,
    offender_ref, victim_ref, address_ref, batch_id FROM incidents WHERE gemeente_code = ${literal(gemeente)}${only}`;
}

/** Whole UTC minutes of a binary timestamptz (µs since 2000-01-01), rounded down. */
const PG_EPOCH_MIN = 946_684_800 / 60;
const minutesOf = (us: number) => Math.floor(us / 60_000_000) + PG_EPOCH_MIN;

/**
 * Appends the rows of a binary COPY of `selectSql`; returns the batch ids seen. Codes and refs are
 * read as Latin-1: CBS and area codes are ASCII and the import admits only ASCII refs.
 */
export function appendCopyRows(cols: IncidentColumns, bytes: Uint8Array): Set<number> {
  const r = new BinaryCopyReader(bytes);
  const batches = new Set<number>();
  const e: ColumnEvent = {
    id: 0,
    startMin: 0,
    endMin: 0,
    x: 0,
    y: 0,
    lat: 0,
    lon: 0,
    crimeType: '',
    buurtCode: null,
    wijkCode: null,
    areaYear: 0,
    synthetic: false,
    offenderRef: null,
    victimRef: null,
    addressRef: null,
  };
  while (r.nextRow()) {
    e.id = r.int8()!;
    e.startMin = minutesOf(r.int8()!);
    const end = r.int8();
    e.endMin = end === null ? e.startMin : minutesOf(end);
    e.x = r.float8();
    e.y = r.float8();
    e.lat = r.float8();
    e.lon = r.float8();
    e.crimeType = r.text(true)!;
    e.buurtCode = r.text(true);
    e.wijkCode = r.text(true);
    e.areaYear = r.int4();
    e.synthetic = r.bool();
    e.offenderRef = r.text(true);
    e.victimRef = r.text(true);
    e.addressRef = r.text(true);
    const batch = r.int8();
    if (batch !== null) batches.add(batch);
    cols.push(e, amsterdamLocalMinutes);
  }
  return batches;
}

async function loadRows(ctx: ServiceContext, cols: IncidentColumns, batches?: number[]): Promise<void> {
  const bulk = bulkSessionOf(ctx.db);
  if (!bulk) throw new Error('This database was not opened by openDatabase: incident columns cannot be loaded.');
  const bytes = await bulk((s) => s.copyTo(selectSql(cols.gemeente, batches), 'binary'));
  for (const b of appendCopyRows(cols, bytes)) cols.batches.add(b);
  for (const b of batches ?? []) cols.batches.add(b);
}

async function finishedBatches(ctx: ServiceContext, gemeente: string): Promise<number[]> {
  const rows = await ctx.db
    .selectFrom('incident_batches')
    .select('id')
    .where('gemeente_code', '=', gemeente)
    .where('rows_inserted', '>', 0)
    .where('finished_at', 'is not', null)
    .execute();
  return rows.map((r) => Number(r.id));
}

async function catchUp(ctx: ServiceContext, cols: IncidentColumns): Promise<IncidentColumns> {
  const missing = (await finishedBatches(ctx, cols.gemeente)).filter((b) => !cols.batches.has(b));
  if (missing.length) await loadRows(ctx, cols, missing);
  return cols;
}

function entriesOf(db: Db): Map<string, Entry> {
  let byGemeente = cache.get(db);
  if (!byGemeente) cache.set(db, (byGemeente = new Map()));
  return byGemeente;
}

/** Queues `step` after the pending work of (db, gemeente); a failed load is forgotten. */
function enqueue(
  ctx: ServiceContext,
  gemeente: string,
  step: (cols: IncidentColumns | null) => Promise<IncidentColumns>,
): Promise<IncidentColumns> {
  const map = entriesOf(ctx.db);
  const prior = map.get(gemeente)?.tail.catch(() => null) ?? Promise.resolve(null);
  const tail = prior.then(step).then((cols) => {
    cols.sortByStart();
    return cols;
  });
  const entry = { tail };
  map.set(gemeente, entry);
  tail.catch(() => {
    if (map.get(gemeente) === entry) map.delete(gemeente);
  });
  return tail;
}

async function freshColumns(ctx: ServiceContext, gemeente: string): Promise<IncidentColumns> {
  const cols = new IncidentColumns(gemeente);
  await loadRows(ctx, cols); // the batches held are those seen in the rows: one consistent snapshot
  return cols;
}

/** The columns of `gemeente`, loaded on first use and caught up with finished imports. */
export function getIncidentColumns(ctx: ServiceContext, gemeente: string): Promise<IncidentColumns> {
  return enqueue(ctx, gemeente, (cols) => (cols ? catchUp(ctx, cols) : freshColumns(ctx, gemeente)));
}

/** Drops the in-memory copy and loads it again from the database. */
export function reloadIncidentColumns(ctx: ServiceContext, gemeente: string): Promise<IncidentColumns> {
  return enqueue(ctx, gemeente, () => freshColumns(ctx, gemeente));
}

/**
 * After an import: appends its new rows from memory when the columns are loaded (a later
 * `getIncidentColumns` loads everything anyway when they are not). When the ids of the batch are
 * not one contiguous range the rows are read back from the database instead.
 */
export async function appendImportedEvents(
  ctx: ServiceContext,
  gemeente: string,
  batch: EventBatch,
  stored: StoreResult,
  synthetic: boolean,
): Promise<void> {
  if (!entriesOf(ctx.db).has(gemeente) || stored.inserted.length === 0) return;
  await enqueue(ctx, gemeente, async (cols) => {
    if (!cols) return freshColumns(ctx, gemeente);
    if (cols.batches.has(stored.batchId)) return cols;
    if (!stored.ids) {
      await loadRows(ctx, cols, [stored.batchId]);
      return cols;
    }
    const c = batch.c;
    cols.reserve(stored.inserted.length);
    stored.inserted.forEach((i, k) => {
      const startMin = Math.floor(c.startMs[i]! / 60_000);
      const endMin = Number.isNaN(c.endMs[i]!) ? startMin : Math.floor(c.endMs[i]! / 60_000);
      cols.push(
        {
          id: stored.ids![k]!,
          startMin,
          endMin,
          x: c.x[i]!,
          y: c.y[i]!,
          lat: c.lat[i]!,
          lon: c.lon[i]!,
          crimeType: c.crimeType[i]!,
          buurtCode: c.buurtCode[i]!,
          wijkCode: c.wijkCode[i]!,
          areaYear: c.areaYear[i]!,
          synthetic,
          offenderRef: c.offenderRef[i]!,
          victimRef: c.victimRef[i]!,
          addressRef: c.addressRef[i]!,
        },
        amsterdamLocalMinutes,
      );
    });
    cols.batches.add(stored.batchId);
    return cols;
  });
}
