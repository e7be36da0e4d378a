import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { systemContext } from '../../../core/context.ts';
import { importAddresses } from '../../geocoder/index.ts';
import { createSignalsApp, report } from '../../../../test/fixtures/signals/signals-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';
import { scoreDuplicate, type Candidate } from './duplicate-score.ts';

const DAY = 86_400_000;
const BAG = fileURLToPath(new URL('../../../../test/fixtures/geocoder/bagadres-dordrecht.csv', import.meta.url));
/** The fixture address Proefstraat 12, 3311 AB Dordrecht (RD New). */
const BASE = { x: 104959.391, y: 425568.834 };

describe('duplicate scoring (pure)', () => {
  const at = new Date('2026-05-10T12:00:00Z');
  const s: Candidate = { id: 's', parentId: null, categorySlug: 'afval-dumping', mainCategory: 'openbare-ruimte', createdAt: at, ...BASE };
  const c = (p: Partial<Candidate>): Candidate => ({ ...s, id: 'c', ...p });
  it('scores category, closeness and time (hand-computed)', () => {
    // 50 m (a 30-40-50 triangle), exactly 2 days earlier, same category: 40 + 30·(1 − 50/150) + 30·(1 − 2/14) = 85.7
    assert.deepEqual(scoreDuplicate(s, c({ x: BASE.x + 30, y: BASE.y + 40, createdAt: new Date(at.getTime() - 2 * DAY) })), {
      distanceMetres: 50,
      daysApart: 2,
      earlier: true,
      sameCategory: true,
      score: 86,
      direction: 'this-into',
    });
    // 90 m, 1.5 days later, related category: 20 + 30·0.4 + 30·(1 − 1.5/14) = 58.8
    assert.deepEqual(scoreDuplicate(s, c({ categorySlug: 'groen', y: BASE.y + 90, createdAt: new Date(at.getTime() + 1.5 * DAY) })), {
      distanceMetres: 90,
      daysApart: 1,
      earlier: false,
      sameCategory: false,
      score: 59,
      direction: 'into-this',
    });
  });
  it('leaves out what is too far, too old, unrelated, itself or family', () => {
    assert.equal(scoreDuplicate(s, c({ x: BASE.x + 151 })), null, '151 m');
    assert.ok(scoreDuplicate(s, c({ x: BASE.x + 150 })), '150 m is in');
    assert.equal(scoreDuplicate(s, c({ createdAt: new Date(at.getTime() - 14 * DAY - 1000) })), null, 'over 14 days');
    assert.equal(scoreDuplicate(s, c({ categorySlug: 'groepsoverlast', mainCategory: 'overlast-personen' })), null, 'unrelated');
    assert.equal(scoreDuplicate(s, s), null, 'itself');
    assert.equal(scoreDuplicate(s, c({ parentId: 's' })), null, 'its part');
    assert.equal(scoreDuplicate(c({ parentId: 'p' }), c({ id: 'd', parentId: 'p' })), null, 'parts of one report');
  });
});

describe('a report in its place (GET /signals/:id/nearby)', () => {
  let t: TestApp;
  let coord: TestSession;
  let viewer: TestSession;
  before(async () => {
    t = await createSignalsApp();
    coord = await loginAs(t.app, t.database, 'coordinator');
    viewer = await loginAs(t.app, t.database, 'viewer');
    await importAddresses(systemContext(t.database.db, 'test'), { file: BAG, municipality: 'GM0505', source: 'bag' });
  });
  after(async () => t.close());

  const get = (url: string, s: TestSession) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: s.cookie } });
  const now = Date.now();
  async function place(categorySlug: string, dx: number, dy: number, daysAgo: number, extra: Record<string, unknown> = {}) {
    const r = await report(t.app, { categorySlug, location: { x: BASE.x + dx, y: BASE.y + dy }, ...extra });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    await t.database.db
      .updateTable('signals')
      .set({ created_at: new Date(now - daysAgo * DAY) })
      .where('id', '=', r.body.id)
      .execute();
    return r.body as { id: string; number: string };
  }

  it('gives the buurt name, the nearest address, the open reports close by and the likely duplicates', async () => {
    const subject = await place('afval-dumping', 0, 0, 3);
    const older = await place('afval-dumping', -30, -40, 5); // 50 m, 2 days earlier
    const related = await place('groen', 0, -90, 2); // 90 m, 1 day later, same main category
    const far = await place('afval-dumping', 0, -200, 3); // nearby, too far for a duplicate
    const old = await place('afval-dumping', -10, 0, 20); // nearby, 17 days earlier
    const unrelated = await place('groepsoverlast', 0, -10, 3);
    const done = await place('afval-dumping', 0, -20, 3);
    await t.database.db.updateTable('signals').set({ status: 'done' }).where('id', '=', done.id).execute();
    const merged = await place('afval-dumping', 0, -20, 3);
    await t.database.db.updateTable('signals').set({ merged_into_id: older.id, status: 'cancelled' }).where('id', '=', merged.id).execute();
    const elsewhere = await place('afval-dumping', 0, -5, 3);
    await t.database.db.updateTable('signals').set({ gemeente_code: 'GM0599' }).where('id', '=', elsewhere.id).execute();
    await place('afval-dumping', 0, -300, 3); // beyond 250 m

    const res = await get(`/signals/${subject.number}/nearby`, viewer);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.match(body.buurt.code, /^BU0505/);
    assert.equal(typeof body.buurt.name, 'string');
    assert.deepEqual(body.nearestAddress, { text: 'Proefstraat 12, 3311 AB Dordrecht', distanceMetres: 0 });
    assert.deepEqual(
      body.nearby.map((n: { number: string; distanceMetres: number }) => [n.number, n.distanceMetres]),
      [
        [unrelated.number, 10],
        [old.number, 10],
        [older.number, 50],
        [related.number, 90],
        [far.number, 200],
      ],
    );
    assert.deepEqual(
      body.duplicates.map((d: { number: string; score: number; direction: string; sameCategory: boolean; daysApart: number }) => [
        d.number,
        d.score,
        d.direction,
        d.sameCategory,
        d.daysApart,
      ]),
      [
        [older.number, 86, 'this-into', true, 2],
        [related.number, 60, 'into-this', false, 1],
      ],
    );
  });

  it('gives no address guess when the reporter typed one, and no duplicates for a closed report', async () => {
    const typed = await place('afval-dumping', 500, -1500, 1, { addressText: 'Voorstraat 1' });
    await place('afval-dumping', 510, -1500, 1);
    const body = (await get(`/signals/${typed.id}/nearby`, coord)).json();
    assert.equal(body.nearestAddress, null);
    assert.equal(body.duplicates.length, 1);
    await t.database.db.updateTable('signals').set({ status: 'done' }).where('id', '=', typed.id).execute();
    assert.deepEqual((await get(`/signals/${typed.id}/nearby`, coord)).json().duplicates, []);
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/signals/${typed.id}/nearby` })).statusCode, 401);
  });

  it('shows a partner only the reports forwarded to its organisation', async () => {
    const police = await loginAs(t.app, t.database, 'partner');
    const partnerId = randomUUID();
    await t.database.db
      .insertInto('partners')
      .values({ gemeente_code: t.config.municipality, id: partnerId, name: 'Politie Dordrecht', kind: 'police' })
      .execute();
    await t.database.db.insertInto('partner_members').values({ partner_id: partnerId, user_id: police.userId }).execute();
    const mine = await place('jeugdoverlast', 800, -1800, 1);
    const alsoMine = await place('jeugdoverlast', 810, -1800, 1);
    const notMine = await place('jeugdoverlast', 800, -1805, 1);
    await t.database.db
      .updateTable('signals')
      .set({ partner: 'Politie Dordrecht', partner_id: partnerId })
      .where('id', 'in', [mine.id, alsoMine.id])
      .execute();
    const body = (await get(`/signals/${mine.id}/nearby`, police)).json();
    assert.deepEqual(
      body.nearby.map((n: { number: string }) => n.number),
      [alsoMine.number],
    );
    assert.deepEqual(
      body.duplicates.map((n: { number: string }) => n.number),
      [alsoMine.number],
    );
    assert.equal((await get(`/signals/${notMine.id}/nearby`, police)).statusCode, 404, 'not forwarded: as if absent');
    assert.equal((await get(`/signals/${mine.id}/nearby`, coord)).json().nearby.length, 2, 'staff see both');
  });
});
