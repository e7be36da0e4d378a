/**
 * Prepares the database of the staff detail page's browser test (signal-detail.test.ts) before the
 * server starts: migrations and the shipped data (as `serve` does), the fixture BAG addresses
 * (test/fixtures/geocoder/bagadres-dordrecht.csv, through the geocoder's importAddresses), and four
 * made-up reports: an original at the point of "3311 AB 12" without a typed address, a newer
 * duplicate of it 36 m away two days later, an unrelated report close by, and one far away to split.
 * Prints their numbers as one JSON line. Run: node --import tsx test/e2e/signal-detail-prepare.ts
 */
import { fileURLToPath } from 'node:url';
import { databaseTarget } from '../../src/db/database-target.ts';
import { loadConfig } from '../../src/core/config.ts';
import { systemContext } from '../../src/core/context.ts';
import { openDatabase } from '../../src/db/database.ts';
import { importAddresses } from '../../src/modules/geocoder/index.ts';
import { createSignal } from '../../src/modules/signals/index.ts';
import { prepareDatabase } from '../../src/server/first-start.ts';

const BAG = fileURLToPath(new URL('../fixtures/geocoder/bagadres-dordrecht.csv', import.meta.url));
/** The fixture address 3311 AB 12 (RD New). */
const HOME = { x: 104959.391, y: 425568.834 };
const DAY = 86_400_000;

const config = loadConfig();
const database = await openDatabase(databaseTarget(config));
try {
  await prepareDatabase(database, config);
  const ctx = systemContext(database.db, 'e2e-signal-detail');
  await importAddresses(ctx, { file: BAG, municipality: config.municipality, source: 'bag-fixture' });
  const env = { gemeente: config.municipality, publicUrl: '' };
  const make = async (categorySlug: string, description: string, dx: number, dy: number, daysAgo: number) => {
    const r = await createSignal(ctx, env, { categorySlug, description, location: { x: HOME.x + dx, y: HOME.y + dy } });
    await database.db
      .updateTable('signals')
      .set({ created_at: new Date(Date.now() - daysAgo * DAY) })
      .where('id', '=', r.id)
      .execute();
    return r.number;
  };
  const numbers = {
    original: await make('afval-dumping', 'Vuilniszakken en een matras naast de container', 0, 0, 3),
    duplicate: await make('afval-dumping', 'Bij de container ligt een matras met zakken afval', -20, -30, 1),
    unrelated: await make('groepsoverlast', 'Jongeren met scooters op het pleintje', -50, -60, 2),
    toSplit: await make('afval-dumping', 'Afval gedumpt en de lantaarnpaal ernaast brandt niet', -270, -3510, 0),
  };
  process.stdout.write(`${JSON.stringify(numbers)}\n`);
} finally {
  await database.close();
}
