/** `stadsveilig import partners FILE` (see partner-import.ts for the columns and the all-or-nothing rule). */
import type { CliCommands } from '../../core/module-contract.ts';
import { CliError } from '../../core/errors.ts';
import { readTextFile } from '../../core/import-text.ts';
import { withDatabase } from '../../db/with-database.ts';
import { importSummary, parsePartnerCsv, writePartnerRows } from './partner-import.ts';

export function registerPartnerImportCli({ importCmd }: CliCommands): void {
  importCmd
    .command('partners')
    .description(
      'partner organisations (CSV: name, kind, areas, contactRole, description[, contactName, contactFunction, contactEmail, contactPhone]); existing names are updated',
    )
    .argument('<file>', 'CSV file, `,` or `;` separated, with a header line')
    .action(async (file: string) => {
      const { rows, problems } = parsePartnerCsv(readTextFile(file, file), file);
      if (problems.length) {
        throw new CliError(
          `nothing was imported: ${problems.length} problem(s) in ${file}; fix them and import again.\n${problems.join('\n')}`,
        );
      }
      await withDatabase(async (ctx, _db, config) => {
        const result = await writePartnerRows(ctx, config.municipality, rows);
        process.stdout.write(importSummary(file, result));
      }, 'import-partners');
    });
}
