/**
 * `stadsveilig import areas|cbs-crime|incidents|signals|survey|addresses FILE …`: each runs a job
 * through the one import service (import-service.ts `importNow`) in this process and prints the
 * same report the browser shows. On the embedded database a running server holds the data
 * directory: the command then says so in one line and points to Beheer → Imports.
 */
import fs from 'node:fs';
import { type Command, Option } from 'commander';
import type { CliCommands } from '../../core/module-contract.ts';
import { CliError } from '../../core/errors.ts';
import { DataDirLockedError } from '../../db/data-dir-lock.ts';
import { withDatabase } from '../../db/with-database.ts';
import { progressReporter, readEventMapping } from '../incidents/index.ts';
import { importNow } from './import-service.ts';
import type { ImportKind, ImportProgress } from './kinds.ts';

function parseYear(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d{4}$/.test(value) || n < 1900 || n > 2200) throw new CliError(`${flag} must be a four-digit year, got '${value}'`);
    return n;
  };
}

function readJson(flag: string, file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CliError(`${flag}: ${file} is not a readable JSON file (${(err as Error).message.slice(0, 120)})`);
  }
}

/** Runs one import job in-process and prints its report. */
async function run(
  kind: ImportKind,
  file: string,
  options: Record<string, unknown>,
  local: { municipality?: string; wijken?: string } = {},
): Promise<void> {
  try {
    await withDatabase(async (ctx, _db, config) => {
      const big = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
      const show = big > 5e6 ? progressReporter() : undefined;
      const onProgress = show && ((p: ImportProgress) => show({ phase: 'read', ...p }));
      const report = await importNow(ctx, local.municipality ?? config.municipality, {
        kind,
        options,
        file,
        ...(local.wijken ? { localFiles: { wijken: local.wijken } } : {}),
        ...(onProgress ? { onProgress } : {}),
      });
      show?.({ phase: 'done', rows: report.counts.rowsRead });
      process.stdout.write(report.text);
    }, `import-${kind}`);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      throw new CliError(
        `The embedded database in ${err.dir} is in use by a running Stadsveilig server (pid ${err.pid}): ` +
          'import the file in the browser under Beheer → Imports (/beheer/imports), or stop the server first.',
        2,
      );
    }
    throw err;
  }
}

const quarantineFlag = ['--quarantine', 'store the good rows and keep bad rows for review instead of rejecting the file'] as const;

function areasCommand(importCmd: Command): void {
  importCmd
    .command('areas')
    .description('import a CBS wijk- en buurtkaart buurten file (GeoJSON, CSV with hex WKB/EWKB geometry, GeoPackage) as one vintage')
    .argument('<file>', 'buurten file: .geojson/.json, .csv or .gpkg')
    .option('--year <yyyy>', 'vintage year (default: from the jrstatcode column)', parseYear('--year'))
    .option('--municipality <GMxxxx>', 'gemeente code to import from a national file (default: STADSVEILIG_MUNICIPALITY)')
    .addOption(new Option('--crs <crs>', 'coordinate system of the file (default: detected)').choices(['EPSG:28992', 'EPSG:4326']))
    .option('--wijken <file>', 'wijken file with the wijk polygons (default: dissolved from the buurten)')
    .option('--layer <table>', 'GeoPackage feature table (default: the one with buurt codes)')
    .option('--replace', 'replace the vintage if it is already loaded')
    .action(
      async (
        file: string,
        o: { year?: number; municipality?: string; crs?: string; replace?: boolean; wijken?: string; layer?: string },
      ) => {
        if (o.municipality !== undefined && !/^GM\d{4}$/.test(o.municipality)) {
          throw new CliError(`--municipality must be a CBS gemeente code such as GM0505, got '${o.municipality}'`);
        }
        await run(
          'areas',
          file,
          { year: o.year, crs: o.crs, replace: o.replace, layer: o.layer },
          { municipality: o.municipality, wijken: o.wijken },
        );
      },
    );
}

function incidentCommands(importCmd: Command): void {
  importCmd
    .command('incidents')
    .description('incident-level events (registered crimes with time window and place) from CSV or GeoJSON')
    .argument(
      '<file>',
      'CSV or GeoJSON with id, type, start[, end], x,y (RD New), lat,lon or postcode,huisnummer[, offender_ref, victim_ref, address_ref]',
    )
    .option('--source <name>', 'the system the ids belong to (default: the file name); reuse it for later exports')
    .option('--mapping <file>', 'JSON mapping of column names and local crime-type codes')
    .option(...quarantineFlag)
    .action(async (file: string, o: { source?: string; mapping?: string; quarantine?: boolean }) => {
      const mapping = o.mapping ? readEventMapping(o.mapping) : undefined;
      await run('incidents', file, { source: o.source, mapping, quarantine: o.quarantine });
    });
  importCmd
    .command('cbs-crime')
    .description('registered crime per area from a CBS/Politie open-data CSV (47018NED, 47022NED, …)')
    .argument('<file>', 'CSV with SoortMisdrijf, WijkenEnBuurten, Perioden, GeregistreerdeMisdrijven_1')
    .option('--table <id>', 'CBS table id (default: from the file name)')
    .option('--area-year <year>', 'CBS indeling of the area codes (default: newest loaded)', parseYear('--area-year'))
    .option(...quarantineFlag)
    .action(async (file: string, o: { table?: string; areaYear?: number; quarantine?: boolean }) => {
      await run('cbs-crime', file, { table: o.table, areaYear: o.areaYear, quarantine: o.quarantine });
    });
}

function otherCommands(importCmd: Command): void {
  importCmd
    .command('signals')
    .description('reports (meldingen) exported from another system (CSV or JSON array)')
    .argument('<file>', 'CSV or JSON file')
    .requiredOption('--mapping <file>', 'JSON mapping of fields, categories and statuses (see test/fixtures/signals/assen-mapping.json)')
    .action(async (file: string, o: { mapping: string }) => {
      await run('signals', file, { mapping: readJson('--mapping', o.mapping) });
    });
  importCmd
    .command('survey')
    .description('survey results per indicator, area and year (Veiligheidsmonitor or own survey)')
    .argument('<file>', 'CSV: indicator;area;year;value;n;margin (or ciLower;ciUpper), decimal comma or point')
    .option('--source <label>', 'source stored with every figure, e.g. "CBS Veiligheidsmonitor 2023"')
    .option(...quarantineFlag)
    .action(async (file: string, o: { source?: string; quarantine?: boolean }) => {
      await run('survey', file, { source: o.source, quarantine: o.quarantine });
    });
  importCmd
    .command('addresses')
    .description('BAG address points (postcode, huisnummer → point) so incident rows with only postcode + huisnummer can be placed')
    .argument(
      '<file>',
      "NLExtract bagadres CSV (';'), or CSV with postcode,huisnummer[,huisletter][,toevoeging] and x,y (RD New) or lat,lon",
    )
    .option('--source <name>', 'name of this address source (default: the file name); a re-import of it replaces its rows')
    .action(async (file: string, o: { source?: string }) => {
      await run('addresses', file, { source: o.source });
    });
}

export function registerImportCli({ importCmd }: CliCommands): void {
  areasCommand(importCmd);
  incidentCommands(importCmd);
  otherCommands(importCmd);
}
