/**
 * The report of an import job: the text the CLI prints, the counts, and the rows with a problem
 * (line, column, reason; the first 100) — for a done job the quarantined or skipped rows, for a
 * failed one the rows that rejected the file (from the `import-rejected` problem).
 */
import type { AppError } from '../../core/errors.ts';

export const MAX_REPORTED_ROWS = 100;

export interface ImportCounts {
  rowsRead: number;
  imported: number;
  /** Already stored by an earlier import. */
  unchanged: number;
  /** Left out on purpose (outside the municipality, without postcode, repeated). */
  skipped: number;
  /** Kept for review (with the quarantine option). */
  quarantined: number;
  /** Rows refused while the rest was stored. */
  rejected: number;
}

export interface ReportedRow {
  line: number;
  column?: string;
  reason: string;
}

export interface ImportReport {
  text: string;
  counts: ImportCounts;
  rows: ReportedRow[];
  /** How many rows had a problem (rows holds the first 100). */
  rowsTotal: number;
}

/** Why a job failed: the problem it ended with (type and readable detail) and its rejected rows. */
export interface ImportFailure {
  type: string;
  title: string;
  detail: string;
  rows: ReportedRow[];
  rowsTotal: number;
}

const LINE_FIELD = /^line (\d+)(?:, column (.+))?$/;

export function failureOf(err: unknown): ImportFailure {
  const app = err as Partial<AppError>;
  if (typeof app.status === 'number' && typeof app.type === 'string') {
    const rows: ReportedRow[] = [];
    for (const e of app.errors ?? []) {
      const m = LINE_FIELD.exec(e.name);
      if (m) rows.push({ line: Number(m[1]), ...(m[2] ? { column: m[2] } : {}), reason: e.reason });
    }
    return {
      type: app.type,
      title: app.title ?? 'Import failed',
      detail: (app.message ?? '').split('\n')[0]!.slice(0, 2000),
      rows: rows.slice(0, MAX_REPORTED_ROWS),
      rowsTotal: rows.length,
    };
  }
  return {
    type: 'internal',
    title: 'Internal error',
    detail: 'The import stopped on an unexpected error; it was logged. Nothing of this file was stored.',
    rows: [],
    rowsTotal: 0,
  };
}
