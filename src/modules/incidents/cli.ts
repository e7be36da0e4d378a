/** `stadsveilig import incidents FILE …` (incident-level events) and `stadsveilig import cbs-crime FILE …` (CBS counts). */
import fs from 'node:fs';
import type { Command } from 'commander';
import type { CliCommands } from '../../core/module-contract.ts';
import { CliError } from '../../core/errors.ts';
import { withDatabase } from '../../db/with-database.ts';
import { importCbsCrime, type CbsCrimeImportSummary } from './cbs-counts/cbs-crime-import.ts';
import { formatProblem } from './import-report.ts';
import { progressReporter } from './import/import-progress.ts';
import { importIncidents, type IncidentImportSummary } from './import/import-service.ts';

function parseYear(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1900 || n > 2200) throw new CliError(`--area-year: '${value}' is not a year`);
  return n;
}

function formatIncidentSummary(s: IncidentImportSummary): string {
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

function formatCbsCrimeSummary(s: CbsCrimeImportSummary): string {
  const totals = Object.entries(s.totalsByPeriod)
    .map(([p, n]) => `${p}: ${n}`)
    .join(', ');
  return (
    `${s.file} (${s.sourceTable}, indeling ${s.areaYear}): ${s.rowsRead} rows read, ${s.rowsStored} stored, ` +
    `${s.rowsOutsideMunicipality} of other municipalities skipped, ${s.rowsQuarantined} quarantined.\n` +
    (totals ? `Total crime over the buurten: ${totals}\n` : '')
  );
}

function registerIncidentImport(importCmd: Command): void {
  importCmd
    .command('incidents')
    .description('incident-level events (registered crimes with time window and place) from CSV or GeoJSON')
    .argument(
      '<file>',
      'CSV or GeoJSON with id, type, start[, end], x,y (RD New), lat,lon or postcode,huisnummer[, offender_ref, victim_ref, address_ref]',
    )
    .option('--source <name>', 'the system the ids belong to (default: the file name); reuse it for later exports')
    .option('--mapping <file>', 'JSON mapping of column names and local crime-type codes')
    .option('--quarantine', 'store the good rows and keep bad rows for review instead of rejecting the file')
    .action(async (file: string, opts: { source?: string; mapping?: string; quarantine?: boolean }) => {
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
        if (s.problems.length > 50)
          process.stdout.write(`  … ${s.problems.length - 50} more problems; see incident_quarantine (batch ${s.batchId})\n`);
      });
    });
}

function registerCbsCrimeImport(importCmd: Command): void {
  importCmd
    .command('cbs-crime')
    .description('registered crime per area from a CBS/Politie open-data CSV (47018NED, 47022NED, …)')
    .argument('<file>', 'CSV with SoortMisdrijf, WijkenEnBuurten, Perioden, GeregistreerdeMisdrijven_1')
    .option('--table <id>', 'CBS table id (default: from the file name)')
    .option('--area-year <year>', 'CBS indeling of the area codes (default: newest loaded)', parseYear)
    .option('--quarantine', 'store the good rows and keep bad rows for review instead of rejecting the file')
    .action(async (file: string, opts: { table?: string; areaYear?: number; quarantine?: boolean }) => {
      await withDatabase(async (ctx, _db, config) => {
        const s = await importCbsCrime(ctx, {
          file,
          municipality: config.municipality,
          ...(opts.table ? { sourceTable: opts.table } : {}),
          ...(opts.areaYear ? { areaYear: opts.areaYear } : {}),
          quarantine: Boolean(opts.quarantine),
        });
        process.stdout.write(formatCbsCrimeSummary(s));
        for (const p of s.problems.slice(0, 50)) process.stdout.write(`  quarantined ${formatProblem(s.file, p)}\n`);
      });
    });
}

export function registerIncidentCli({ importCmd }: CliCommands): void {
  registerIncidentImport(importCmd);
  registerCbsCrimeImport(importCmd);
}
