/** An import job as the API answers it: status, progress, and (in full) the report or the failure. */
import type { JobRow } from './job-store.ts';
import type { ImportKind } from './kinds.ts';
import type { ImportCounts, ImportFailure, ImportReport } from './report.ts';
import type { ImportJobStatus } from './tables.ts';

export interface ImportJobView {
  id: number;
  kind: ImportKind;
  fileName: string;
  fileBytes: number;
  status: ImportJobStatus;
  options: Record<string, unknown>;
  progress: { rowsRead: number; bytesRead: number; totalBytes: number };
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Done: the counts; in the full view also the text and the rows with a problem. */
  counts: ImportCounts | null;
  report: ImportReport | null;
  /** Failed: why (in the list view without the rows). */
  failure: ImportFailure | null;
}

const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

export function jobView(j: JobRow, full: boolean): ImportJobView {
  const report = j.report as unknown as ImportReport | null;
  const failure = j.error as unknown as ImportFailure | null;
  return {
    id: j.id,
    kind: j.kind as ImportKind,
    fileName: j.file_name,
    fileBytes: j.file_bytes,
    status: j.status,
    options: full ? j.options : {},
    progress: { rowsRead: j.rows_read, bytesRead: j.bytes_read, totalBytes: j.file_bytes },
    createdAt: iso(j.created_at)!,
    startedAt: iso(j.started_at),
    finishedAt: iso(j.finished_at),
    counts: report?.counts ?? null,
    report: full ? report : null,
    failure: failure && (full ? failure : { ...failure, rows: [] }),
  };
}
