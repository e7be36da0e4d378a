import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../../core/context.ts';
import type { Database } from '../../../db/database.ts';
import { areaTableCounts, openSeededDatabase, SEED_DIR } from '../../../../test/fixtures/areas/seeded-database.ts';
import { openTestDatabase } from '../../../../test/helpers/test-database.ts';
import { knownAreaCodes } from '../area-service.ts';
import { seedAreasIfEmpty } from './seed-service.ts';

describe('seedAreasIfEmpty (Dordrecht, GM0505)', () => {
  let database: Database;
  before(async () => {
    ({ database } = await openSeededDatabase());
  });
  after(() => database.close());

  const rows = (year: number, level: string) =>
    database.db
      .selectFrom('areas')
      .selectAll()
      .where('gemeente_code', '=', 'GM0505')
      .where('year', '=', year)
      .where('level', '=', level as never)
      .orderBy('code')
      .execute();

  it('stores 2020 with 130 buurten, 14 wijken, 1 gemeente and population 119,030', async () => {
    const buurten = await rows(2020, 'buurt');
    assert.equal(buurten.length, 130);
    assert.equal((await rows(2020, 'wijk')).length, 14);
    const [gemeente] = await rows(2020, 'gemeente');
    assert.equal(gemeente?.name, 'Dordrecht');
    assert.equal(
      buurten.reduce((s, b) => s + Number(b.population ?? 0), 0),
      119_030,
    );
    assert.equal(Number(gemeente?.population), 119_030);
    assert.ok(buurten.every((b) => b.geometry !== null && b.geometry_year === 2020));
    assert.ok(gemeente?.geometry, 'gemeente outline dissolved from the buurten');
  });

  it('stores 2024 with 132 buurten, 13 wijken and population 122,090; four Amstelwijck buurten without polygon', async () => {
    const buurten = await rows(2024, 'buurt');
    assert.equal(buurten.length, 132);
    assert.equal((await rows(2024, 'wijk')).length, 13);
    assert.equal(
      buurten.reduce((s, b) => s + Number(b.population ?? 0), 0),
      122_090,
    );
    const wijkSum = (await rows(2024, 'wijk')).reduce((s, w) => s + Number(w.population), 0);
    assert.equal(wijkSum, 122_090);
    const noPolygon = buurten.filter((b) => b.geometry === null);
    assert.deepEqual(
      noPolygon.map((b) => b.code),
      ['BU05050708', 'BU05050709', 'BU05050710', 'BU05050711'],
    );
    for (const b of noPolygon) {
      assert.equal(b.parent_code, 'WK050507');
      assert.equal(b.geometry_year, null);
      assert.match(b.note ?? '', /geen kaartvlak in de meegeleverde CBS-kaart 2020; valt onder wijk WK050507/);
    }
    const reused = buurten.filter((b) => b.geometry !== null);
    assert.equal(reused.length, 128);
    assert.ok(reused.every((b) => b.geometry_year === 2020 && /Wijk- en buurtkaart 2020/.test(b.note ?? '')));
    assert.equal(buurten.find((b) => b.code === 'BU05050100')?.name, 'Nieuwe Haven en omgeving');
  });

  it('marks water, notes summed populations and names the wijken', async () => {
    const water = (await rows(2020, 'buurt')).filter((b) => b.is_water).map((b) => b.code);
    assert.deepEqual(water, ['BU05059997']);
    const wijken = await rows(2020, 'wijk');
    assert.deepEqual(
      wijken.filter((w) => w.is_water).map((w) => w.code),
      ['WK050599'],
    );
    assert.equal(wijken.find((w) => w.code === 'WK050501')?.name, 'Wijk 01 Binnenstad');
    assert.ok(wijken.every((w) => /som van de door CBS afgeronde buurtcijfers/.test(w.note ?? '')));
  });

  it('records the 2020 → 2024 relations: same, discontinued and new', async () => {
    const rel = await database.db.selectFrom('area_relations').selectAll().where('gemeente_code', '=', 'GM0505').execute();
    const buurt = rel.filter((r) => r.from_code.startsWith('BU'));
    assert.equal(buurt.filter((r) => r.relation === 'same').length, 128);
    assert.deepEqual(
      buurt
        .filter((r) => r.relation === 'discontinued')
        .map((r) => r.from_code)
        .sort(),
      ['BU05051913', 'BU05059997'],
    );
    assert.deepEqual(
      buurt
        .filter((r) => r.relation === 'new')
        .map((r) => r.to_code)
        .sort(),
      ['BU05050708', 'BU05050709', 'BU05050710', 'BU05050711'],
    );
    assert.ok(rel.every((r) => r.from_year === 2020 && r.to_year === 2024));
  });

  it('upserts the municipality and is a no-op the second time', async () => {
    const before = await areaTableCounts(database);
    assert.equal(await seedAreasIfEmpty(systemContext(database.db), SEED_DIR), null);
    assert.deepEqual(await areaTableCounts(database), before);
    const m = await database.db.selectFrom('municipalities').selectAll().execute();
    assert.deepEqual(
      m.map((r) => [r.code, r.name]),
      [['GM0505', 'Dordrecht']],
    );
  });

  it('knownAreaCodes: the codes of every loaded vintage, of one level or all (for other modules)', async () => {
    const ctx = systemContext(database.db);
    const codes = async (level?: string) => {
      let q = database.db.selectFrom('areas').select('code').where('gemeente_code', '=', 'GM0505');
      if (level) q = q.where('level', '=', level as never);
      return new Set((await q.execute()).map((r) => r.code));
    };
    const buurten = await knownAreaCodes(ctx, 'GM0505', 'buurt');
    assert.deepEqual(buurten, await codes('buurt'));
    assert.ok(buurten.size >= 132 && [...buurten].every((c) => c.startsWith('BU0505')));
    const all = await knownAreaCodes(ctx, 'GM0505');
    assert.deepEqual(all, await codes());
    assert.ok(all.has('GM0505') && [...all].some((c) => c.startsWith('WK0505')));
    assert.equal((await knownAreaCodes(ctx, 'GM9999')).size, 0);
  });
});

describe('seedAreasIfEmpty failures', () => {
  it('stores nothing when a later vintage fails inside the transaction (duplicate code in the 2024 list)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-seed-'));
    for (const f of fs.readdirSync(SEED_DIR)) fs.copyFileSync(path.join(SEED_DIR, f), path.join(dir, f));
    const list = path.join(dir, 'cbs_47018NED_WijkenEnBuurten_2024_dordrecht.csv');
    const lines = fs.readFileSync(list, 'utf8').trimEnd().split('\n');
    fs.writeFileSync(list, `${[...lines, lines.find((l) => l.startsWith('"BU05050100'))!].join('\n')}\n`);
    const database = await openTestDatabase();
    try {
      await assert.rejects(seedAreasIfEmpty(systemContext(database.db), dir), /duplicate key|unique/i);
      assert.deepEqual(await areaTableCounts(database), { municipalities: 0, area_vintages: 0, areas: 0, area_relations: 0 });
    } finally {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a seed directory without a valid manifest with one line naming the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sv-seed-'));
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ municipality: { code: 'X1', name: 'Nowhere' }, vintages: [] }));
    const database = await openTestDatabase();
    try {
      await assert.rejects(seedAreasIfEmpty(systemContext(database.db), dir), /manifest\.json: municipality\.code/);
      assert.equal((await areaTableCounts(database)).areas, 0);
    } finally {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
