/** `stadsveilig cases retention [--dry-run] [--now DATE]`: anonymises the cases that fell due (see retention.ts). */
import type { CliCommands } from '../../../core/module-contract.ts';
import { CliError } from '../../../core/errors.ts';
import { withDatabase } from '../../../db/with-database.ts';
import { runCaseRetention } from './retention.ts';

export function registerCasesCli({ program }: CliCommands): void {
  const casesCmd =
    program.commands.find((c) => c.name() === 'cases') ?? program.command('cases').description('PGA cases (person-oriented approach)');
  casesCmd
    .command('retention')
    .description('anonymise the cases closed more than STADSVEILIG_CASE_RETENTION_YEARS ago and add them to the year’s proof')
    .option('--dry-run', 'only list the references that are due')
    .option('--now <date>', 'run as if it were this date (YYYY-MM-DD or ISO time)')
    .action(async (opts: { dryRun?: boolean; now?: string }) => {
      const now = opts.now ? new Date(opts.now) : new Date();
      if (Number.isNaN(now.getTime())) throw new CliError(`--now: "${opts.now}" is not a date (YYYY-MM-DD).`);
      await withDatabase(async (ctx, _db, config) => {
        const run = await runCaseRetention(ctx, {
          gemeente: config.municipality,
          retentionYears: config.caseRetentionYears,
          now,
          dryRun: Boolean(opts.dryRun),
        });
        const verb = run.dryRun ? 'due (dry run, nothing changed)' : 'anonymised';
        process.stdout.write(`cases closed before ${run.closedBefore.slice(0, 10)}: ${run.references.length} ${verb}\n`);
        for (const ref of run.references) process.stdout.write(`  ${ref}\n`);
      }, 'case-retention');
    });
}
