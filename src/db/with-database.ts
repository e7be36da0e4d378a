/**
 * For commands and jobs outside the server: open and migrate the configured database, run `fn` as
 * the system actor, close the database (which releases the embedded data-directory lock).
 */
import { loadConfig, type Config } from '../core/config.ts';
import { systemContext, type ServiceContext } from '../core/context.ts';
import { databaseTarget } from './database-target.ts';
import { openDatabase, type Database } from './database.ts';
import { migrate } from './migrate.ts';

export async function withDatabase<T>(
  fn: (ctx: ServiceContext, database: Database, config: Config) => Promise<T>,
  name = 'cli',
): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(databaseTarget(config));
  try {
    await migrate(database);
    return await fn(systemContext(database.db, name), database, config);
  } finally {
    await database.close();
  }
}
