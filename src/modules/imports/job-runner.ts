/**
 * The server's import runner: one job at a time per server process, in the background (the job
 * goes on when the page that started it is closed), the others wait in the queue. Uploaded files
 * wait under `<data dir>/imports/<job id>/` and are removed when their job ends.
 *
 * Interrupted jobs: the runner beats every 15 s for its jobs; at start-up it fails the open jobs
 * no process runs any more (on the embedded engine every open job, since only one process can
 * open it; on PostgreSQL those without a beat for a minute) and the beat repeats that check.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemContext } from '../../core/context.ts';
import type { Db } from '../../db/database.ts';
import { beat, claimNext, failAbandoned, failJob, failOwn, markUploaded, type JobRow } from './job-store.ts';
import { runImportJob } from './import-service.ts';
import type { ImportFailure } from './report.ts';

const BEAT_MS = 15_000;
const STALE_SECONDS = 60;

const interrupted = (detail: string): ImportFailure => ({
  type: 'interrupted',
  title: 'Import interrupted',
  detail,
  rows: [],
  rowsTotal: 0,
});

export const SERVER_STOPPED = interrupted(
  'The server stopped while this import waited or ran. Nothing of this file was stored; upload it again.',
);

export class ImportRunner {
  readonly id = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  /** Set on jobs whose file is still arriving. */
  readonly uploadId = `upload:${this.id}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private stopped = false;
  /** Whether this runner took any job (so a stop need not touch the database otherwise). */
  private used = false;

  constructor(
    private readonly db: Db,
    private readonly dataDir: string,
    private readonly log: (err: unknown, message: string) => void,
  ) {}

  /** Where a job's file is kept while it waits and runs. */
  fileOf(job: Pick<JobRow, 'id' | 'file_name'>): string {
    return path.join(this.dataDir, 'imports', String(job.id), job.file_name);
  }

  async start(exclusive: boolean): Promise<void> {
    await this.sweep(exclusive);
    this.timer = setInterval(() => void this.tick(), BEAT_MS);
    this.timer.unref();
  }

  /** The file of `job` has arrived: queue it for this runner and start when idle. */
  async queue(job: JobRow, fileBytes: number): Promise<void> {
    this.used = true;
    await markUploaded(this.db, job.id, fileBytes, this.id);
    this.kick();
  }

  /** An upload that did not arrive: the job fails with the reason, its file is removed. */
  async abandon(job: JobRow, failure: ImportFailure): Promise<void> {
    this.used = true;
    await failJob(this.db, job.id, failure).catch((err) => this.log(err, 'failing an import job failed'));
    this.removeFile(job);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    if (!this.used && !this.timer) return;
    await failOwn(this.db, [this.id, this.uploadId], SERVER_STOPPED).catch(() => undefined);
  }

  /** Resolves when the queue is empty (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private kick(): void {
    if (this.running || this.stopped) return;
    this.running = this.drain()
      .catch((err) => this.log(err, 'the import runner failed'))
      .finally(() => {
        this.running = null;
      });
  }

  private async drain(): Promise<void> {
    while (!this.stopped) {
      const job = await claimNext(this.db, this.id);
      if (!job) return;
      const ctx = systemContext(this.db, `import-job:${job.id}`);
      await runImportJob(ctx, job, this.fileOf(job)).catch(() => undefined); // the failure is kept with the job
      this.removeFile(job);
    }
  }

  private async tick(): Promise<void> {
    try {
      await beat(this.db, this.id);
      await beat(this.db, this.uploadId);
      await this.sweep(false);
    } catch (err) {
      this.log(err, 'the import runner could not beat');
    }
  }

  private async sweep(exclusive: boolean): Promise<void> {
    const ids = await failAbandoned(this.db, {
      keep: [this.id, this.uploadId],
      exclusive,
      staleSeconds: STALE_SECONDS,
      failure: interrupted(
        'The server stopped or restarted while this import waited or ran. Nothing of this file was stored; upload it again.',
      ),
    });
    for (const id of ids) fs.rmSync(path.join(this.dataDir, 'imports', String(id)), { recursive: true, force: true });
  }

  private removeFile(job: Pick<JobRow, 'id'>): void {
    fs.rmSync(path.join(this.dataDir, 'imports', String(job.id)), { recursive: true, force: true });
  }
}

const runners = new WeakMap<Db, ImportRunner>();

/** The one runner of a database in this process (the routes queue on it; the server starts it). */
export function runnerFor(db: Db, dataDir: string, log: (err: unknown, message: string) => void): ImportRunner {
  let runner = runners.get(db);
  if (!runner) {
    runner = new ImportRunner(db, dataDir, log);
    runners.set(db, runner);
  }
  return runner;
}
