/**
 * An in-process application on a fresh test database, for API tests with `app.inject`.
 */
import type { Config } from '../../src/core/config.ts';
import type { Database } from '../../src/db/database.ts';
import { buildApp } from '../../src/http/app.ts';
import type { App } from '../../src/core/module-contract.ts';
import { testConfig } from './test-config.ts';
import { openTestDatabase } from './test-database.ts';

export interface TestApp {
  app: App;
  database: Database;
  config: Config;
  close(): Promise<void>;
}

export async function createTestApp(
  options: { config?: Partial<Config>; prepare?: (database: Database, config: Config) => Promise<void> } = {},
): Promise<TestApp> {
  const config = testConfig(options.config);
  const database = await openTestDatabase();
  if (options.prepare) await options.prepare(database, config);
  const app = await buildApp({ config, database });
  await app.ready();
  return {
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
