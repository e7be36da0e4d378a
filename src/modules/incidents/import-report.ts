/**
 * Row-level problems of an incident import (the shared convention of src/core/import-report.ts),
 * and the rejection of an all-or-nothing import that meets any (nothing is stored then).
 */
import { importRejected as rejected, type RowProblem } from '../../core/import-report.ts';

export { formatProblem, MAX_REPORTED_PROBLEMS, type RowProblem } from '../../core/import-report.ts';

export function importRejected(file: string, problems: RowProblem[], badRows: number) {
  return rejected(file, problems, badRows, {
    outcome: 'nothing was stored',
    advice: 'Fix them, or import with --quarantine to store the good rows and keep the bad ones for review.',
  });
}
