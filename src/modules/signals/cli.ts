/** `stadsveilig import signals FILE --mapping mapping.json`. */
import fs from 'node:fs';
import type { CliCommands } from '../../core/module-contract.ts';
import { CliError } from '../../core/errors.ts';
import { withDatabase } from '../../db/with-database.ts';
import { seedSignalDefaultsIfEmpty } from './config/category-seed.ts';
import { importSignals, mappingSchema } from './import/import-service.ts';

export function registerSignalCli({ importCmd }: CliCommands): void {
  importCmd
    .command('signals')
    .description('reports (meldingen) exported from another system (CSV or JSON array)')
    .argument('<file>', 'CSV or JSON file')
    .requiredOption('--mapping <file>', 'JSON mapping of fields, categories and statuses (see test/fixtures/signals/assen-mapping.json)')
    .action(async (file: string, opts: { mapping: string }) => {
      let json: unknown;
      try {
        json = JSON.parse(fs.readFileSync(opts.mapping, 'utf8'));
      } catch (err) {
        throw new CliError(`--mapping: ${opts.mapping} is not a readable JSON file (${(err as Error).message.slice(0, 120)})`);
      }
      const parsed = mappingSchema.safeParse(json);
      if (!parsed.success)
        throw new CliError(`--mapping: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      await withDatabase(async (ctx, _db, config) => {
        await seedSignalDefaultsIfEmpty(ctx, config.municipality, config.seedDir);
        const r = await importSignals(ctx, config.municipality, file, parsed.data);
        process.stdout.write(
          `${file}: ${r.rowsRead} rows read, ${r.inserted} imported, ${r.alreadyPresent} already present, ` +
            `${r.withoutBuurt} kept without buurt (no point, or no areas loaded).\n`,
        );
        for (const p of r.rejected.slice(0, 50)) process.stdout.write(`  line ${p.line}: ${p.reason}\n`);
      });
    });
}
