/**
 * Stores checked incident events in one transaction with binary COPY (see
 * `Database.bulkSession`): the `incident_batches` row, the new events, the quarantined rows.
 *
 * Phases (`IncidentStore`): `begin` (import lock, batch row), `prepare` (bulk index mode for a
 * large first load, bulk-indexes.ts; into an empty table the COPYs then FREEZE their rows, so the
 * first read after the import does not rewrite the table), one or more `copy` calls (a whole batch, or the chunks of a
 * parallel read as they arrive), `finish` (indexes rebuilt, quarantine, batch totals).
 * `storeEventBatch` runs them for one in-memory batch.
 *
 * Idempotency on (gemeente_code, source, source_id): the ids already stored for the source are read
 * first (one COPY TO) and those rows are counted "unchanged" and not sent again; an event once
 * stored is never updated by a re-import. The UNIQUE constraint stays the backstop. Imports of one
 * municipality run one at a time (transaction advisory lock), so no other import slips in between.
 * On a PostgreSQL server the bulk mode's ACCESS EXCLUSIVE lock makes other sessions wait for
 * `incidents` until the commit — acceptable for a first load, and the reason for its size rule.
 */
import type { BulkSession } from '../../../db/database.ts';
import { enterBulkMode, leaveBulkMode, type BulkMode } from './bulk-indexes.ts';
import type { BadRow } from './check-row.ts';
import { COPY_COLUMNS, encodeBatch, type EventBatch } from './event-batch.ts';

export const INCIDENT_IMPORT_LOCK = 0x1c1d_0001;
const BULK_MIN_ROWS = 10_000;
const QUARANTINE_CHUNK = 500;

export interface BatchInfo {
  gemeente: string;
  source: string;
  fileName: string | null;
  mode: 'all-or-nothing' | 'quarantine' | 'synthetic';
  actor: string;
}

export interface StoreInput extends BatchInfo {
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

/** The next value of the `incidents.id` identity sequence (consumes it). */
async function nextIncidentId(s: BulkSession): Promise<number> {
  const r = await s.query<{ v: number }>("SELECT nextval(pg_get_serial_sequence('incidents', 'id'))::float8 AS v");
  return Number(r.rows[0]!.v);
}

const canonical = (o: Record<string, unknown>) =>
  JSON.stringify(
    Object.keys(o)
      .sort()
      .map((k) => [k, o[k]]),
  );

/**
 * One import's stay in the transaction. The ids of the COPYed rows come from the identity
 * sequence, read once before the first COPY and once after the last (two values spent per
 * import): when nothing else drew from it meanwhile, the rows hold exactly the values in between,
 * in COPY order. Otherwise (another session inserting on a server) they are asked of the table.
 */
export class IncidentStore {
  readonly batchId: number;
  #bulk: BulkMode = { rebuild: [], truncated: false };
  #firstId: number | null = null;
  #copied = 0;

  private constructor(
    readonly s: BulkSession,
    readonly info: BatchInfo,
    batchId: number,
  ) {
    this.batchId = batchId;
  }

  /** Takes the municipality's import lock and writes the batch row. */
  static async begin(s: BulkSession, info: BatchInfo, rowsRead: number): Promise<IncidentStore> {
    await s.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [INCIDENT_IMPORT_LOCK, info.gemeente]);
    const r = await s.query<{ id: number }>(
      'INSERT INTO incident_batches (gemeente_code, source, file_name, mode, actor, rows_read) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [info.gemeente, info.source, info.fileName, info.mode, info.actor, rowsRead],
    );
    return new IncidentStore(s, info, Number(r.rows[0]!.id));
  }

  get bulkMode(): boolean {
    return this.#bulk.rebuild.length > 0;
  }

  get copied(): number {
    return this.#copied;
  }

  /** The source ids already stored for this source. */
  async existingIds(): Promise<Set<string>> {
    const { s, info } = this;
    const any = await s.query('SELECT 1 FROM incidents WHERE gemeente_code = $1 AND source = $2 LIMIT 1', [info.gemeente, info.source]);
    if (any.rows.length === 0) return new Set();
    const bytes = await s.copyTo(
      `SELECT source_id FROM incidents WHERE gemeente_code = ${literal(info.gemeente)} AND source = ${literal(info.source)}`,
    );
    return new Set(copyTextLines(bytes).map(unescapeCopyText));
  }

  /** Before the first COPY: bulk index mode when about `rows` new rows will come. */
  async prepare(rows: number): Promise<void> {
    this.#bulk = await enterBulkMode(this.s, rows, BULK_MIN_ROWS);
  }

  /** COPYs one binary stream of `rows` rows (encoded with this batch's id). */
  async copy(chunks: Uint8Array[], rows: number): Promise<void> {
    if (rows === 0) return;
    if (this.#firstId === null) this.#firstId = (await nextIncidentId(this.s)) + 1;
    const copied = await this.s.copyFrom('incidents', COPY_COLUMNS, { format: 'binary', chunks, freeze: this.#bulk.truncated });
    if (copied !== rows) throw new Error(`COPY stored ${copied} of ${rows} incidents`);
    this.#copied += rows;
  }

  /** Rebuilds indexes, quarantines `bad`, writes the batch totals; returns the ids of the COPYed rows. */
  async finish(totals: { unchanged: number; bad: BadRow[]; rowsRead?: number }): Promise<{ ids: number[] | null; quarantineKept: number }> {
    const after = this.#firstId === null ? null : await nextIncidentId(this.s);
    await leaveBulkMode(this.s, this.#bulk.rebuild);
    const quarantineKept = await this.#quarantine(totals.bad);
    await this.s.query(
      'UPDATE incident_batches SET rows_inserted = $2, rows_unchanged = $3, rows_quarantined = $4, rows_read = coalesce($5, rows_read), finished_at = now() WHERE id = $1',
      [this.batchId, this.#copied, totals.unchanged, totals.bad.length, totals.rowsRead ?? null],
    );
    const first = this.#firstId;
    const contiguous = first !== null && after === first + this.#copied;
    const ids = contiguous ? Array.from({ length: this.#copied }, (_, k) => first + k) : await this.#idsFromTable();
    return { ids, quarantineKept };
  }

  /** Ids of this batch's rows read from the table: one contiguous identity range in COPY order, else null. */
  async #idsFromTable(): Promise<number[] | null> {
    const n = this.#copied;
    if (n === 0) return [];
    const r = await this.s.query<{ lo: number; hi: number; n: number }>(
      'SELECT min(id)::float8 AS lo, max(id)::float8 AS hi, count(*)::int AS n FROM incidents WHERE gemeente_code = $1 AND batch_id = $2',
      [this.info.gemeente, this.batchId],
    );
    const { lo, hi, n: count } = r.rows[0]!;
    if (Number(count) !== n || Number(hi) - Number(lo) + 1 !== n) return null;
    return Array.from({ length: n }, (_, k) => Number(lo) + k);
  }

  /** Quarantines the bad rows not already waiting in quarantine for this source (same line and content). */
  async #quarantine(bad: BadRow[]): Promise<number> {
    if (bad.length === 0) return 0;
    const waiting = await this.s.query<{ line: number; raw: Record<string, unknown> }>(
      `SELECT q.line, q.raw FROM incident_quarantine q JOIN incident_batches b ON b.id = q.batch_id
        WHERE b.gemeente_code = $1 AND b.source = $2 AND q.resolved_at IS NULL`,
      [this.info.gemeente, this.info.source],
    );
    const known = new Set(waiting.rows.map((r) => `${r.line}:${canonical(typeof r.raw === 'string' ? JSON.parse(r.raw) : r.raw)}`));
    const fresh = bad.filter((b) => !known.has(`${b.line}:${canonical(b.raw)}`));
    for (let i = 0; i < fresh.length; i += QUARANTINE_CHUNK) {
      const chunk = fresh.slice(i, i + QUARANTINE_CHUNK);
      const params: unknown[] = [];
      const tuples = chunk.map((b) => {
        params.push(this.batchId, b.line, JSON.stringify(b.raw), JSON.stringify(b.problems));
        const n = params.length;
        return `($${n - 3}, $${n - 2}, $${n - 1}::jsonb, $${n}::jsonb)`;
      });
      await this.s.query(`INSERT INTO incident_quarantine (batch_id, line, raw, errors) VALUES ${tuples.join(', ')}`, params);
    }
    return fresh.length;
  }
}

/** Stores one in-memory batch: the rows whose source id is not stored yet, and the bad rows. */
export async function storeEventBatch(s: BulkSession, input: StoreInput): Promise<StoreResult> {
  const store = await IncidentStore.begin(s, input, input.rowsRead);
  const stored = await store.existingIds();
  const inserted: number[] = [];
  const ids = input.batch.c.sourceId;
  for (let i = 0; i < ids.length; i++) if (!stored.has(ids[i]!)) inserted.push(i);
  await store.prepare(inserted.length);
  const ctx = { gemeente: input.gemeente, source: input.source, synthetic: input.mode === 'synthetic', batchId: store.batchId };
  if (inserted.length) await store.copy(encodeBatch(input.batch, inserted, ctx), inserted.length);
  const unchanged = ids.length - inserted.length;
  const done = await store.finish({ unchanged, bad: input.bad });
  return {
    batchId: store.batchId,
    inserted,
    ids: done.ids,
    unchanged,
    quarantined: input.bad.length,
    quarantineKept: done.quarantineKept,
    bulkMode: store.bulkMode,
  };
}
