/**
 * What a CLI command needs: configuration and an opened, migrated database it closes afterwards.
 * Errors end the command with one readable line and a non-zero exit (see `runCommand`).
 */
import { ConfigError, loadConfig, type Config } from '../config/config.ts';
import { systemContext, type ServiceContext } from '../core/context.ts';
import { AppError } from '../core/errors.ts';
import { openDatabase, type Database } from '../db/database.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { migrate } from '../db/migrate.ts';

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'CliError';
  }
}

export function databaseTarget(config: Config) {
  return config.databaseUrl
    ? ({ engine: 'postgres', url: config.databaseUrl } as const)
    : ({ engine: 'embedded', dataDir: config.dataDir } as const);
}

/** Opens and migrates the configured database, runs `fn` as the system actor, closes the database. */
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

/** Turns any error into one clear line on stderr and an exit code. */
export function reportCliError(err: unknown): number {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    process.stderr.write(`stadsveilig: ${err.message}\n`);
    return 2;
  }
  if (err instanceof CliError) {
    process.stderr.write(`stadsveilig: ${err.message}\n`);
    return err.exitCode;
  }
  if (err instanceof AppError) {
    // Fields the message already states (an import's row problems, a file's line) are not repeated.
    const fields = err.errors.filter((e) => !err.message.includes(e.reason)).map((e) => `${e.name}: ${e.reason}`).join('; ');
    process.stderr.write(`stadsveilig: ${err.message}${fields ? ` (${fields})` : ''}\n`);
    return 1;
  }
  process.stderr.write(`stadsveilig: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.env.STADSVEILIG_DEBUG) console.error(err);
  return 1;
}

/** Wraps a commander action so failures print one line and set the exit code. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      process.exitCode = reportCliError(err);
    }
  };
}
