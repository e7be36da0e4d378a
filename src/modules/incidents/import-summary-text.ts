/** The summaries printed after an incident or CBS crime import (the CLI, and the report of an import job). */
import type { CbsCrimeImportSummary } from './cbs-counts/cbs-crime-import.ts';
import type { IncidentImportSummary } from './import/import-options.ts';

export function formatIncidentSummary(s: IncidentImportSummary): string {
  const seconds = s.seconds.read + s.seconds.store;
  const rate = seconds > 0 ? Math.round(s.rowsRead / seconds).toLocaleString('en') : '–';
  const years = Object.entries(s.byAreaYear)
    .map(([y, n]) => `${n} in indeling ${y}`)
    .join(', ');
  return (
    `${s.file} (${s.kind}, source '${s.source}', batch ${s.batchId}): ${s.rowsRead} rows read, ${s.rowsInserted} stored, ` +
    `${s.rowsUnchanged} unchanged (already stored), ${s.rowsQuarantined} quarantined.\n` +
    (years ? `Placed: ${years}.\n` : '') +
    (s.parallel
      ? `Time: ${s.seconds.read.toFixed(1)} s reading and checking in ${s.parallel.workers} worker threads while storing (${s.parallel.chunks} chunks), ` +
        `${s.seconds.store.toFixed(1)} s finishing (indexes) (${rate} rows/s).\n`
      : `Time: ${s.seconds.read.toFixed(1)} s reading and checking, ${s.seconds.store.toFixed(1)} s storing (${rate} rows/s).\n`)
  );
}

export function formatCbsCrimeSummary(s: CbsCrimeImportSummary): string {
  const totals = Object.entries(s.totalsByPeriod)
    .map(([p, n]) => `${p}: ${n}`)
    .join(', ');
  return (
    `${s.file} (${s.sourceTable}, indeling ${s.areaYear}): ${s.rowsRead} rows read, ${s.rowsStored} stored, ` +
    `${s.rowsOutsideMunicipality} of other municipalities skipped, ${s.rowsQuarantined} quarantined.\n` +
    (totals ? `Total crime over the buurten: ${totals}\n` : '')
  );
}
