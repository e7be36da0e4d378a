/** `stadsveilig import addresses FILE [--source NAME]`: BAG address points for postcode + huisnummer placing. */
import type { CliCommands } from '../../core/module-contract.ts';
import { withDatabase } from '../../db/with-database.ts';
import { importAddresses, type AddressImportSummary } from './address-import-service.ts';

const SHAPES: Record<AddressImportSummary['shape'], string> = { 'nlextract-bagadres': 'NLExtract bagadres', generic: 'generic CSV' };

/** The summary printed at the end of an import (also used by tests). */
export function formatAddressSummary(s: AddressImportSummary): string {
  const n = (v: number) => v.toLocaleString('en');
  const skipped = [
    s.outside ? `${n(s.outside)} outside ${s.municipality}` : '',
    s.withoutPostcode ? `${n(s.withoutPostcode)} without postcode` : '',
    s.duplicates
      ? `${n(s.duplicates)} repeating an address of an earlier line (first kept; line ${s.duplicateLines.join(', ')}${s.duplicates > s.duplicateLines.length ? ', …' : ''})`
      : '',
  ].filter(Boolean);
  return (
    `${s.file} (${SHAPES[s.shape]}, source '${s.source}'): ${n(s.rowsRead)} rows read, ${n(s.stored)} address points stored for ${s.municipality}` +
    `${s.replaced ? ` (replacing the ${n(s.replaced)} of the previous load of '${s.source}')` : ''}` +
    `${skipped.length ? `; skipped: ${skipped.join(', ')}` : ''}. ${s.seconds.toFixed(1)} s.\n`
  );
}

export function registerGeocoderCli({ importCmd }: CliCommands): void {
  importCmd
    .command('addresses')
    .description('BAG address points (postcode, huisnummer → point) so incident rows with only postcode + huisnummer can be placed')
    .argument(
      '<file>',
      "NLExtract bagadres CSV (';'), or CSV with postcode,huisnummer[,huisletter][,toevoeging] and x,y (RD New) or lat,lon",
    )
    .option('--source <name>', 'name of this address source (default: the file name); a re-import of it replaces its rows')
    .action(async (file: string, opts: { source?: string }) => {
      await withDatabase(async (ctx, _db, config) => {
        const s = await importAddresses(ctx, { file, municipality: config.municipality, ...(opts.source ? { source: opts.source } : {}) });
        process.stdout.write(formatAddressSummary(s));
      });
    });
}
