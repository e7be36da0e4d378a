import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openTestDatabase } from '../../test/helpers/test-database.ts';
import type { Database } from './database.ts';
import { migrate, readMigrations } from './migrate.ts';

describe('migrations', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase({ migrate: false });
  });
  after(async () => database.close());

  it('applies every migration once, in order, and records checksums', async () => {
    const first = await migrate(database);
    const files = readMigrations();
    assert.deepEqual(
      first.applied,
      files.map((m) => `${String(m.version).padStart(4, '0')}_${m.name}`),
    );
    const second = await migrate(database);
    assert.deepEqual(second.applied, []);
    const rows = await database.db.selectFrom('schema_migrations').select(['version', 'checksum']).orderBy('version').execute();
    assert.deepEqual(
      rows.map((r) => r.checksum),
      files.map((m) => m.checksum),
    );
  });

  it('refuses a migration that was edited after it was applied', async () => {
    const files = readMigrations();
    const edited = files.map((m, i) => (i === 0 ? { ...m, checksum: 'different' } : m));
    await assert.rejects(migrate(database, edited), /was changed after it was applied/);
  });

  it('rolls back a failing migration completely', async () => {
    const bad = {
      version: 9999,
      name: 'broken',
      script: 'CREATE TABLE half_done (id int); SELECT * FROM no_such_table;',
      checksum: 'x',
    };
    await assert.rejects(migrate(database, [...readMigrations(), bad]));
    const exists = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half_done'`.execute(database.db);
    assert.equal(exists.rows[0]?.n, 0);
    const recorded = await database.db.selectFrom('schema_migrations').select('version').where('version', '=', 9999).execute();
    assert.equal(recorded.length, 0);
  });

  it('returns counts as numbers on both engines', async () => {
    const row = await database.db
      .selectFrom('schema_migrations')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(typeof row.n, 'number');
  });
});
