/**
 * Stores a checked batch of incident events in one transaction with COPY (see
 * `Database.bulkSession`): the `incident_batches` row, the new events, the quarantined rows.
 *
 * Idempotency on (gemeente_code, source, source_id): the ids already stored for the source are read
 * first (one COPY TO) and those rows are counted "unchanged" and not sent again; an event once
 * stored is never updated by a re-import. The UNIQUE constraint stays the backstop. Imports of one
 * municipality run one at a time (transaction advisory lock), so no other import slips in between.
 *
 * Bulk mode: when a batch of ≥ 10,000 new rows is at least as large as the whole table (a first
 * load), every index and foreign key of `incidents` (primary key and UNIQUE constraint too, unless
 * a foreign key of another table depends on them) is dropped before the COPY and rebuilt after it,
 * inside the same transaction, as pg_restore does. A sorted index build costs a fraction of
 * row-by-row index inserts, most of all on PGlite (bench/RESULTS.md). Duplicates were excluded
 * above, and any failure rolls the drops back with the rest. On a PostgreSQL server the dropped
 * indexes' ACCESS EXCLUSIVE lock makes other sessions wait for `incidents` until the commit —
 * acceptable for a first load, and the reason for the size rule.
 */
import type { BulkSession } from '../../db/database.ts';
import { COPY_COLUMNS, encodeBatch, type EventBatch } from './event-batch.ts';
import type { RowProblem } from './import-report.ts';

export const INCIDENT_IMPORT_LOCK = 0x1c1d_0001;
const BULK_MIN_ROWS = 10_000;
const QUARANTINE_CHUNK = 500;

export interface BadRow {
  line: number;
  raw: Record<string, string>;
  problems: RowProblem[];
}

export interface StoreInput {
  gemeente: string;
  source: string;
  fileName: string | null;
  mode: 'all-or-nothing' | 'quarantine' | 'synthetic';
  actor: string;
  batch: EventBatch;
  bad: BadRow[];
  rowsRead: number;
}

export interface StoreResult {
  batchId: number;
  /** Indices into the batch of the rows stored now, in id order. */
  inserted: number[];
  /** Ids of the inserted rows, same order; null when they were not one contiguous range. */
  ids: number[] | null;
  unchanged: number;
  quarantined: number;
  quarantineKept: number;
  bulkMode: boolean;
}

const literal = (v: string) => `'${v.replaceAll("'", "''")}'`;

/** Decodes one field of COPY text format (backslash escapes). */
function unescapeCopyText(v: string): string {
  if (!v.includes('\\')) return v;
  const map: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
  return v.replace(/\\(.)/g, (_, ch: string) => map[ch] ?? ch);
}

export function copyTextLines(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

async function existingIds(s: BulkSession, gemeente: string, source: string): Promise<Set<string>> {
  const any = await s.query('SELECT 1 FROM incidents WHERE gemeente_code = $1 AND source = $2 LIMIT 1', [gemeente, source]);
  if (any.rows.length === 0) return new Set();
  const bytes = await s.copyTo(`SELECT source_id FROM incidents WHERE gemeente_code = ${literal(gemeente)} AND source = ${literal(source)}`);
  return new Set(copyTextLines(bytes).map(unescapeCopyText));
}

interface Rebuild {
  drop: string;
  create: string;
}

/**
 * How to drop and re-create every index and foreign key of `incidents`: plain indexes by their
 * definition, PRIMARY KEY / UNIQUE / FOREIGN KEY constraints by `pg_get_constraintdef` (a foreign
 * key re-added is checked for all rows by one join instead of one lookup per inserted row). None
 * when a foreign key of another table depends on `incidents` (dropping its key would fail).
 */
async function droppable(s: BulkSession): Promise<Rebuild[]> {
  const fk = await s.query("SELECT 1 FROM pg_constraint WHERE contype = 'f' AND confrelid = 'incidents'::regclass LIMIT 1");
  if (fk.rows.length) return [];
  const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const constraint = (name: string, def: string) => ({ drop: `ALTER TABLE incidents DROP CONSTRAINT ${q(name)}`, create: `ALTER TABLE incidents ADD CONSTRAINT ${q(name)} ${def}` });
  const fks = await s.query<{ name: string; def: string }>(
    "SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'f' AND conrelid = 'incidents'::regclass ORDER BY conname",
  );
  const ixs = await s.query<{ name: string; def: string; con: string | null }>(
    `SELECT i.indexname AS name, i.indexdef AS def,
            (SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c WHERE c.conname = i.indexname AND c.conrelid = 'incidents'::regclass) AS con
       FROM pg_indexes i WHERE i.schemaname = current_schema() AND i.tablename = 'incidents' ORDER BY i.indexname`,
  );
  return [
    ...fks.rows.map((f) => constraint(f.name, f.def)),
    ...ixs.rows.map((ix) => (ix.con ? constraint(ix.name, ix.con) : { drop: `DROP INDEX ${q(ix.name)}`, create: ix.def })),
  ];
}

/** The next value of the `incidents.id` identity sequence (consumes it). */
async function nextIncidentId(s: BulkSession): Promise<number> {
  const r = await s.query<{ v: number }>("SELECT nextval(pg_get_serial_sequence('incidents', 'id'))::float8 AS v");
  return Number(r.rows[0]!.v);
}

/**
 * COPYs the rows; returns whether bulk index mode was used and the ids given to the rows. The ids
 * come from the identity sequence, read once before and once after the COPY (two values spent per
 * import): when nothing else drew from it meanwhile, the rows hold exactly the values in between,
 * in COPY order. Otherwise (another session inserting on a server) `ids` is undefined and the
 * caller asks the table.
 */
async function copyRows(s: BulkSession, input: StoreInput, rows: number[], batchId: number): Promise<{ bulk: boolean; ids?: number[] }> {
  if (rows.length === 0) return { bulk: false, ids: [] };
  let rebuild: Rebuild[] = [];
  if (rows.length >= BULK_MIN_ROWS) {
    const total = Number((await s.query<{ n: number }>('SELECT count(*)::int AS n FROM incidents')).rows[0]?.n ?? 0);
    if (rows.length >= total) rebuild = await droppable(s);
    for (const ix of rebuild) await s.query(ix.drop);
  }
  const chunks = encodeBatch(input.batch, rows, { gemeente: input.gemeente, source: input.source, synthetic: input.mode === 'synthetic', batchId });
  const before = await nextIncidentId(s);
  const copied = await s.copyFrom('incidents', COPY_COLUMNS, { format: 'binary', chunks });
  if (copied !== rows.length) throw new Error(`COPY stored ${copied} of ${rows.length} incidents`);
  const after = await nextIncidentId(s);
  if (rebuild.length) await s.query("SET LOCAL maintenance_work_mem = '256MB'");
  for (const ix of rebuild) await s.query(ix.create);
  const ids = after === before + rows.length + 1 ? Array.from({ length: rows.length }, (_, k) => before + 1 + k) : undefined;
  return { bulk: rebuild.length > 0, ...(ids ? { ids } : {}) };
}

const canonical = (o: Record<string, unknown>) => JSON.stringify(Object.keys(o).sort().map((k) => [k, o[k]]));

/** Quarantines the bad rows not already waiting in quarantine for this source (same line and content). */
async function quarantine(s: BulkSession, input: StoreInput, batchId: number): Promise<number> {
  if (input.bad.length === 0) return 0;
  const waiting = await s.query<{ line: number; raw: Record<string, unknown> }>(
    `SELECT q.line, q.raw FROM incident_quarantine q JOIN incident_batches b ON b.id = q.batch_id
      WHERE b.gemeente_code = $1 AND b.source = $2 AND q.resolved_at IS NULL`,
    [input.gemeente, input.source],
  );
  const known = new Set(waiting.rows.map((r) => `${r.line}:${canonical(typeof r.raw === 'string' ? JSON.parse(r.raw) : r.raw)}`));
  const fresh = input.bad.filter((b) => !known.has(`${b.line}:${canonical(b.raw)}`));
  for (let i = 0; i < fresh.length; i += QUARANTINE_CHUNK) {
    const chunk = fresh.slice(i, i + QUARANTINE_CHUNK);
    const params: unknown[] = [];
    const tuples = chunk.map((b) => {
      params.push(batchId, b.line, JSON.stringify(b.raw), JSON.stringify(b.problems));
      const n = params.length;
      return `($${n - 3}, $${n - 2}, $${n - 1}::jsonb, $${n}::jsonb)`;
    });
    await s.query(`INSERT INTO incident_quarantine (batch_id, line, raw, errors) VALUES ${tuples.join(', ')}`, params);
  }
  return fresh.length;
}

/** Ids of the rows of `batchId` read from the table: one contiguous identity range in COPY order, else null. */
async function insertedIds(s: BulkSession, gemeente: string, batchId: number, n: number): Promise<number[] | null> {
  if (n === 0) return [];
  const r = await s.query<{ lo: number; hi: number; n: number }>(
    'SELECT min(id)::float8 AS lo, max(id)::float8 AS hi, count(*)::int AS n FROM incidents WHERE gemeente_code = $1 AND batch_id = $2',
    [gemeente, batchId],
  );
  const { lo, hi, n: count } = r.rows[0]!;
  if (Number(count) !== n || Number(hi) - Number(lo) + 1 !== n) return null;
  return Array.from({ length: n }, (_, k) => Number(lo) + k);
}

export async function storeEventBatch(s: BulkSession, input: StoreInput): Promise<StoreResult> {
  await s.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [INCIDENT_IMPORT_LOCK, input.gemeente]);
  const batch = await s.query<{ id: number }>(
    `INSERT INTO incident_batches (gemeente_code, source, file_name, mode, actor, rows_read) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [input.gemeente, input.source, input.fileName, input.mode, input.actor, input.rowsRead],
  );
  const batchId = Number(batch.rows[0]!.id);
  const stored = await existingIds(s, input.gemeente, input.source);
  const inserted: number[] = [];
  const ids = input.batch.c.sourceId;
  for (let i = 0; i < ids.length; i++) if (!stored.has(ids[i]!)) inserted.push(i);
  const unchanged = ids.length - inserted.length;
  const copy = await copyRows(s, input, inserted, batchId);
  const quarantineKept = await quarantine(s, input, batchId);
  await s.query(
    `UPDATE incident_batches SET rows_inserted = $2, rows_unchanged = $3, rows_quarantined = $4, finished_at = now() WHERE id = $1`,
    [batchId, inserted.length, unchanged, input.bad.length],
  );
  const rowIds = copy.ids ?? (await insertedIds(s, input.gemeente, batchId, inserted.length));
  return { batchId, inserted, ids: rowIds, unchanged, quarantined: input.bad.length, quarantineKept, bulkMode: copy.bulk };
}
