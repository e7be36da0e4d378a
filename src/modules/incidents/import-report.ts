/**
 * Row-level problems of an import, reported as "line N, column C: reason", and the error thrown
 * when an all-or-nothing import meets any (nothing is stored then).
 */
import { AppError } from '../../core/errors.ts';

export interface RowProblem {
  line: number;
  column: string;
  reason: string;
}

export const MAX_REPORTED_PROBLEMS = 200;

export function formatProblem(file: string, p: RowProblem): string {
  return `${file}:${p.line} column ${p.column}: ${p.reason}`;
}

export function importRejected(file: string, problems: RowProblem[], badRows: number): AppError {
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
  const more = problems.length > shown.length ? ` (first ${shown.length} of ${problems.length} problems listed)` : '';
  return new AppError(
    400,
    'import-rejected',
    'Import rejected',
    `${file}: ${badRows} bad row(s); nothing was stored${more}. Fix them, or import with --quarantine to store the good rows and keep the bad ones for review.\n` +
      shown.map((p) => `  ${formatProblem(file, p)}`).join('\n'),
    shown.map((p) => ({ name: `line ${p.line}, column ${p.column}`, reason: p.reason })),
  );
}
