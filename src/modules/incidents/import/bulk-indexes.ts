/**
 * Bulk index mode for a large COPY into `incidents` (as pg_restore does): every index and foreign
 * key is dropped before the COPY and rebuilt after it, inside the same transaction, because one
 * sorted index build costs a fraction of a million row-by-row index inserts, most of all on PGlite
 * (bench/RESULTS.md). Any failure rolls the drops back with the rest.
 *
 * When the table is empty it is also TRUNCATEd first (under an ACCESS EXCLUSIVE lock taken before
 * it is counted, so no other session's rows can slip in between): the table then gets a new file
 * in this transaction. With `wal_level = minimal` (the embedded engine, src/db/database.ts) the COPY
 * and the index builds into such a file write no WAL, and on PGlite the index builds over it run
 * 2–3× faster even without that (bench/RESULTS.md, "Incident import, new heap file").
 */
import type { BulkSession } from '../../../db/database.ts';

export interface Rebuild {
  drop: string;
  create: string;
}

export interface BulkMode {
  /** What was dropped, to rebuild (empty: not in bulk mode). */
  rebuild: Rebuild[];
  /** The table was empty and is TRUNCATEd in this transaction: a COPY may FREEZE its rows. */
  truncated: boolean;
}

/** An ordinary table (not partitioned, not a view), where COPY FREEZE is allowed. */
async function isPlainTable(s: BulkSession): Promise<boolean> {
  const r = await s.query<{ kind: string }>("SELECT relkind::text AS kind FROM pg_class WHERE oid = 'incidents'::regclass");
  return r.rows[0]?.kind === 'r';
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * How to drop and re-create every index and foreign key of `incidents`: plain indexes by their
 * definition, PRIMARY KEY / UNIQUE / FOREIGN KEY constraints by `pg_get_constraintdef` (a foreign
 * key re-added is checked for all rows by one join instead of one lookup per inserted row). None
 * when a foreign key of another table depends on `incidents` (dropping its key would fail).
 */
async function droppable(s: BulkSession): Promise<Rebuild[]> {
  const fk = await s.query("SELECT 1 FROM pg_constraint WHERE contype = 'f' AND confrelid = 'incidents'::regclass LIMIT 1");
  if (fk.rows.length) return [];
  const constraint = (name: string, def: string) => ({
    drop: `ALTER TABLE incidents DROP CONSTRAINT ${quoteIdent(name)}`,
    create: `ALTER TABLE incidents ADD CONSTRAINT ${quoteIdent(name)} ${def}`,
  });
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
    ...ixs.rows.map((ix) => (ix.con ? constraint(ix.name, ix.con) : { drop: `DROP INDEX ${quoteIdent(ix.name)}`, create: ix.def })),
  ];
}

/**
 * Enters bulk index mode when `rows` (≥ `minRows`) is at least the table's size; returns the
 * statements that rebuild what was dropped and whether the table was truncated.
 */
export async function enterBulkMode(s: BulkSession, rows: number, minRows: number): Promise<BulkMode> {
  const none: BulkMode = { rebuild: [], truncated: false };
  const count = async () => Number((await s.query<{ n: number }>('SELECT count(*)::int AS n FROM incidents')).rows[0]?.n ?? 0);
  if (rows < minRows || rows < (await count())) return none;
  await s.query('LOCK TABLE incidents IN ACCESS EXCLUSIVE MODE');
  const total = await count();
  if (rows < total) return none;
  const rebuild = await droppable(s);
  if (rebuild.length === 0) return none;
  for (const ix of rebuild) await s.query(ix.drop);
  if (total > 0) return { rebuild, truncated: false };
  await s.query('TRUNCATE incidents');
  return { rebuild, truncated: await isPlainTable(s) };
}

/** Rebuilds what `enterBulkMode` dropped. */
export async function leaveBulkMode(s: BulkSession, rebuild: Rebuild[]): Promise<void> {
  if (rebuild.length === 0) return;
  await s.query("SET LOCAL maintenance_work_mem = '256MB'");
  for (const ix of rebuild) await s.query(ix.create);
}
