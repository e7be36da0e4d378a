import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../../core/context.ts';
import { createSignalsApp } from '../../../../test/fixtures/signals/signals-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';
import { type CategoryRow, fallbackCategory } from './categories.ts';
import { categorySeedFile, DEFAULT_CATEGORY_FILE, seedCategoriesIfEmpty } from './category-seed.ts';
import { slugFromName, uniqueSlug } from './category-slug.ts';

describe('category slugs', () => {
  it('derive from the name: lower case, no diacritics, hyphens', () => {
    assert.equal(slugFromName('Overlast van één café!'), 'overlast-van-een-cafe');
    assert.equal(slugFromName('  Zorg & Veiligheid  '), 'zorg-veiligheid');
    assert.equal(slugFromName('???'), '');
    assert.equal(slugFromName('x'.repeat(80)).length, 60);
  });
  it('get -2, -3 … on a clash and stay within 60 characters', () => {
    assert.equal(uniqueSlug('groen', new Set(['groen'])), 'groen-2');
    assert.equal(uniqueSlug('groen', new Set(['groen', 'groen-2'])), 'groen-3');
    assert.equal(uniqueSlug('', new Set()), 'categorie');
    const long = 'a'.repeat(60);
    assert.equal(uniqueSlug(long, new Set([long])), `${'a'.repeat(58)}-2`);
  });
});

describe('catch-all category', () => {
  const row = (slug: string, parent: string | null, active = true) => ({ slug, parent_slug: parent, active }) as CategoryRow;
  it('is overig-overig when active, else the last active sub-category in tree order', () => {
    assert.equal(fallbackCategory([row('overig', null), row('a', null), row('a-1', 'a'), row('overig-overig', 'overig')]), 'overig-overig');
    const own = [row('rest', null), row('hinder', null), row('lawaai', 'hinder'), row('anders', 'rest'), row('oud', 'rest', false)];
    assert.equal(fallbackCategory([...own, row('overig-overig', 'rest', false)]), 'lawaai');
    assert.equal(fallbackCategory([row('x', null)]), null);
  });
});

describe('category seed file', () => {
  it('prefers the seed dir, then the shipped municipality file, then the default tree', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cat-seed-'));
    assert.match(categorySeedFile('GM0505', dir), /gm0505-categories\.json$/);
    assert.equal(categorySeedFile('GM9999', dir), DEFAULT_CATEGORY_FILE);
    fs.writeFileSync(path.join(dir, 'categories.json'), '{"categories":[],"templates":{}}');
    assert.equal(categorySeedFile('GM0505', dir), path.join(dir, 'categories.json'));
    fs.rmSync(dir, { recursive: true });
  });
});

describe('categories in Beheer (API)', () => {
  let t: TestApp;
  let admin: TestSession;
  let coord: TestSession;
  before(async () => {
    t = await createSignalsApp({ municipality: 'GM9999' }, false);
    admin = await loginAs(t.app, t.database, 'admin');
    coord = await loginAs(t.app, t.database, 'coordinator');
  });
  after(async () => t.close());
  const call = (method: 'POST' | 'PATCH' | 'GET', url: string, s: TestSession, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: s.headers, ...(payload ? { payload } : {}) });

  it('seeds the default tree for a municipality without its own file, with roles', async () => {
    const again = await seedCategoriesIfEmpty(systemContext(t.database.db), 'GM9999');
    assert.equal(again, null, 'already seeded');
    const tree = (await call('GET', '/signal-categories', admin)).json().categories as Array<Record<string, unknown>>;
    const overlast = tree.find((c) => c.slug === 'overlast') as { isNuisance: boolean; children: Array<{ isNuisance: boolean }> };
    assert.equal(overlast.isNuisance, true);
    assert.ok(overlast.children.length >= 3 && overlast.children.every((c) => c.isNuisance), 'children inherit the role');
    assert.equal((tree.find((c) => c.slug === 'openbare-ruimte') as { isNuisance: boolean }).isNuisance, false);
    const zorg = tree.find((c) => c.slug === 'zorg-persoon') as { isSensitive: boolean; children: Array<{ isSensitive: boolean }> };
    assert.ok(zorg.isSensitive && zorg.children.every((c) => c.isSensitive));
  });

  it('creates by name with a derived unique slug and the main category’s defaults', async () => {
    const first = await call('POST', '/signal-categories', admin, { parentSlug: 'overlast', name: 'Vuurwerk' });
    assert.equal(first.statusCode, 201, first.body);
    assert.deepEqual(
      { slug: first.json().slug, parent: first.json().parentSlug, nuisance: first.json().isNuisance, dep: first.json().department },
      { slug: 'vuurwerk', parent: 'overlast', nuisance: true, dep: 'Toezicht en handhaving' },
    );
    const second = await call('POST', '/signal-categories', admin, { parentSlug: 'overlast', name: 'Vúúrwerk', isNuisance: false });
    assert.equal(second.json().slug, 'vuurwerk-2');
    assert.equal(second.json().isNuisance, false, 'a sub-category may say otherwise');
    const main = await call('POST', '/signal-categories', admin, { parentSlug: null, name: 'Evenementen' });
    assert.equal(main.json().parentSlug, null);
    const under = await call('POST', '/signal-categories', admin, { parentSlug: 'vuurwerk', name: 'Rotjes' });
    assert.equal(under.statusCode, 400, 'a parent must be a main category');
    assert.equal((await call('POST', '/signal-categories', coord, { parentSlug: 'overlast', name: 'X' })).statusCode, 403);
  });

  it('edits description, keywords, roles and active; the suggestion sees it at once; who changed it is kept', async () => {
    const before = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/signals/suggest-category',
      payload: { description: 'Steeds weer knalt er een zevenklapper op het plein' },
    });
    assert.notEqual(before.json().categorySlug, 'vuurwerk');
    const patched = await call('PATCH', '/signal-categories/vuurwerk', admin, {
      description: 'Vuurwerk buiten oud en nieuw',
      keywords: 'zevenklapper knal knalt plein',
      handlingDays: 1,
      isSensitive: true,
    });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.equal(patched.json().keywords, 'zevenklapper knal knalt plein');
    assert.equal(patched.json().name, 'Vuurwerk', 'fields left out stay');
    assert.equal(patched.json().isSensitive, true);
    const after = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/signals/suggest-category',
      payload: { description: 'Steeds weer knalt er een zevenklapper op het plein' },
    });
    assert.equal(after.json().categorySlug, 'vuurwerk');
    const row = await t.database.db
      .selectFrom('signal_categories')
      .select('updated_by')
      .where('slug', '=', 'vuurwerk')
      .executeTakeFirstOrThrow();
    assert.match(row.updated_by ?? '', /^user:/);
    const off = await call('PATCH', '/signal-categories/vuurwerk', admin, { active: false });
    assert.equal(off.json().active, false);
    const publicTree = (await t.app.inject({ method: 'GET', url: '/api/v1/public/signal-categories' })).json().categories;
    const overlast = publicTree.find((c: { slug: string }) => c.slug === 'overlast');
    assert.ok(!overlast.children.some((c: { slug: string }) => c.slug === 'vuurwerk'), 'inactive categories leave the form');
    assert.equal((await call('PATCH', '/signal-categories/bestaat-niet', admin, { active: false })).statusCode, 404);
  });

  it('sets a role changed on a main category on its sub-categories too; each can be changed back', async () => {
    const main = await call('PATCH', '/signal-categories/woonoverlast', admin, { isNuisance: true, description: 'Rond een woning' });
    assert.equal(main.json().isNuisance, true);
    const children = async () =>
      (
        (await call('GET', '/signal-categories', admin)).json().categories as Array<{
          slug: string;
          children: Array<Record<string, unknown>>;
        }>
      )
        .find((c) => c.slug === 'woonoverlast')!
        .children.map((c) => [c.slug, c.isNuisance, c.description]);
    assert.deepEqual(await children(), [
      ['burenoverlast', true, 'Aanhoudende overlast van buren, ruzie of geluid uit een woning.'],
      ['vervuilde-woning', true, 'Stank, ongedierte of vervuiling rond een woning.'],
    ]);
    await call('PATCH', '/signal-categories/vervuilde-woning', admin, { isNuisance: false });
    assert.deepEqual(
      (await children()).map((c) => c[1]),
      [true, false],
    );
  });

  it('tests a report against the routing rules with the same route()', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/signal-routing-rules',
      headers: admin.headers,
      payload: {
        rules: [
          { name: 'Nacht', categorySlug: 'overlast', timeFrom: 22 * 60, timeTo: 6 * 60, assignKind: 'partner', assignTo: 'Politie' },
          { name: 'Geluid', categorySlug: 'geluid', assignKind: 'department', assignTo: 'Milieu' },
        ],
      },
    });
    assert.equal(put.statusCode, 200, put.body);
    const test = (categorySlug: string, at: string) => call('POST', '/signal-routing-rules/test', admin, { categorySlug, at });
    const night = (await test('geluid', '2026-03-03T23:30:00+01:00')).json();
    assert.deepEqual([night.ruleName, night.partner], ['Nacht', 'Politie']);
    const day = (await test('geluid', '2026-03-03T12:00:00+01:00')).json();
    assert.deepEqual([day.ruleName, day.department], ['Geluid', 'Milieu']);
    const none = (await test('afval', '2026-03-03T12:00:00+01:00')).json();
    assert.deepEqual([none.ruleName, none.department], [null, 'Beheer openbare ruimte']);
    assert.equal((await test('overlast', '2026-03-03T12:00:00+01:00')).statusCode, 400, 'a report gets a sub-category');
    assert.equal(
      (await call('POST', '/signal-routing-rules/test', coord, { categorySlug: 'afval', at: '2026-03-03T12:00:00Z' })).statusCode,
      403,
    );
  });
});

describe('route test with areas (Dordrecht)', () => {
  let t: TestApp;
  let admin: TestSession;
  before(async () => {
    t = await createSignalsApp();
    admin = await loginAs(t.app, t.database, 'admin');
  });
  after(async () => t.close());

  it('matches a wijk rule for a buurt in that wijk, refuses an unknown buurt, and keeps who changed the rules', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/signal-routing-rules',
      headers: admin.headers,
      payload: { rules: [{ name: 'Wijk 02', areaCode: 'WK050502', assignKind: 'department', assignTo: 'Wijkteam 02' }] },
    });
    assert.equal(put.statusCode, 200, put.body);
    const test = (buurtCode: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/signal-routing-rules/test',
        headers: admin.headers,
        payload: { categorySlug: 'afval-dumping', buurtCode, at: '2026-03-03T12:00:00Z' },
      });
    const inWijk = (await test('BU05050201')).json();
    assert.deepEqual([inWijk.wijkCode, inWijk.ruleName, inWijk.department], ['WK050502', 'Wijk 02', 'Wijkteam 02']);
    const elsewhere = (await test('BU05050101')).json();
    assert.deepEqual([elsewhere.ruleName, elsewhere.department], [null, 'Stadsbeheer']);
    const unknown = await test('BU99999999');
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.body, /buurtCode/);
    const rows = await t.database.db.selectFrom('signal_routing_rules').select('updated_by').execute();
    assert.ok(rows.length === 1 && rows[0]!.updated_by?.startsWith('user:'));
  });
});
