import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase, type Database } from './database.ts';

// The embedded engine is one connection: a transaction must not swallow concurrent queries.
describe('embedded dialect isolation', () => {
  let database: Database;
  before(async () => {
    database = await openDatabase({ engine: 'embedded', memory: true });
    await database.execScript('CREATE TABLE t (v int)');
  });
  after(async () => database.close());

  it('keeps a concurrent write out of a transaction that rolls back', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const tx = database.db
      .transaction()
      .execute(async (trx) => {
        await sql`INSERT INTO t VALUES (1)`.execute(trx);
        await gate;
        throw new Error('roll back');
      })
      .catch(() => 'rolled back');
    const outside = sql`INSERT INTO t VALUES (2)`.execute(database.db);
    setTimeout(release, 20);
    assert.equal(await tx, 'rolled back');
    await outside;
    const rows = await sql<{ v: number }>`SELECT v FROM t ORDER BY v`.execute(database.db);
    assert.deepEqual(
      rows.rows.map((r) => r.v),
      [2],
    );
  });

  it('execScript is all or nothing', async () => {
    await assert.rejects(database.execScript('INSERT INTO t VALUES (7); INSERT INTO nope VALUES (1);'));
    const rows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM t WHERE v = 7`.execute(database.db);
    assert.equal(rows.rows[0]?.n, 0);
  });
});
