import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { ServiceContext } from '../../core/context.ts';
import type { Database } from '../../db/database.ts';
import { FIXTURES, GM, openIncidentTestDatabase, SEED_DIR } from '../../../test/fixtures/incidents/setup.ts';
import { getIncidentColumns, reloadIncidentColumns } from './columns-service.ts';
import { importIncidents } from './import/import-service.ts';
import { eventTableOf } from './event-table.ts';
import { selectEvents, type EventFilter } from './select-events.ts';
import { seedIncidentsIfEmpty } from './seed.ts';

const minute = (iso: string) => Date.parse(iso) / 60_000;

describe('incident columns (in-process copy for analysis)', () => {
  let database: Database;
  let ctx: ServiceContext;
  before(async () => {
    ({ database, ctx } = await openIncidentTestDatabase());
    // Up to the end of 2023: the synthetic years 2021–2023 only.
    await seedIncidentsIfEmpty(ctx, SEED_DIR, { synthetic: true, now: new Date('2024-01-01T00:00:00Z') });
  });
  after(async () => database.close());

  /** The selection rule of select-events.ts as SQL on `incidents`: events selected, of them synthetic, and left out for want of a buurt. */
  async function sqlCounts(f: EventFilter): Promise<{ n: number; synthetic: number; withoutBuurt: number }> {
    let q = database.db
      .selectFrom('incidents')
      .where('gemeente_code', '=', GM)
      .where('start_time', '>=', new Date(f.fromMin * 60_000))
      .where('start_time', '<', new Date(f.toMin * 60_000));
    const types = f.types;
    if (types)
      q = q.where((eb) =>
        eb.or(types.map((c) => (c.endsWith('.*') ? eb('crime_type', 'like', `${c.slice(0, -1)}%`) : eb('crime_type', '=', c)))),
      );
    const area = f.area;
    if (area?.startsWith('BU')) q = q.where('buurt_code', '=', area);
    if (area?.startsWith('WK')) q = q.where('buurt_code', 'like', `BU${area.slice(2)}%`);
    const r = await q
      .select([
        sql<number>`count(buurt_code)`.as('n'),
        sql<number>`count(buurt_code) filter (where synthetic)`.as('synthetic'),
        sql<number>`count(*) - count(buurt_code)`.as('withoutBuurt'),
      ])
      .executeTakeFirstOrThrow();
    return { n: Number(r.n), synthetic: Number(r.synthetic), withoutBuurt: Number(r.withoutBuurt) };
  }

  const selectedCounts = (cols: Awaited<ReturnType<typeof getIncidentColumns>>, f: EventFilter) => {
    const s = selectEvents(eventTableOf(cols), f);
    return { n: s.idx.length, synthetic: s.syntheticCount, withoutBuurt: s.withoutBuurt };
  };

  it('loads every incident once, with ids, times and codes as stored', async () => {
    const cols = await getIncidentColumns(ctx, GM);
    assert.equal(cols.length, 18_931);
    const row = await database.db.selectFrom('incidents').selectAll().orderBy('id').limit(1).executeTakeFirstOrThrow();
    const k = cols.id.indexOf(Number(row.id));
    assert.ok(k >= 0);
    assert.equal(cols.startMin[k], Math.floor(new Date(row.start_time).getTime() / 60_000));
    assert.equal(cols.crimeTypes.codes[cols.crimeType[k]!], row.crime_type);
    assert.equal(cols.areas.codes[cols.buurt[k]!], row.buurt_code);
    assert.equal(cols.x[k], row.x);
    assert.equal(cols.synthetic[k], 1);
  });

  it('selects events (selectEvents) exactly as the equivalent SQL count', async () => {
    const cols = await getIncidentColumns(ctx, GM);
    const filters: EventFilter[] = [
      { fromMin: minute('2000-01-01T00:00:00Z'), toMin: minute('2100-01-01T00:00:00Z') },
      { fromMin: minute('2022-03-01T00:00:00Z'), toMin: minute('2022-04-01T00:00:00Z') },
      { fromMin: minute('2023-06-01T00:00:00Z'), toMin: minute('2024-01-01T00:00:00Z'), types: ['1.4.*', '1.1.1'] },
      { fromMin: minute('2021-01-01T00:00:00Z'), toMin: minute('2021-07-01T00:00:00Z'), area: 'WK050501' },
      { fromMin: minute('2021-01-01T00:00:00Z'), toMin: minute('2024-01-01T00:00:00Z'), area: 'BU05050100', types: ['1.2.*', '2.2.1'] },
    ];
    for (const f of filters) {
      const got = selectedCounts(cols, f);
      assert.deepEqual(got, await sqlCounts(f), JSON.stringify(f));
      assert.ok(got.n > 0, JSON.stringify(f));
    }
  });

  it('takes in the rows of an import at once, the same as a full reload', async () => {
    const cols = await getIncidentColumns(ctx, GM);
    const before = cols.length;
    const s = await importIncidents(ctx, { file: path.join(FIXTURES, 'events-rd.csv'), municipality: GM, source: 'cols' });
    assert.equal(cols.length, before + 5);
    const ids = await database.db.selectFrom('incidents').select('id').where('batch_id', '=', s.batchId).orderBy('id').execute();
    const held = new Set(cols.id.subarray(0, cols.length));
    assert.ok(ids.length === 5 && ids.every((r) => held.has(Number(r.id))), 'every new id is held');
    assert.ok(
      cols.startMin.subarray(1, cols.length).every((m, k) => m >= cols.startMin[k]!),
      'events stay ordered by start',
    );
    const all = { fromMin: minute('2000-01-01T00:00:00Z'), toMin: minute('2100-01-01T00:00:00Z') };
    assert.deepEqual(selectedCounts(cols, all), await sqlCounts(all));
    assert.equal(selectedCounts(cols, all).n - selectedCounts(cols, all).synthetic, 5, 'the five imported events (not synthetic)');
    const fresh = await reloadIncidentColumns(ctx, GM);
    assert.notEqual(fresh, cols);
    const key = (c: typeof cols, k: number) =>
      [c.id[k], c.startMin[k], c.endMin[k], c.x[k], c.crimeTypes.codes[c.crimeType[k]!], c.areas.codes[c.buurt[k]!]].join();
    const appended = new Set(Array.from({ length: cols.length }, (_, k) => key(cols, k)));
    assert.equal(fresh.length, cols.length);
    for (let k = 0; k < fresh.length; k++) assert.ok(appended.has(key(fresh, k)));
  });

  it('catches up with a batch stored by another process', async () => {
    const cols = await getIncidentColumns(ctx, GM);
    const before = cols.length;
    const batch = await database.db
      .insertInto('incident_batches')
      .values({
        gemeente_code: GM,
        source: 'elsewhere',
        mode: 'all-or-nothing',
        actor: 'test',
        rows_read: 1,
        rows_inserted: 1,
        finished_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await database.db
      .insertInto('incidents')
      .values({
        gemeente_code: GM,
        source: 'elsewhere',
        source_id: 'E-1',
        crime_type: '1.1.1',
        start_time: new Date('2023-05-05T10:00:00Z'),
        end_time: null,
        x: 104959.39,
        y: 425568.83,
        lat: 51.8164917,
        lon: 4.6614726,
        area_year: 2020,
        buurt_code: 'BU05050100',
        wijk_code: 'WK050501',
        offender_ref: null,
        victim_ref: null,
        address_ref: null,
        batch_id: Number(batch.id),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const after = await getIncidentColumns(ctx, GM);
    assert.equal(after.length, before + 1);
    const k = after.id.subarray(0, after.length).indexOf(Number(row.id));
    assert.equal(after.startLocal[k], minute('2023-05-05T12:00:00Z')); // 12:00 CEST
  });
});
