/** `stadsveilig import incidents FILE [--source NAME] [--mapping mapping.json] [--quarantine]`. */
import fs from 'node:fs';
import type { Command } from 'commander';
import { withDatabase } from '../../db/with-database.ts';
import { importIncidents, type IncidentImportSummary } from './event-import.ts';
import { formatProblem } from './import-report.ts';
import { progressReporter } from './import-progress.ts';

export function formatIncidentSummary(s: IncidentImportSummary): string {
  const seconds = s.seconds.read + s.seconds.store;
  const rate = seconds > 0 ? Math.round(s.rowsRead / seconds).toLocaleString('en') : '–';
  const years = Object.entries(s.byAreaYear).map(([y, n]) => `${n} in indeling ${y}`).join(', ');
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

export function registerIncidentImportCli(importCmd: Command): void {
  importCmd
    .command('incidents')
    .description('incident-level events (registered crimes with time window and place) from CSV or GeoJSON')
    .argument('<file>', 'CSV or GeoJSON with id, type, start[, end], x,y (RD New), lat,lon or postcode,huisnummer[, offender_ref, victim_ref, address_ref]')
    .option('--source <name>', 'the system the ids belong to (default: the file name); reuse it for later exports')
    .option('--mapping <file>', 'JSON mapping of column names and local crime-type codes')
    .option('--quarantine', 'store the good rows and keep bad rows for review instead of rejecting the file')
    .action(
      async (file: string, opts: { source?: string; mapping?: string; quarantine?: boolean }) => {
        await withDatabase(async (ctx, _db, config) => {
          const s = await importIncidents(ctx, {
            file,
            municipality: config.municipality,
            ...(opts.source ? { source: opts.source } : {}),
            ...(opts.mapping ? { mapping: opts.mapping } : {}),
            quarantine: Boolean(opts.quarantine),
            ...(fs.statSync(file).size > 5e6 ? { onProgress: progressReporter() } : {}),
          });
          process.stdout.write(formatIncidentSummary(s));
          for (const p of s.problems.slice(0, 50)) process.stdout.write(`  quarantined ${formatProblem(s.file, p)}\n`);
          if (s.problems.length > 50) process.stdout.write(`  … ${s.problems.length - 50} more problems; see incident_quarantine (batch ${s.batchId})\n`);
        });
      },
    );
}
