/**
 * The database's types and the look-up of its bulk session — without the engines, so code that only
 * names a database (stores, the import workers' shared code) loads no PGlite or pg.
 */
import type { Kysely } from 'kysely';
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
  /**
   * Bulk loading: runs `fn` in one transaction on one connection with COPY FROM/TO (committed when
   * `fn` resolves, rolled back when it throws). On the embedded engine the session holds the
   * dialect's mutex, so `fn` must not query through `db` meanwhile (that would wait forever).
   */
  bulkSession<T>(fn: (session: BulkSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Data for COPY FROM: CSV text, or the PostgreSQL binary COPY format (header, tuples, trailer). */
/**
 * The rows of a COPY FROM. `freeze` (COPY … FREEZE) writes them frozen and all-visible, so the first
 * read after the commit does not rewrite every page to set hint bits; PostgreSQL allows it only when
 * the table was created or truncated in the same (sub)transaction.
 */
export type CopyData = ({ format: 'csv'; chunks: string[] } | { format: 'binary'; chunks: Uint8Array[] }) & { freeze?: boolean };

export interface BulkSession {
  engine: Engine;
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: R[]; affectedRows: number }>;
  /** `COPY table (columns) FROM …`; returns the number of rows copied. Identifiers are quoted here. */
  copyFrom(table: string, columns: string[], data: CopyData): Promise<number>;
  /** `COPY (select) TO …` in text format (tab-separated, \N for NULL) or binary; returns the bytes. */
  copyTo(select: string, format?: 'text' | 'binary'): Promise<Uint8Array>;
}

const sessions = new WeakMap<Db, Database['bulkSession']>();

/** Called by database.ts when it opens a database. */
export function registerBulkSession(db: Db, bulkSession: Database['bulkSession']): void {
  sessions.set(db, bulkSession);
}

/** The bulk session of the database `db` was opened by (services hold only `ctx.db`); undefined otherwise. */
export function bulkSessionOf(db: Db): Database['bulkSession'] | undefined {
  return sessions.get(db);
}
