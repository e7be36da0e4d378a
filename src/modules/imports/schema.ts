/** zod schemas of the imports API. */
import { z } from 'zod';
import { IMPORT_KINDS } from './kinds.ts';

const row = z.object({ line: z.number(), column: z.string().optional(), reason: z.string() });
const counts = z.object({
  rowsRead: z.number(),
  imported: z.number(),
  unchanged: z.number(),
  skipped: z.number(),
  quarantined: z.number(),
  rejected: z.number(),
});

export const importJob = z.object({
  id: z.number(),
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string(),
  fileBytes: z.number(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  options: z.record(z.string(), z.unknown()),
  progress: z.object({ rowsRead: z.number(), bytesRead: z.number(), totalBytes: z.number() }),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  counts: counts.nullable(),
  report: z.object({ text: z.string(), counts, rows: z.array(row), rowsTotal: z.number() }).nullable(),
  failure: z.object({ type: z.string(), title: z.string(), detail: z.string(), rows: z.array(row), rowsTotal: z.number() }).nullable(),
});

export const jobList = z.object({ jobs: z.array(importJob), maxBytes: z.number() });
export const jobParams = z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });
