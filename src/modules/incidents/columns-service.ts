/**
 * One IncidentColumns per (database, municipality) per process: loaded from the database on first
 * use (binary COPY TO in pages of PAGE_ROWS ids of the primary key, into arrays sized once:
 * between pages the embedded engine's one connection is free, so a health check or a login is
 * served while a million incidents load; `incidentColumnsState` says whether they are in), then
 * kept in step:
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
  /** Whether a first (or full re-) load is under way: a catch-up of a loaded copy is not "loading". */
  loading: boolean;
}

/**
 * Ids per page of a full load: ≈ 50,000 rows, ≈ 8 MB of COPY bytes, ≈ 0.15 s of the embedded
 * engine on a quiet machine (which holds the event loop that long: PGlite is synchronous WebAssembly).
 */
export const PAGE_ROWS = 50_000;

const cache = new WeakMap<Db, Map<string, Entry>>();

const literal = (v: string) => `'${v.replaceAll("'", "''")}'`;

const COLUMNS_SQL = `SELECT id, start_time, end_time, x, y, lat, lon, crime_type, buurt_code, wijk_code, area_year, synthetic,
    offender_ref, victim_ref, address_ref, batch_id FROM incidents`;

/** Rows of `gemeente` of some batches for `appendCopyRows`; plain columns, no sort: cheapest on PGlite. */
function batchesSql(gemeente: string, batches: number[]): string {
  return `${COLUMNS_SQL} WHERE gemeente_code = ${literal(gemeente)} AND batch_id IN (${batches.map((b) => Math.trunc(b)).join(', ')})`;
}

/**
 * One page of a full load: the ids in (after, upTo], a range of the primary key (gemeente_code, id).
 * No ORDER BY … LIMIT: without fresh statistics PostgreSQL would sort every remaining row for
 * each page (measured: 39 s for the first page of a million on PGlite).
 */
function pageSql(gemeente: string, after: number, upTo: number): string {
  return `${COLUMNS_SQL} WHERE gemeente_code = ${literal(gemeente)} AND id > ${Math.trunc(after)} AND id <= ${Math.trunc(upTo)}`;
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

function bulkOf(ctx: ServiceContext) {
  const bulk = bulkSessionOf(ctx.db);
  if (!bulk) throw new Error('This database was not opened by openDatabase: incident columns cannot be loaded.');
  return bulk;
}

async function loadRows(ctx: ServiceContext, cols: IncidentColumns, batches: number[]): Promise<void> {
  const bytes = await bulkOf(ctx)((s) => s.copyTo(batchesSql(cols.gemeente, batches), 'binary'));
  for (const b of appendCopyRows(cols, bytes)) cols.batches.add(b);
  for (const b of batches) cols.batches.add(b);
}

/**
 * Every row of the municipality, in pages of `pageRows` ids, each its own short COPY (the
 * connection is free between pages). The arrays are sized once to the id span of the municipality
 * (ids come from one sequence, so the span is the row count plus the gaps deletes left), and cut
 * to the rows read at the end (the sort after the load does that when the rows were not in start
 * order). Rows stored after the span was read are not read here: their import batches are not
 * among those seen, so the next `getIncidentColumns` catches them up. The batches held are those
 * seen in the rows.
 */
async function loadAllRows(ctx: ServiceContext, cols: IncidentColumns, pageRows: number): Promise<void> {
  const bulk = bulkOf(ctx);
  const gm = literal(cols.gemeente);
  const { rows } = await bulk((s) =>
    s.query(
      `SELECT coalesce(min(id), 1)::float8 AS bottom, coalesce(max(id), 0)::float8 AS top FROM incidents WHERE gemeente_code = ${gm}`,
    ),
  );
  const { bottom, top } = rows[0] as { bottom: number; top: number };
  cols.reserveExactly(Math.max(0, top - bottom + 1));
  for (let after = bottom - 1; after < top; after += pageRows) {
    const bytes = await bulk((s) => s.copyTo(pageSql(cols.gemeente, after, Math.min(after + pageRows, top)), 'binary'));
    for (const b of appendCopyRows(cols, bytes)) cols.batches.add(b);
    // PGlite runs a query synchronously on this thread, and awaiting it only queues microtasks:
    // without a turn of the event loop, requests that arrived meanwhile would wait for the last page.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (cols.sortedByStart) cols.trimToLength();
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
  fullLoad: boolean,
): Promise<IncidentColumns> {
  const map = entriesOf(ctx.db);
  const previous = map.get(gemeente);
  const prior = previous?.tail.catch(() => null) ?? Promise.resolve(null);
  const tail = prior.then(step).then((cols) => {
    cols.sortByStart();
    return cols;
  });
  const entry: Entry = { tail, loading: fullLoad || (previous?.loading ?? false) };
  map.set(gemeente, entry);
  tail.then(
    () => void (entry.loading = false),
    () => {
      if (map.get(gemeente) === entry) map.delete(gemeente);
    },
  );
  return tail;
}

/** How a full load runs: rows per page; `pause`: the load waits for it before its first page (tests of the loading state). */
export interface LoadOptions {
  pageRows?: number;
  pause?: Promise<unknown>;
}

async function freshColumns(ctx: ServiceContext, gemeente: string, o: LoadOptions): Promise<IncidentColumns> {
  const cols = new IncidentColumns(gemeente);
  await o.pause;
  await loadAllRows(ctx, cols, o.pageRows ?? PAGE_ROWS);
  return cols;
}

/** The columns of `gemeente`, loaded on first use and caught up with finished imports. */
export function getIncidentColumns(ctx: ServiceContext, gemeente: string, o: LoadOptions = {}): Promise<IncidentColumns> {
  const loaded = entriesOf(ctx.db).has(gemeente);
  return enqueue(ctx, gemeente, (cols) => (cols ? catchUp(ctx, cols) : freshColumns(ctx, gemeente, o)), !loaded);
}

/** Drops the in-memory copy and loads it again from the database. */
export function reloadIncidentColumns(ctx: ServiceContext, gemeente: string, o: LoadOptions = {}): Promise<IncidentColumns> {
  return enqueue(ctx, gemeente, () => freshColumns(ctx, gemeente, o), true);
}

/**
 * Whether the columns of `gemeente` are in memory: `ready` (loaded; a catch-up after an import
 * may be queued), `loading` (a first load or a full reload is under way), `not-loaded`.
 */
export function incidentColumnsState(db: Db, gemeente: string): 'ready' | 'loading' | 'not-loaded' {
  const entry = cache.get(db)?.get(gemeente);
  if (!entry) return 'not-loaded';
  return entry.loading ? 'loading' : 'ready';
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
  await enqueue(
    ctx,
    gemeente,
    async (cols) => {
      if (!cols) return freshColumns(ctx, gemeente, {});
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
    },
    false,
  );
}
