/**
 * The one import service both the server and the CLI use: a job per import (import_jobs), the
 * kind's options checked by its zod schema, the kind run through the owning module's public import
 * service (kinds.ts), progress saved while it runs, and the report (or the problem it failed on)
 * kept with the job. Every job is logged in the processing log (activity `imports.run`).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { actorLabel, authorize, type ServiceContext } from '../../core/context.ts';
import { invalidInput, notFoundBecause } from '../../core/errors.ts';
import { recordProcessing } from '../audit/index.ts';
import { beat, findJob, finishJob, failJob, insertJob, recentJobs, saveProgress, startJob, type JobRow } from './job-store.ts';
import { IMPORT_KINDS, KINDS, type ImportKind, type ImportProgress } from './kinds.ts';
import { failureOf, type ImportReport } from './report.ts';
import { jobView, type ImportJobView } from './job-view.ts';

/** A request for an import: kind and options as sent (checked here), and the file's name. */
export interface ImportRequest {
  kind: string;
  options: unknown;
  fileName: string;
}

/** A file name safe to keep on disk and show: its base name, without control or path characters. */
export function safeFileName(name: string): string {
  const visible = [...name].map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? '_' : c)).join('');
  const base = path.basename(visible.replaceAll('\\', '/')).replace(/[/:*?"<>|]/g, '_');
  return base.replace(/^\.+/, '').slice(-200) || 'upload';
}

/** Checks kind, options and the file's ending; 400 with a readable detail otherwise. */
export function checkImportRequest(r: ImportRequest): { kind: ImportKind; options: Record<string, unknown>; fileName: string } {
  if (!(IMPORT_KINDS as readonly string[]).includes(r.kind)) {
    throw invalidInput([{ name: 'kind', reason: `must be one of ${IMPORT_KINDS.join(', ')}` }], `Unknown kind of import '${r.kind}'.`);
  }
  const kind = r.kind as ImportKind;
  const def = KINDS[kind];
  const parsed = def.options.safeParse(r.options ?? {});
  if (!parsed.success) {
    const errors: { name: string; reason: string }[] = parsed.error.issues.map((i: z.core.$ZodIssue) => ({
      name: `options.${i.path.map(String).join('.')}`.replace(/\.$/, ''),
      reason: i.message,
    }));
    throw invalidInput(errors, `The options of a ${kind} import are not valid: ${errors.map((e) => `${e.name}: ${e.reason}`).join('; ')}.`);
  }
  const fileName = safeFileName(r.fileName);
  if (!def.extensions.some((e) => fileName.toLowerCase().endsWith(e))) {
    throw invalidInput(
      [{ name: 'file', reason: `must end in ${def.extensions.join(', ')}` }],
      `${fileName}: a ${kind} import reads ${def.extensions.join(', ')} files.`,
    );
  }
  return { kind, options: parsed.data as Record<string, unknown>, fileName };
}

/** A new job for a checked request (admins); `runner` is who will run it. */
export async function createImportJob(
  ctx: ServiceContext,
  gemeente: string,
  r: ImportRequest & { fileBytes: number; runner: string | null },
): Promise<JobRow> {
  authorize(ctx, 'imports:run');
  const checked = checkImportRequest(r);
  const job = await insertJob(ctx.db, {
    gemeente,
    kind: checked.kind,
    fileName: checked.fileName,
    fileBytes: r.fileBytes,
    options: checked.options,
    createdBy: actorLabel(ctx.actor),
    runner: r.runner,
  });
  await recordProcessing(ctx, {
    activity: 'imports.run',
    operation: 'create',
    attributes: { job: job.id, kind: job.kind, step: 'queued' },
  });
  return job;
}

export async function listImportJobs(ctx: ServiceContext, gemeente: string, limit = 20): Promise<ImportJobView[]> {
  authorize(ctx, 'imports:run');
  return (await recentJobs(ctx.db, gemeente, limit)).map((j) => jobView(j, false));
}

export async function getImportJob(ctx: ServiceContext, gemeente: string, id: number): Promise<ImportJobView> {
  authorize(ctx, 'imports:run');
  const job = await findJob(ctx.db, gemeente, id);
  if (!job) throw notFoundBecause(`There is no import job ${id}.`);
  return jobView(job, true);
}

/**
 * Runs a claimed job on `file` (status `running`): the kind's import, progress saved at most
 * twice a second (and passed to `onProgress`), then the report or the failure stored with the job
 * and logged. Answers the report; throws the import's own error after storing it.
 */
export async function runImportJob(
  ctx: ServiceContext,
  job: JobRow,
  file: string,
  o: { label?: string; localFiles?: { wijken?: string }; onProgress?: (p: ImportProgress) => void } = {},
): Promise<ImportReport> {
  const def = KINDS[job.kind as ImportKind];
  let saved = 0;
  const onProgress = (p: ImportProgress) => {
    o.onProgress?.(p);
    const now = Date.now();
    if (now - saved < 500) return;
    saved = now;
    void saveProgress(ctx.db, job.id, p.rows, p.bytes ?? 0).catch(() => undefined);
  };
  const attributes = { job: job.id, kind: job.kind, bytes: job.file_bytes };
  try {
    const report = await def.run(ctx, {
      file,
      label: o.label ?? job.file_name,
      municipality: job.gemeente_code,
      options: def.options.parse(job.options),
      ...(o.localFiles ? { localFiles: o.localFiles } : {}),
      onProgress,
    });
    await finishJob(ctx.db, job.id, report);
    await recordProcessing(ctx, { activity: 'imports.run', operation: 'create', attributes: { ...attributes, ...report.counts } });
    return report;
  } catch (err) {
    const failure = failureOf(err);
    await failJob(ctx.db, job.id, failure).catch(() => undefined);
    await recordProcessing(ctx, {
      activity: 'imports.run',
      operation: 'create',
      status: 'ERROR',
      attributes: { ...attributes, problem: failure.type },
    }).catch(() => undefined);
    throw err;
  }
}

/**
 * An import run now in this process (the CLI): a job like the browser's, started at once and kept
 * alive by a beat while it runs, so a server on the same PostgreSQL does not take it for abandoned.
 */
export async function importNow(
  ctx: ServiceContext,
  gemeente: string,
  r: { kind: string; options: unknown; file: string; localFiles?: { wijken?: string }; onProgress?: (p: ImportProgress) => void },
): Promise<ImportReport> {
  const runner = `cli:${process.pid}:${ctx.traceId.slice(0, 8)}`;
  const bytes = fs.statSync(r.file, { throwIfNoEntry: false })?.size;
  if (bytes === undefined) throw invalidInput([{ name: 'file', reason: `${r.file} does not exist` }]);
  const job = await createImportJob(ctx, gemeente, {
    kind: r.kind,
    options: r.options,
    fileName: path.basename(r.file),
    fileBytes: bytes,
    runner,
  });
  const timer = setInterval(() => void beat(ctx.db, runner).catch(() => undefined), 15_000);
  timer.unref();
  try {
    return await runImportJob(ctx, await startJob(ctx.db, job.id), r.file, {
      label: r.file,
      ...(r.localFiles ? { localFiles: r.localFiles } : {}),
      ...(r.onProgress ? { onProgress: r.onProgress } : {}),
    });
  } finally {
    clearInterval(timer);
  }
}
