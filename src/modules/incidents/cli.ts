/** `stadsveilig import cbs-crime FILE` and `stadsveilig import incidents FILE`. */
import type { CliCommands } from '../../core/module-contract.ts';
import { CliError } from '../../core/errors.ts';
import { withDatabase } from '../../db/with-database.ts';
import { importCbsCrime } from './cbs-crime-import.ts';
import { registerIncidentImportCli } from './event-cli.ts';
import { formatProblem } from './import-report.ts';

function parseYear(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1900 || n > 2200) throw new CliError(`--area-year: '${value}' is not a year`);
  return n;
}

export function registerIncidentCli({ importCmd }: CliCommands): void {
  registerIncidentImportCli(importCmd);
  importCmd
    .command('cbs-crime')
    .description('registered crime per area from a CBS/Politie open-data CSV (47018NED, 47022NED, …)')
    .argument('<file>', 'CSV with SoortMisdrijf, WijkenEnBuurten, Perioden, GeregistreerdeMisdrijven_1')
    .option('--table <id>', 'CBS table id (default: from the file name)')
    .option('--area-year <year>', 'CBS indeling of the area codes (default: newest loaded)', parseYear)
    .option('--quarantine', 'store the good rows and keep bad rows for review instead of rejecting the file')
    .action(
      async (file: string, opts: { table?: string; areaYear?: number; quarantine?: boolean }) => {
        await withDatabase(async (ctx, _db, config) => {
          const s = await importCbsCrime(ctx, {
            file,
            municipality: config.municipality,
            ...(opts.table ? { sourceTable: opts.table } : {}),
            ...(opts.areaYear ? { areaYear: opts.areaYear } : {}),
            quarantine: Boolean(opts.quarantine),
          });
          const totals = Object.entries(s.totalsByPeriod).map(([p, n]) => `${p}: ${n}`).join(', ');
          process.stdout.write(
            `${s.file} (${s.sourceTable}, indeling ${s.areaYear}): ${s.rowsRead} rows read, ${s.rowsStored} stored, ` +
              `${s.rowsOutsideMunicipality} of other municipalities skipped, ${s.rowsQuarantined} quarantined.\n` +
              (totals ? `Total crime over the buurten: ${totals}\n` : ''),
          );
          for (const p of s.problems.slice(0, 50)) process.stdout.write(`  quarantined ${formatProblem(s.file, p)}\n`);
        });
      },
    );
}
