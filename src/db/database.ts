/**
 * One PostgreSQL dialect on two engines: embedded PGlite (default) or a PostgreSQL server
 * (DATABASE_URL). Both give a Kysely instance over the same schema; numbers come back as numbers.
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { registerBulkSession, type BulkSession, type CopyData, type Database } from './database-types.ts';
import pg from 'pg';
import { from as copyFromStdin, to as copyToStdout } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { lockDataDir, type DataDirLock } from './data-dir-lock.ts';
import { initialiseDataDir } from './embedded-init.ts';
import { Mutex, PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';

export type { BulkSession, CopyData, Database, Db, Engine } from './database-types.ts';
export { bulkSessionOf } from './database-types.ts';

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const copyFromSql = (table: string, columns: string[], data: CopyData, source: string) =>
  `COPY ${ident(table)} (${columns.map(ident).join(', ')}) FROM ${source} WITH (FORMAT ${data.format}${data.freeze ? ', FREEZE' : ''})`;

function pgBulkSession(client: pg.PoolClient): BulkSession {
  return {
    engine: 'postgres',
    async query(text, params = []) {
      const r = await client.query(text, params);
      return { rows: r.rows, affectedRows: r.rowCount ?? 0 };
    },
    async copyFrom(table, columns, data) {
      const stream = client.query(copyFromStdin(copyFromSql(table, columns, data, 'STDIN')));
      await pipeline(Readable.from(data.chunks as Iterable<string | Uint8Array>), stream);
      return Number(stream.rowCount ?? 0);
    },
    async copyTo(select, format = 'text') {
      const parts: Buffer[] = [];
      const stream = client.query(copyToStdout(`COPY (${select}) TO STDOUT WITH (FORMAT ${format})`));
      for await (const chunk of stream) parts.push(chunk as Buffer);
      return Buffer.concat(parts);
    },
  };
}

/** PGlite: COPY reads from and writes to the virtual device /dev/blob. */
function pgliteBulkSession(tx: Transaction): BulkSession {
  return {
    engine: 'embedded',
    async query(text, params = []) {
      const r = await tx.query<never>(text, params);
      return { rows: r.rows, affectedRows: r.affectedRows ?? 0 };
    },
    async copyFrom(table, columns, data) {
      const blob = new Blob(data.chunks as ConstructorParameters<typeof Blob>[0]);
      const r = await tx.query(copyFromSql(table, columns, data, "'/dev/blob'"), [], { blob });
      return r.affectedRows ?? 0;
    },
    async copyTo(select, format = 'text') {
      const r = await tx.query(`COPY (${select}) TO '/dev/blob' WITH (FORMAT ${format})`);
      return r.blob ? new Uint8Array(await r.blob.arrayBuffer()) : new Uint8Array();
    },
  };
}

export type DatabaseTarget =
  | { engine: 'postgres'; url: string; poolSize?: number }
  | { engine: 'embedded'; dataDir: string }
  | { engine: 'embedded'; memory: true };

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** pg returns bigint/numeric as strings; our counts fit in a double, so parse them to numbers. */
function numberTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
      if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => Number(v);
      return pg.types.getTypeParser(oid, format);
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: numberTypes() });
  // An idle client that loses its connection (server restart, admin kill) emits 'error' on the pool;
  // without a listener that would crash the process. The pool replaces the client on next use.
  pool.on('error', (err) => process.emitWarning(`PostgreSQL connection lost: ${err.message}`));
  const probe = await pool.connect().catch((err: Error) => {
    throw new Error(`Cannot connect to PostgreSQL at ${redactUrl(url)}: ${err.message}`);
  });
  probe.release();
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const bulkSession: Database['bulkSession'] = async (fn) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(pgBulkSession(client));
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  };
  registerBulkSession(db, bulkSession);
  return {
    db,
    engine: 'postgres',
    bulkSession,
    async execScript(script) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(script);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async withAdvisoryLock(key, fn) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [key]);
        return await fn();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
        client.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}

/**
 * PGlite's own start parameters plus `wal_level = minimal`: the embedded engine has no replicas
 * and no WAL archive (backups are dumps or copies of the stopped data directory, docs/OPERATIONS.md),
 * so WAL beyond crash recovery buys nothing, and a bulk load into a table emptied in the same
 * transaction then writes no WAL at all (incidents/import/bulk-indexes.ts).
 * Memory (docs/OPERATIONS.md, "Memory"): PGlite's WebAssembly memory grows to the largest it has
 * needed and never shrinks, so every buffer PostgreSQL sizes by default stays resident. The data
 * files sit in the operating system's page cache anyway, so small buffers cost little: shared
 * buffers 16 MB instead of 128 MB (≈ 130 MB less RSS), WAL buffers 1 MB, temp buffers 2 MB,
 * maintenance_work_mem 32 MB (index builds after a bulk import sort in pieces above that).
 */
export const EMBEDDED_MEMORY_PARAMS = [
  'shared_buffers=16MB',
  'wal_buffers=1MB',
  'temp_buffers=2MB',
  'work_mem=4MB',
  'maintenance_work_mem=32MB',
];
const EMBEDDED_START_PARAMS = [
  ...PGlite.defaultStartParams,
  ...['wal_level=minimal', 'max_wal_senders=0', ...EMBEDDED_MEMORY_PARAMS].flatMap((setting) => ['-c', setting]),
];

async function openEmbedded(dataDir: string | undefined): Promise<Database> {
  const lock: DataDirLock | undefined = dataDir ? lockDataDir(dataDir) : undefined;
  let client: PGlite;
  try {
    const options = { startParams: EMBEDDED_START_PARAMS };
    if (dataDir) await initialiseDataDir(`${dataDir}/pgdata`, EMBEDDED_START_PARAMS);
    client = dataDir ? await PGlite.create(`${dataDir}/pgdata`, options) : await PGlite.create(options);
  } catch (err) {
    lock?.release();
    throw err;
  }
  const mutex = new Mutex();
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client, mutex) });
  const bulkSession: Database['bulkSession'] = (fn) => mutex.run(() => client.transaction((tx) => fn(pgliteBulkSession(tx))));
  registerBulkSession(db, bulkSession);
  let closed = false;
  return {
    db,
    engine: 'embedded',
    bulkSession,
    async execScript(script) {
      await mutex.run(() => client.transaction(async (tx) => void (await tx.exec(script))));
    },
    async withAdvisoryLock(_key, fn) {
      return fn(); // the data-directory lock already makes this process the only one
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      if (!client.closed) await client.close();
      lock?.release();
    },
  };
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.engine === 'postgres') return openPostgres(target.url, target.poolSize);
  return openEmbedded('dataDir' in target ? target.dataDir : undefined);
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@');
}
