/** The demo marker of perception figures: demo reports in the city's year make the profile say `demo`, other years not. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext, type ServiceContext } from '../../../core/context.ts';
import type { Database } from '../../../db/database.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { SEED_DIR } from '../../../../test/fixtures/incidents/setup.ts';
import { openTestDatabase } from '../../../../test/helpers/test-database.ts';
import { seedSignalDefaultsIfEmpty } from '../../signals/config/category-seed.ts';
import { loadDemoSignals, removeDemoSignals } from '../../signals/demo/demo-content.ts';
import { demoContributes } from './marker.ts';

const GM = 'GM0505';
const NOW = new Date('2026-12-02T10:00:00Z'); // demo reports fall in Dec 2025 – Dec 2026

describe('perception demo marker', () => {
  let database: Database;
  let ctx: ServiceContext;
  before(async () => {
    database = await openTestDatabase();
    ctx = systemContext(database.db, 'test');
    await seedAreasIfEmpty(ctx, SEED_DIR);
    await seedSignalDefaultsIfEmpty(ctx, GM);
  });
  after(async () => database.close());

  it('marks a year as demo when demo reports count in it (the nuisance index is relative to the city), and only then', async () => {
    assert.equal(await demoContributes(ctx, GM, 'WK050501', [2026]), false, 'nothing demo yet');
    await loadDemoSignals(ctx, GM, NOW);
    assert.equal(await demoContributes(ctx, GM, 'WK050501', [2026]), true);
    assert.equal(await demoContributes(ctx, GM, GM, [2026]), true);
    assert.equal(await demoContributes(ctx, GM, 'WK050501', [2023, 2024]), false, 'no demo reports in those years');
    await removeDemoSignals(ctx, GM);
    assert.equal(await demoContributes(ctx, GM, 'WK050501', [2026]), false, 'removed: no longer demo');
  });
});
