/**
 * Prepares the database of the report-place browser test before the server starts: migrations and
 * the shipped data (as `serve` does), then the made-up BAG addresses of
 * test/fixtures/geocoder/bagadres-dordrecht.csv through the geocoder's own import.
 * Run: node --import tsx test/e2e/report-place-prepare.ts   (environment as for `serve`)
 */
import path from 'node:path';
import { loadConfig, projectRoot } from '../../src/core/config.ts';
import { systemContext } from '../../src/core/context.ts';
import { databaseTarget } from '../../src/db/database-target.ts';
import { openDatabase } from '../../src/db/database.ts';
import { importAddresses } from '../../src/modules/geocoder/index.ts';
import { prepareDatabase } from '../../src/server/first-start.ts';

const config = loadConfig();
const database = await openDatabase(databaseTarget(config));
try {
  await prepareDatabase(database, config);
  const file = path.join(projectRoot, 'test', 'fixtures', 'geocoder', 'bagadres-dordrecht.csv');
  const s = await importAddresses(systemContext(database.db), { file, municipality: config.municipality, source: 'bag' });
  if (s.stored !== 5) throw new Error(`expected 5 address points, stored ${s.stored}`);
} finally {
  await database.close();
}
