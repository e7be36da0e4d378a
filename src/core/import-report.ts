/**
 * The reporting convention of every file import (incidents, addresses, surveys): a row problem is
 * "file:line column C: reason", and an all-or-nothing import that meets any answers with one
 * `import-rejected` 400 listing every problem (the first 200 in full). Also the CSV delimiter rule
 * the imports share: `;` when the header line holds more `;` than `,`, else `,`.
 */
import fs from 'node:fs';
import { importRejectedError, type AppError } from './errors.ts';

export interface RowProblem {
  line: number;
  column: string;
  reason: string;
}

export const MAX_REPORTED_PROBLEMS = 200;

export function formatProblem(file: string, p: RowProblem): string {
  return `${file}:${p.line} column ${p.column}: ${p.reason}`;
}

/** What was kept, and what the user can do, in the rejection's text. */
export interface RejectionWording {
  /** e.g. "nothing was stored" */
  outcome: string;
  /** e.g. "Fix them and import again." */
  advice: string;
}

export function importRejected(file: string, problems: RowProblem[], badRows: number, w: RejectionWording): AppError {
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
  const more = problems.length > shown.length ? ` (first ${shown.length} of ${problems.length} problems listed)` : '';
  return importRejectedError(
    `${file}: ${badRows} bad row(s); ${w.outcome}${more}. ${w.advice}\n${shown.map((p) => `  ${formatProblem(file, p)}`).join('\n')}`,
    shown.map((p) => ({ name: `line ${p.line}, column ${p.column}`, reason: p.reason })),
  );
}

/** The delimiter of a CSV file by its header line. */
export function delimiterOf(headerLine: string): ',' | ';' {
  return (headerLine.match(/;/g)?.length ?? 0) > (headerLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** The delimiter of a CSV file, from its first line. */
export async function sniffDelimiter(file: string): Promise<',' | ';'> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return delimiterOf(buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/)[0] ?? '');
  } finally {
    await handle.close();
  }
}
