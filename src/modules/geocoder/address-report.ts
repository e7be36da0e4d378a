/**
 * Row problems of an address import, in the convention of src/core/import-report.ts. There is no
 * quarantine for addresses: a bad row rejects the file and nothing is stored.
 */
import { importRejected, type RowProblem } from '../../core/import-report.ts';

export { formatProblem, MAX_REPORTED_PROBLEMS, type RowProblem } from '../../core/import-report.ts';

export function addressImportRejected(file: string, problems: RowProblem[], badRows: number) {
  return importRejected(file, problems, badRows, {
    outcome: 'nothing was stored and the address points loaded before are unchanged',
    advice: 'Fix them and import again.',
  });
}
