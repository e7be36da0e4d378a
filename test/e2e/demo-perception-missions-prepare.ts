/**
 * Prepares the database of the perception/missions demo browser test before the server starts:
 * migrations and the shipped data with the synthetic incidents (as `serve` does on first start),
 * then the demo content of the network, perception and missions modules through their
 * `PlatformModule.demo` loaders, in registry order (as `stadsveilig demo load` runs them).
 * Run: node --import tsx test/e2e/demo-perception-missions-prepare.ts   (environment as for `serve`)
 */
import { databaseTarget } from '../../src/db/database-target.ts';
import { loadConfig } from '../../src/core/config.ts';
import { systemContext } from '../../src/core/context.ts';
import { openDatabase } from '../../src/db/database.ts';
import { MODULES } from '../../src/modules/index.ts';
import { prepareDatabase } from '../../src/server/first-start.ts';

const config = loadConfig();
const database = await openDatabase(databaseTarget(config));
try {
  await prepareDatabase(database, config);
  const ctx = systemContext(database.db, 'e2e-demo');
  const env = { config, gemeente: config.municipality, now: new Date() };
  for (const m of MODULES.filter((x) => ['network', 'perception', 'missions'].includes(x.name)))
    for (const line of (await m.demo?.load(ctx, env)) ?? []) process.stdout.write(`${line}\n`);
} finally {
  await database.close();
}
