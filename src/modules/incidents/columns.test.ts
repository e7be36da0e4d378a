import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { ServiceContext } from '../../core/context.ts';
import type { Database } from '../../db/database.ts';
import { FIXTURES, GM, openIncidentTestDatabase, SEED_DIR } from '../../../test/fixtures/incidents/setup.ts';
import type { IncidentFilter } from './columns.ts';
import { getIncidentColumns, reloadIncidentColumns } from './columns-service.ts';
import { importIncidents } from './import/import-service.ts';
import { seedIncidentsIfEmpty } from './seed.ts';

const minute = (iso: string) => Date.parse(iso) / 60_000;

describe('incident columns (in-process copy for analysis)', () => {
  let database: Database;
  let ctx: ServiceContext;
  before(async () => {
    ({ database, ctx } = await openIncidentTestDatabase());
    await seedIncidentsIfEmpty(ctx, SEED_DIR, { synthetic: true });
  });
  after(async () => database.close());

  /** The same filter as SQL on `incidents`. */
  async function sqlCount(f: IncidentFilter): Promise<number> {
    let q = database.db.selectFrom('incidents').select((eb) => eb.fn.countAll<number>().as('n')).where('gemeente_code', '=', GM);
    if (f.from !== undefined) q = q.where(sql<boolean>`coalesce(end_time, start_time) >= ${new Date(f.from * 60_000)}`);
    if (f.to !== undefined) q = q.where('start_time', '<', new Date(f.to * 60_000));
    if (f.crimeTypes) {
      const types = f.crimeTypes;
      q = q.where((eb) => eb.or(types.map((c) => (c.endsWith('.*') ? eb('crime_type', 'like', `${c.slice(0, -1)}%`) : eb('crime_type', '=', c)))));
    }
    if (f.buurten) q = q.where('buurt_code', 'in', f.buurten);
    if (f.wijken) q = q.where('wijk_code', 'in', f.wijken);
    if (f.areaYear !== undefined) q = q.where('area_year', '=', f.areaYear);
    if (f.synthetic !== undefined) q = q.where('synthetic', '=', f.synthetic);
    return Number((await q.executeTakeFirstOrThrow()).n);
  }

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

  it('answers filters exactly as the equivalent SQL count', async () => {
    const cols = await getIncidentColumns(ctx, GM);
    const filters: IncidentFilter[] = [
      {},
      { from: minute('2022-03-01T00:00:00Z'), to: minute('2022-04-01T00:00:00Z') },
      { from: minute('2023-06-01T00:00:00Z'), crimeTypes: ['1.4.*', '1.1.1'] },
      { to: minute('2021-07-01T00:00:00Z'), wijken: ['WK050501', 'WK050507'] },
      { buurten: ['BU05050100', 'BU05050708'], synthetic: true, areaYear: 2024 },
      { crimeTypes: ['2.5.2'], synthetic: false },
    ];
    for (const f of filters) assert.equal(cols.filter(f).length, await sqlCount(f), JSON.stringify(f));
  });

  it('takes in the rows of an import at once, the same as a full reload', async () => {
    const cols = await getIncidentColumns(ctx, GM);
    const before = cols.length;
    const s = await importIncidents(ctx, { file: path.join(FIXTURES, 'events-rd.csv'), municipality: GM, source: 'cols' });
    assert.equal(cols.length, before + 5);
    const ids = await database.db.selectFrom('incidents').select('id').where('batch_id', '=', s.batchId).orderBy('id').execute();
    const held = new Set(cols.id.subarray(0, cols.length));
    assert.ok(ids.length === 5 && ids.every((r) => held.has(Number(r.id))), 'every new id is held');
    assert.ok(cols.startMin.subarray(1, cols.length).every((m, k) => m >= cols.startMin[k]!), 'events stay ordered by start');
    assert.equal(cols.filter({ synthetic: false }).length, await sqlCount({ synthetic: false }));
    const fresh = await reloadIncidentColumns(ctx, GM);
    assert.notEqual(fresh, cols);
    const key = (c: typeof cols, k: number) => [c.id[k], c.startMin[k], c.endMin[k], c.x[k], c.crimeTypes.codes[c.crimeType[k]!], c.areas.codes[c.buurt[k]!]].join();
    const appended = new Set(Array.from({ length: cols.length }, (_, k) => key(cols, k)));
    assert.equal(fresh.length, cols.length);
    for (let k = 0; k < fresh.length; k++) assert.ok(appended.has(key(fresh, k)));
  });

  it('catches up with a batch stored by another process', async () => {
    const cols = await getIncidentColumns(ctx, GM);
    const before = cols.length;
    const batch = await database.db
      .insertInto('incident_batches')
      .values({ gemeente_code: GM, source: 'elsewhere', mode: 'all-or-nothing', actor: 'test', rows_read: 1, rows_inserted: 1, finished_at: new Date() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await database.db
      .insertInto('incidents')
      .values({
        gemeente_code: GM, source: 'elsewhere', source_id: 'E-1', crime_type: '1.1.1', start_time: new Date('2023-05-05T10:00:00Z'), end_time: null,
        x: 104959.39, y: 425568.83, lat: 51.8164917, lon: 4.6614726, area_year: 2020, buurt_code: 'BU05050100', wijk_code: 'WK050501',
        offender_ref: null, victim_ref: null, address_ref: null, batch_id: Number(batch.id),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const after = await getIncidentColumns(ctx, GM);
    assert.equal(after.length, before + 1);
    const k = after.id.subarray(0, after.length).indexOf(Number(row.id));
    assert.equal(after.startLocal[k], minute('2023-05-05T12:00:00Z')); // 12:00 CEST
  });
});
