/** The synthetic demo registrations: reproducible, realistic patterns, placed in Dordrecht, loaded once, removed in one step. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext, type ServiceContext } from '../../core/context.ts';
import type { Database } from '../../db/database.ts';
import { testConfig } from '../../../test/helpers/test-config.ts';
import { openTestDatabase } from '../../../test/helpers/test-database.ts';
import { SEED_DIR } from '../../../test/fixtures/analysis-views/seed.ts';
import { amsterdamLocalMinutes } from '../incidents/index.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';
import { demoRegistrations, enforcementDemo } from './demo.ts';

const GM = 'GM0505';
const NOW = new Date('2026-06-01T12:00:00Z');

describe('enforcement demo', () => {
  let database: Database;
  let ctx: ServiceContext;
  before(async () => {
    database = await openTestDatabase();
    ctx = systemContext(database.db, 'test');
    await seedAreasIfEmpty(ctx, SEED_DIR);
  });
  after(async () => database.close());

  it('is the same on every run: a few thousand registrations over two years with the patterns of the README', () => {
    const a = demoRegistrations(GM, NOW);
    const b = demoRegistrations(GM, NOW);
    assert.ok(a.length > 2000 && a.length < 5000, `${a.length} rows`);
    assert.deepEqual(
      a.slice(0, 50).map((r) => [r.feit_code, r.kind, (r.occurred_at as Date).toISOString(), r.x, r.y]),
      b.slice(0, 50).map((r) => [r.feit_code, r.kind, (r.occurred_at as Date).toISOString(), r.x, r.y]),
    );
    const first = Math.min(...a.map((r) => (r.occurred_at as Date).getTime()));
    assert.ok(NOW.getTime() - first > 700 * 86_400_000, 'about two years back');
    const alcohol = a.filter((r) => r.feit_code === 'APV 2:48');
    const local = (r: (typeof a)[number]) => new Date(amsterdamLocalMinutes((r.occurred_at as Date).getTime() / 60_000) * 60_000);
    const weekendNights = alcohol.filter((r) => {
      const d = local(r);
      const day = d.getUTCDay();
      return (day === 5 || day === 6 || day === 0) && (d.getUTCHours() >= 21 || d.getUTCHours() <= 1);
    });
    assert.ok(weekendNights.length / alcohol.length > 0.6, 'alcohol mostly on Friday and Saturday nights');
    const parking = a.filter((r) => r.feit_code === 'R397');
    assert.ok(parking.filter((r) => r.kind === 'fine').length / parking.length > 0.8, 'parking mostly fines');
    assert.ok(a.every((r) => r.demo === true && String(r.description).endsWith('(demo)')));
  });

  it('loads once into buurten of Dordrecht, counts and removes only its rows', async () => {
    const env = { config: testConfig(), gemeente: GM, now: NOW };
    const lines = await enforcementDemo.load(ctx, env);
    assert.match(lines[0] ?? '', /synthetic demo registrations/);
    const n = await enforcementDemo.count!(ctx, env);
    assert.ok(n > 2000, `${n}`);
    const unplaced = await database.db.selectFrom('enforcement_registrations').select('id').where('buurt_code', 'is', null).execute();
    assert.equal(unplaced.length, 0);
    assert.deepEqual(await enforcementDemo.load(ctx, env), [], 'a second load adds nothing');
    assert.equal(await enforcementDemo.remove(ctx, env), n);
    assert.equal(await enforcementDemo.count!(ctx, env), 0);
  });
});
