/**
 * Prepares the database of a browser test that runs with STADSVEILIG_DEMO=off before the server
 * starts: migrations and the shipped data (as `serve` does on first start), then only the synthetic
 * demo incidents (support/demo-incidents.ts), so the test's own missions are the only ones.
 * Run: node --import tsx test/e2e/demo-incidents-prepare.ts   (environment as for `serve`)
 */
import { databaseTarget } from '../../src/db/database-target.ts';
import { loadConfig } from '../../src/core/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { prepareDatabase } from '../../src/server/first-start.ts';
import { loadDemoIncidents } from './support/demo-incidents.ts';

const config = loadConfig();
const database = await openDatabase(databaseTarget(config));
try {
  await prepareDatabase(database, config);
  for (const line of await loadDemoIncidents(database, config)) process.stdout.write(`${line}\n`);
} finally {
  await database.close();
}
