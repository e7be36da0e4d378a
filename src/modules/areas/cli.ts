/** `stadsveilig import areas FILE …`: import one vintage of a CBS wijk- en buurtkaart. */
import { Option } from 'commander';
import type { CliCommands } from '../../core/module-contract.ts';
import { CliError } from '../../core/errors.ts';
import { withDatabase } from '../../db/with-database.ts';
import type { Crs } from './geometry/crs.ts';
import { importAreas, type ImportSummary } from './import/import-service.ts';

interface ImportCliOptions {
  year?: string;
  municipality?: string;
  crs?: Crs;
  replace?: boolean;
  wijken?: string;
  layer?: string;
}

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new CliError(`--year must be a four-digit year, got '${value}'`);
  return Number(value);
}

/** The summary printed after an import (also used by tests). */
export function formatImportSummary(s: ImportSummary): string {
  const missing = s.withoutGeometry.length ? s.withoutGeometry.join(', ') : 'none';
  return [
    `${s.replaced ? 'Replaced' : 'Imported'} areas of ${s.municipality}, vintage ${s.year} (source CRS ${s.crs}).`,
    `  gemeente ${s.counts.gemeente}, wijken ${s.counts.wijk}, buurten ${s.counts.buurt}`,
    `  population (sum of buurten): ${s.population === null ? 'unknown' : s.population.toLocaleString('en-US')}`,
    `  areas without polygon: ${missing}`,
    '',
  ].join('\n');
}

export function registerAreaCli({ importCmd }: CliCommands): void {
  importCmd
    .command('areas')
    .description('import a CBS wijk- en buurtkaart buurten file (GeoJSON, CSV with hex WKB/EWKB geometry, GeoPackage) as one vintage')
    .argument('<file>', 'buurten file: .geojson/.json, .csv or .gpkg')
    .option('--year <yyyy>', 'vintage year (default: from the jrstatcode column)')
    .option('--municipality <GMxxxx>', 'gemeente code to import from a national file (default: STADSVEILIG_MUNICIPALITY)')
    .addOption(new Option('--crs <crs>', 'coordinate system of the file (default: detected)').choices(['EPSG:28992', 'EPSG:4326']))
    .option('--wijken <file>', 'wijken file with the wijk polygons (default: dissolved from the buurten)')
    .option('--layer <table>', 'GeoPackage feature table (default: the one with buurt codes)')
    .option('--replace', 'replace the vintage if it is already loaded')
    .action(async (file: string, opts: ImportCliOptions) => {
      const year = parseYear(opts.year);
      if (opts.municipality !== undefined && !/^GM\d{4}$/.test(opts.municipality)) {
        throw new CliError(`--municipality must be a CBS gemeente code such as GM0505, got '${opts.municipality}'`);
      }
      await withDatabase(async (ctx, _database, config) => {
        const summary = await importAreas(ctx, {
          file,
          wijkenFile: opts.wijken,
          year,
          municipality: opts.municipality ?? config.municipality,
          crs: opts.crs,
          replace: opts.replace ?? false,
          layer: opts.layer,
        });
        process.stdout.write(formatImportSummary(summary));
      }, 'import-areas');
    });
}
