/** SQL on import_jobs (the imports module's only table). */
import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ImportFailure, ImportReport } from './report.ts';
import type { ImportsTables } from './tables.ts';

export type JobRow = Selectable<ImportsTables['import_jobs']>;

export interface NewJob {
  gemeente: string;
  kind: string;
  fileName: string;
  fileBytes: number;
  options: Record<string, unknown>;
  createdBy: string;
  runner: string | null;
}

export async function insertJob(db: Db, j: NewJob): Promise<JobRow> {
  return db
    .insertInto('import_jobs')
    .values({
      gemeente_code: j.gemeente,
      kind: j.kind,
      file_name: j.fileName,
      file_bytes: j.fileBytes,
      options: JSON.stringify(j.options),
      created_by: j.createdBy,
      runner: j.runner,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findJob(db: Db, gemeente: string, id: number): Promise<JobRow | undefined> {
  return db.selectFrom('import_jobs').selectAll().where('gemeente_code', '=', gemeente).where('id', '=', id).executeTakeFirst();
}

export async function recentJobs(db: Db, gemeente: string, limit: number): Promise<JobRow[]> {
  return db.selectFrom('import_jobs').selectAll().where('gemeente_code', '=', gemeente).orderBy('id', 'desc').limit(limit).execute();
}

/** The file has arrived: the job may be run (by `runner`), and its size is known. */
export async function markUploaded(db: Db, id: number, fileBytes: number, runner: string): Promise<void> {
  await db.updateTable('import_jobs').set({ file_bytes: fileBytes, runner, heartbeat_at: sql`now()` }).where('id', '=', id).execute();
}

/** Claims the oldest queued job of this runner; undefined when none waits. */
export async function claimNext(db: Db, runner: string): Promise<JobRow | undefined> {
  const next = await db
    .selectFrom('import_jobs')
    .select('id')
    .where('runner', '=', runner)
    .where('status', '=', 'queued')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  if (!next) return undefined;
  return db
    .updateTable('import_jobs')
    .set({ status: 'running', started_at: sql`now()`, heartbeat_at: sql`now()` })
    .where('id', '=', next.id)
    .where('status', '=', 'queued')
    .returningAll()
    .executeTakeFirst();
}

export async function saveProgress(db: Db, id: number, rows: number, bytes: number): Promise<void> {
  await db.updateTable('import_jobs').set({ rows_read: rows, bytes_read: bytes, heartbeat_at: sql`now()` }).where('id', '=', id).execute();
}

export async function finishJob(db: Db, id: number, report: ImportReport): Promise<void> {
  await db
    .updateTable('import_jobs')
    .set({
      status: 'done',
      report: JSON.stringify(report),
      rows_read: report.counts.rowsRead,
      finished_at: sql`now()`,
      heartbeat_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

export async function failJob(db: Db, id: number, failure: ImportFailure): Promise<void> {
  await db
    .updateTable('import_jobs')
    .set({ status: 'failed', error: JSON.stringify(failure), finished_at: sql`now()`, heartbeat_at: sql`now()` })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .execute();
}

/** This runner is alive: its queued and running jobs get a fresh heartbeat. */
export async function beat(db: Db, runner: string): Promise<void> {
  await db
    .updateTable('import_jobs')
    .set({ heartbeat_at: sql`now()` })
    .where('runner', '=', runner)
    .where('status', 'in', ['queued', 'running'])
    .execute();
}

/**
 * Fails the open jobs nobody runs any more: those not of the runners in `keep` — all of them when
 * `exclusive` (this process is the only one: the embedded engine), else those without a heartbeat
 * for `staleSeconds`. Returns the ids failed.
 */
export async function failAbandoned(
  db: Db,
  o: { keep: string[]; exclusive: boolean; staleSeconds: number; failure: ImportFailure },
): Promise<number[]> {
  let q = db
    .updateTable('import_jobs')
    .set({ status: 'failed', error: JSON.stringify(o.failure), finished_at: sql`now()` })
    .where('status', 'in', ['queued', 'running'])
    .where((eb) => eb.or([eb('runner', 'is', null), eb('runner', 'not in', o.keep)]));
  if (!o.exclusive) q = q.where('heartbeat_at', '<', sql<Date>`now() - make_interval(secs => ${o.staleSeconds})`);
  return (await q.returning('id').execute()).map((r) => r.id);
}

/** Fails the open jobs of these runners (a server that stops). */
export async function failOwn(db: Db, runners: string[], failure: ImportFailure): Promise<void> {
  await db
    .updateTable('import_jobs')
    .set({ status: 'failed', error: JSON.stringify(failure), finished_at: sql`now()` })
    .where('status', 'in', ['queued', 'running'])
    .where('runner', 'in', runners)
    .execute();
}

/** Starts a job right away (the CLI runs its own job in-process). */
export async function startJob(db: Db, id: number): Promise<JobRow> {
  return db
    .updateTable('import_jobs')
    .set({ status: 'running', started_at: sql`now()`, heartbeat_at: sql`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
