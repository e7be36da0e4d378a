/**
 * `stadsveilig import enforcement FILE [--source NAME] [--strict] [--dry-run]`: an enforcement CSV
 * (format in README.md) through the one import service. Prints the counts and every bad row as
 * `FILE:ROW: reden`; exit code 0 when the file was read (bad rows quarantined), 1 when refused.
 */
import { CliError } from '../../core/errors.ts';
import type { CliCommands } from '../../core/module-contract.ts';
import { DataDirLockedError } from '../../db/data-dir-lock.ts';
import { withDatabase } from '../../db/with-database.ts';
import { formatEnforcementSummary, importEnforcement } from './import-service.ts';

export function registerEnforcementCli({ importCmd }: CliCommands): void {
  importCmd
    .command('enforcement')
    .description('BOA-handhavingsregistraties (waarschuwingen, bekeuringen, processen-verbaal) met feitcode, tijd en plaats, uit CSV')
    .argument(
      '<file>',
      'CSV (`;` of `,`): kenmerk, datum, tijd, feitcode, omschrijving, soort en x,y / lat,lon / postcode,huisnummer / adres',
    )
    .option('--source <name>', 'het systeem waar de kenmerken vandaan komen (standaard: boa)')
    .option('--strict', 'alles of niets: bij één foute regel wordt niets opgeslagen')
    .option('--dry-run', 'alleen controleren en tellen; niets opslaan')
    .action(async (file: string, o: { source?: string; strict?: boolean; dryRun?: boolean }) => {
      if (o.source !== undefined && !/^[a-z0-9-]{1,50}$/.test(o.source))
        throw new CliError(`--source moet kleine letters, cijfers en '-' zijn (max. 50), niet '${o.source}'`);
      try {
        await withDatabase(async (ctx, _db, config) => {
          const s = await importEnforcement(ctx, config.municipality, {
            file,
            label: file,
            ...(o.source ? { source: o.source } : {}),
            strict: Boolean(o.strict),
            dryRun: Boolean(o.dryRun),
          });
          process.stdout.write(formatEnforcementSummary(s));
        }, 'import-enforcement');
      } catch (err) {
        if (err instanceof DataDirLockedError)
          throw new CliError(
            `De ingebouwde database in ${err.dir} is in gebruik door een draaiende Stadsveilig-server (pid ${err.pid}): ` +
              'importeer het bestand in de browser onder Beheer → Imports, of stop eerst de server.',
            2,
          );
        throw err;
      }
    });
}
