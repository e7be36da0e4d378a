/** A threshold changed in Beheer reaches a reader that was built at start (the analysis views) without a restart. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';
import { seedIncidentsIfEmpty } from '../incidents/index.ts';

const VOORBEELDSTAD = path.resolve(import.meta.dirname, '../../../test/fixtures/gm9999');

describe('settings applied live', () => {
  let t: TestApp;
  let admin: TestSession;
  let coord: TestSession;
  before(async () => {
    t = await createTestApp({
      config: { municipality: 'GM9999', minCellCount: 5 },
      prepare: async (database) => {
        const ctx = systemContext(database.db);
        await seedAreasIfEmpty(ctx, VOORBEELDSTAD);
        await seedIncidentsIfEmpty(ctx, VOORBEELDSTAD, { synthetic: true });
      },
    });
    admin = await loginAs(t.app, t.database, 'admin');
    coord = await loginAs(t.app, t.database, 'coordinator');
  });
  after(async () => t.close());

  /** Buurt totals of 2023 as a coordinator (no analysis:detail) sees them: null = suppressed. */
  async function totals(): Promise<(number | null)[]> {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/analysis/counts?from=2023-01-01&to=2024-01-01',
      headers: { cookie: coord.cookie },
    });
    assert.equal(res.statusCode, 200, res.body);
    return (res.json().rows as { total: number | null }[]).map((r) => r.total);
  }

  it('suppresses by the minimum cell count in effect', async () => {
    const before = await totals();
    assert.equal(before.length, 8);
    assert.ok(
      before.every((n) => n !== null && n >= 5),
      `every buurt has 15–90 incidents in 2023: ${before.join(' ')}`,
    );
    const patch = (minCellCount: number | null) =>
      t.app.inject({ method: 'PATCH', url: '/api/v1/settings', headers: admin.headers, payload: { minCellCount } });
    assert.equal((await patch(1000)).statusCode, 200);
    assert.deepEqual(
      await totals(),
      before.map(() => null),
      'every total is below 1000 now',
    );
    assert.equal((await patch(null)).statusCode, 200);
    assert.deepEqual(await totals(), before);
  });
});
