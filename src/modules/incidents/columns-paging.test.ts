import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { ServiceContext } from '../../core/context.ts';
import type { Database } from '../../db/database.ts';
import { GM, openIncidentTestDatabase, SEED_DIR } from '../../../test/fixtures/incidents/setup.ts';
import { getIncidentColumns, incidentColumnsState, reloadIncidentColumns } from './columns-service.ts';
import { seedIncidentsIfEmpty } from './seed.ts';

describe('incident columns loaded in keyset pages', () => {
  let database: Database;
  let ctx: ServiceContext;
  before(async () => {
    ({ database, ctx } = await openIncidentTestDatabase());
    await seedIncidentsIfEmpty(ctx, SEED_DIR, { synthetic: true, now: new Date('2024-01-01T00:00:00Z') });
  });
  after(async () => database.close());

  it('loads the same events in pages of 1,000 as in one page, into arrays of exactly that size', async () => {
    const whole = await reloadIncidentColumns(ctx, GM, { pageRows: 1_000_000 });
    const paged = await reloadIncidentColumns(ctx, GM, { pageRows: 1000 });
    assert.equal(paged.length, 18_931);
    assert.equal(paged.length, whole.length);
    assert.equal(paged.id.length, paged.length, 'no spare capacity');
    assert.equal(paged.x.length, paged.length);
    assert.deepEqual(new Set(paged.id), new Set(whole.id));
    assert.deepEqual([...paged.batches].sort(), [...whole.batches].sort());
    assert.ok(
      paged.startMin.every((m, k) => k === 0 || m >= paged.startMin[k - 1]!),
      'ordered by start',
    );
  });

  it('says loading until the columns are in, and serves other queries between pages', async () => {
    let release: () => void = () => {};
    const pause = new Promise<void>((r) => (release = r));
    const loading = reloadIncidentColumns(ctx, GM, { pageRows: 2000, pause });
    assert.equal(incidentColumnsState(database.db, GM), 'loading');
    const order: string[] = [];
    const load = loading.then(() => order.push('columns'));
    release();
    // A query asked while the load runs finishes before the last of its ten pages.
    await sql`SELECT 1`.execute(database.db).then(() => order.push('query'));
    await load;
    assert.deepEqual(order, ['query', 'columns']);
    assert.equal(incidentColumnsState(database.db, GM), 'ready');
    await getIncidentColumns(ctx, GM);
    assert.equal(incidentColumnsState(database.db, GM), 'ready', 'a catch-up is not a load');
  });
});
