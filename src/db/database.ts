/**
 * One PostgreSQL dialect on two engines: embedded PGlite (default) or a PostgreSQL server
 * (DATABASE_URL). Both give a Kysely instance over the same schema; numbers come back as numbers.
 */
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir, type DataDirLock } from './data-dir-lock.ts';
import { Mutex, PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';

export type Db = Kysely<DB>;
export type Engine = 'embedded' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  /** Runs a multi-statement SQL script in one transaction (migrations, seeds): all or nothing. */
  execScript(script: string): Promise<void>;
  /** Runs `fn` while holding a cluster-wide advisory lock (a no-op lock on the one-process embedded engine). */
  withAdvisoryLock<T>(key: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
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
  return {
    db,
    engine: 'postgres',
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

async function openEmbedded(dataDir: string | undefined): Promise<Database> {
  const lock: DataDirLock | undefined = dataDir ? lockDataDir(dataDir) : undefined;
  let client: PGlite;
  try {
    client = dataDir ? await PGlite.create(`${dataDir}/pgdata`) : await PGlite.create();
  } catch (err) {
    lock?.release();
    throw err;
  }
  const mutex = new Mutex();
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client, mutex) });
  let closed = false;
  return {
    db,
    engine: 'embedded',
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
