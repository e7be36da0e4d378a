/**
 * A fresh, migrated database per test file on the engine under test: in-memory PGlite by default,
 * or a new PostgreSQL database (created and dropped) when DATABASE_URL is set.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';

export const engineUnderTest: 'embedded' | 'postgres' = process.env.DATABASE_URL ? 'postgres' : 'embedded';

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * For tests that start other processes: a fresh PostgreSQL database URL (when DATABASE_URL is set)
 * and a function that drops it; undefined on the embedded engine.
 */
export async function freshDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const url = process.env.DATABASE_URL;
  if (!url) return undefined;
  const name = `sv_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(url, `CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<Database> {
  let database: Database;
  const fresh = await freshDatabaseUrl();
  if (fresh) {
    const inner = await openDatabase({ engine: 'postgres', url: fresh.url, poolSize: 4 });
    database = {
      ...inner,
      async close() {
        await inner.close();
        await fresh.drop();
      },
    };
  } else {
    database = await openDatabase({ engine: 'embedded', memory: true });
  }
  if (options.migrate !== false) await migrate(database);
  return database;
}
