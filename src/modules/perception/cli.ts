/** `stadsveilig import survey FILE` (see survey-import.ts for the format). */
import type { CliCommands } from '../../core/module-contract.ts';
import { withDatabase } from '../../db/with-database.ts';
import { formatProblem, importSurvey } from './survey/survey-import.ts';

export function registerPerceptionCli({ importCmd }: CliCommands): void {
  importCmd
    .command('survey')
    .description('survey results per indicator, area and year (Veiligheidsmonitor or own survey)')
    .argument('<file>', 'CSV: indicator;area;year;value;n;margin (or ciLower;ciUpper), decimal comma or point')
    .option('--source <label>', 'source stored with every figure, e.g. "CBS Veiligheidsmonitor 2023"')
    .option('--quarantine', 'store the good rows and keep bad rows for review instead of rejecting the file')
    .action(async (file: string, opts: { source?: string; quarantine?: boolean }) => {
      await withDatabase(async (ctx, _db, config) => {
        const s = await importSurvey(ctx, {
          file,
          municipality: config.municipality,
          quarantine: Boolean(opts.quarantine),
          ...(opts.source ? { source: opts.source } : {}),
        });
        process.stdout.write(
          `${s.file} (${s.source}): ${s.rowsRead} rows read, ${s.rowsStored} stored, ${s.rowsQuarantined} quarantined; ` +
            `years ${s.years.join(', ') || '-'}; areas ${s.areas.join(', ') || '-'}.\n`,
        );
        for (const p of s.problems.slice(0, 50)) process.stdout.write(`  quarantined ${formatProblem(s.file, p)}\n`);
      });
    });
}
