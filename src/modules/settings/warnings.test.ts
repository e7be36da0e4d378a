/** Start-up warnings: each missing thing gives one line, and goes away once it is there. */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import type { Database } from '../../db/database.ts';
import { openTestDatabase } from '../../../test/helpers/test-database.ts';
import { testConfig } from '../../../test/helpers/test-config.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';
import { seedIncidentsIfEmpty } from '../incidents/index.ts';
import { seedSignalDefaultsIfEmpty } from '../signals/index.ts';
import { startupWarnings } from './index.ts';

const VOORBEELDSTAD = path.resolve(import.meta.dirname, '../../../test/fixtures/gm9999');
const codes = (ws: { code: string }[]) => ws.map((w) => w.code);

describe('start-up warnings', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(async () => database.close());

  it('names everything missing on an empty installation, one readable line each', async () => {
    const config = testConfig({ municipality: 'GM9999', chromiumPath: '/nonexistent/chromium', smtpUrl: undefined, publicUrl: undefined });
    const warnings = await startupWarnings(systemContext(database.db), config);
    assert.deepEqual(codes(warnings), [
      'no-areas',
      'no-registered-crime',
      'no-report-categories',
      'no-smtp',
      'no-public-url',
      'no-chromium',
    ]);
    for (const w of warnings) assert.ok(!w.message.includes('\n') && w.message.length > 30, w.message);
    assert.match(warnings.find((w) => w.code === 'no-chromium')!.message, /\/nonexistent\/chromium/);
  });

  it('drops a warning once its data or setting is there', async () => {
    const ctx = systemContext(database.db);
    await seedAreasIfEmpty(ctx, VOORBEELDSTAD);
    await seedIncidentsIfEmpty(ctx, VOORBEELDSTAD);
    // Categories: Voorbeeldstad ships none, so the default tree is seeded.
    await seedSignalDefaultsIfEmpty(ctx, 'GM9999', VOORBEELDSTAD);
    const config = testConfig({
      municipality: 'GM9999',
      chromiumPath: process.execPath,
      smtpUrl: 'smtp://127.0.0.1:2525',
      publicUrl: 'https://veilig.voorbeeldstad.test',
      demo: false,
    });
    assert.deepEqual(await startupWarnings(ctx, config), []);
    // Demo content on where a public URL is set looks like production.
    const demoOn = await startupWarnings(ctx, { ...config, demo: true });
    assert.deepEqual(codes(demoOn), ['demo-in-production']);
    assert.match(demoOn[0]!.message, /STADSVEILIG_DEMO=off/);
  });

  it('warns about missing population when the areas have none', async () => {
    const ctx = systemContext(database.db);
    await database.db.updateTable('areas').set({ population: null }).where('gemeente_code', '=', 'GM9999').execute();
    const config = testConfig({
      municipality: 'GM9999',
      chromiumPath: process.execPath,
      smtpUrl: 'smtp://x',
      publicUrl: 'https://x.test',
      demo: false,
    });
    assert.deepEqual(codes(await startupWarnings(ctx, config)), ['no-population']);
  });
});
