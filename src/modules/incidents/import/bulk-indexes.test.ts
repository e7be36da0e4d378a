/**
 * Bulk index mode of a large store (both engines): indexes and constraints dropped and rebuilt the
 * same, the rows all there; into an empty table the COPY freezes its rows (COPY … FREEZE, allowed
 * because the table was truncated in the same transaction), into a table that has rows it does not.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BulkSession, CopyData, Database } from '../../../db/database.ts';
import { GM, openIncidentTestDatabase } from '../../../../test/fixtures/incidents/setup.ts';
import { EventBatch } from './event-batch.ts';
import { storeEventBatch, type StoreResult } from './store-events.ts';

const ROWS = 12_000;

function batchOf(prefix: string): EventBatch {
  const batch = new EventBatch();
  for (let i = 0; i < ROWS; i++)
    batch.push({
      line: i + 2,
      sourceId: `${prefix}-${i}`,
      crimeType: '1.1.1',
      localType: null,
      startMs: Date.UTC(2024, 0, 1) + i * 60_000,
      endMs: Number.NaN,
      x: 104959.39,
      y: 425568.83,
      lat: 51.8,
      lon: 4.67,
      areaYear: 2024,
      buurtCode: 'BU05050101',
      wijkCode: 'WK050501',
      offenderRef: null,
      victimRef: null,
      addressRef: null,
    });
  return batch;
}

describe('incident store: bulk index mode', () => {
  let database: Database;
  before(async () => {
    ({ database } = await openIncidentTestDatabase());
  });
  after(async () => database.close());

  const schema = async () =>
    database.bulkSession(async (s) => {
      const ix = await s.query<{ d: string }>("SELECT indexdef AS d FROM pg_indexes WHERE tablename = 'incidents' ORDER BY indexname");
      const con = await s.query<{ d: string }>(
        "SELECT conname || ' ' || pg_get_constraintdef(oid) AS d FROM pg_constraint WHERE conrelid = 'incidents'::regclass ORDER BY conname",
      );
      return [...ix.rows, ...con.rows].map((r) => r.d);
    });

  /** Stores a batch of `source`, noting whether each COPY asked to freeze its rows. */
  async function store(source: string): Promise<{ result: StoreResult; freeze: (boolean | undefined)[] }> {
    const freeze: (boolean | undefined)[] = [];
    const result = await database.bulkSession((s) => {
      const spy: BulkSession = {
        ...s,
        query: (sql, params) => s.query(sql, params),
        copyTo: (select, format) => s.copyTo(select, format),
        copyFrom: (table: string, columns: string[], data: CopyData) => {
          freeze.push(data.freeze);
          return s.copyFrom(table, columns, data);
        },
      };
      return storeEventBatch(spy, {
        gemeente: GM,
        source,
        fileName: null,
        mode: 'all-or-nothing',
        actor: 'test',
        batch: batchOf(source),
        bad: [],
        rowsRead: ROWS,
      });
    });
    return { result, freeze };
  }

  it('freezes the rows of a first load into an empty table and rebuilds every index and constraint', async () => {
    const before = await schema();
    assert.ok(
      before.some((d) => d.includes('PRIMARY KEY')) &&
        before.some((d) => d.includes('UNIQUE')) &&
        before.some((d) => d.includes('FOREIGN KEY')),
    );
    const first = await store('bulk-a');
    assert.equal(first.result.bulkMode, true);
    assert.deepEqual(first.freeze, [true]);
    assert.deepEqual(await schema(), before);
    const second = await store('bulk-b');
    assert.equal(second.result.bulkMode, true, 'as many rows as the table holds: bulk mode again');
    assert.deepEqual(second.freeze, [false], 'the table has rows: not truncated, no FREEZE');
    assert.deepEqual(await schema(), before);
    const counts = await database.db
      .selectFrom('incidents')
      .select(['source', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('source')
      .orderBy('source')
      .execute();
    assert.deepEqual(
      counts.map((c) => [c.source, Number(c.n)]),
      [
        ['bulk-a', ROWS],
        ['bulk-b', ROWS],
      ],
    );
  });
});
