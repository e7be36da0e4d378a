/**
 * Row problems of an address import, in the import-report convention of the incidents module
 * ("file:line column C: reason", an `import-rejected` 400 listing every problem, the first 200 in
 * full). There is no quarantine for addresses: a bad row rejects the file and nothing is stored.
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

export function addressImportRejected(file: string, problems: RowProblem[], badRows: number): AppError {
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
  const more = problems.length > shown.length ? ` (first ${shown.length} of ${problems.length} problems listed)` : '';
  return new AppError(
    400,
    'import-rejected',
    'Import rejected',
    `${file}: ${badRows} bad row(s); nothing was stored and the address points loaded before are unchanged${more}. Fix them and import again.\n` +
      shown.map((p) => `  ${formatProblem(file, p)}`).join('\n'),
    shown.map((p) => ({ name: `line ${p.line}, column ${p.column}`, reason: p.reason })),
  );
}
