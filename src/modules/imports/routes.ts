/**
 * /api/v1/imports: start an import from the browser (multipart: fields `kind` and `options` (JSON)
 * first, then the `file`), list the recent jobs, follow one. The upload is streamed to the data
 * directory (at most STADSVEILIG_IMPORT_MAX_BYTES) and the job runs in the background (job-runner.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import multipart from '@fastify/multipart';
import { bodyTooLarge, invalidInput } from '../../core/errors.ts';
import type { RouteModule } from '../../core/module-contract.ts';
import { checkImportRequest, createImportJob, getImportJob, listImportJobs } from './import-service.ts';
import { runnerFor } from './job-runner.ts';
import { importJob, jobList, jobParams } from './schema.ts';

const tags = ['imports'];

function fieldValue(fields: Record<string, unknown>, name: string): string | undefined {
  const f = fields[name] as { type?: string; value?: unknown } | undefined;
  return f?.type === 'field' && typeof f.value === 'string' ? f.value : undefined;
}

function parseOptions(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw invalidInput([{ name: 'options', reason: 'is not JSON' }], 'Send the options as a JSON object in the field "options".');
  }
}

export const importRoutes: RouteModule = async (app, { config, database }) => {
  if (!app.hasContentTypeParser('multipart/form-data')) await app.register(multipart);
  const g = config.municipality;
  // Started by the server after it listens (src/server/start.ts: failing jobs a stopped server left, beats).
  const runner = runnerFor(database.db, config.dataDir, (err, message) => app.log.error({ err }, message));
  app.addHook('onClose', async () => runner.stop());

  app.post(
    '/imports',
    {
      schema: {
        tags,
        summary:
          'Start an import (multipart/form-data: fields "kind" and "options" (JSON) first, then "file"); the job runs in the background',
        response: { 202: importJob },
      },
    },
    async (request, reply) => {
      const upload = await request.file({ limits: { fileSize: config.importMaxBytes, files: 1, fields: 4, fieldSize: 200_000 } });
      if (!upload) throw invalidInput([{ name: 'file', reason: 'missing' }], 'Send the file as multipart field "file".');
      const kind = fieldValue(upload.fields, 'kind');
      if (kind === undefined) {
        upload.file.resume();
        throw invalidInput([{ name: 'kind', reason: 'missing' }], 'Send the field "kind" (and "options") before the field "file".');
      }
      const r = { kind, options: parseOptions(fieldValue(upload.fields, 'options')), fileName: upload.filename || 'upload' };
      checkImportRequest(r); // before a byte is stored
      const job = await createImportJob(request.ctx, g, { ...r, fileBytes: 0, runner: runner.uploadId });
      const file = runner.fileOf(job);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      let broken: unknown = null;
      await pipeline(upload.file, fs.createWriteStream(file)).catch((err) => {
        broken = err;
      });
      const tooLarge = upload.file.truncated || (broken as { code?: string } | null)?.code === 'FST_REQ_FILE_TOO_LARGE';
      if (tooLarge || broken) {
        const problem = tooLarge
          ? bodyTooLarge(
              `${job.file_name} is larger than the ${config.importMaxBytes.toLocaleString('en')} bytes an import accepts (STADSVEILIG_IMPORT_MAX_BYTES).`,
              'File too large',
            )
          : invalidInput(
              [{ name: 'file', reason: 'the upload broke off' }],
              `${job.file_name}: the upload broke off; nothing was imported.`,
            );
        await runner.abandon(job, { type: problem.type, title: problem.title, detail: problem.message, rows: [], rowsTotal: 0 });
        throw problem;
      }
      await runner.queue(job, fs.statSync(file).size);
      return reply.code(202).send(await getImportJob(request.ctx, g, job.id));
    },
  );

  app.get(
    '/imports',
    { schema: { tags, summary: 'The recent import jobs (newest first) and the largest file accepted', response: { 200: jobList } } },
    async (request) => ({ jobs: await listImportJobs(request.ctx, g), maxBytes: config.importMaxBytes }),
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        tags,
        summary: 'One import job: status, progress, and the report when done',
        params: jobParams,
        response: { 200: importJob },
      },
    },
    async (request) => getImportJob(request.ctx, g, request.params.id),
  );
};
