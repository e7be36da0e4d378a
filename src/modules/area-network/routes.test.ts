/**
 * GET /areas/{code}/network and /areas/network-summary on the shipped Dordrecht areas, with the
 * missions section (the other sections arrive with their modules) and real partner organisations:
 * problems (401, 400, 404), what staff, a partner account and the public see, and the overview counts.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';
import { MODULES } from '../index.ts';
import { apiClient, type Api } from '../../../test/fixtures/missions/api.ts';
import { GM, SEED_DIR, YEAR } from '../../../test/fixtures/missions/seed.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { composeAreaNetwork } from './index.ts';

const BINNENSTAD = 'WK050501';
const NIEUWE_HAVEN = 'BU05050100';
const NOORDFLANK = 'WK050502';
const titles = (res: { json(): { sections: { missions?: { title: string }[] } } }) => res.json().sections.missions?.map((m) => m.title);

describe('the network of an area (missions section, partner limit, overview)', () => {
  let t: TestApp;
  let api: Api;
  let coordinator: TestSession;
  let partner: TestSession;
  let missionId: string;
  before(async () => {
    t = await createTestApp({ prepare: async (database) => void (await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR)) });
    api = apiClient(t.app);
    coordinator = await loginAs(t.app, t.database, 'coordinator');
    partner = await loginAs(t.app, t.database, 'partner');
    const created = await api('POST', '/missions', coordinator, {
      title: 'Overlast Nieuwe Haven',
      scope: { kind: 'buurten', year: YEAR, codes: [NIEUWE_HAVEN] },
    });
    assert.equal(created.statusCode, 201, created.body);
    missionId = created.json().id;
  });
  after(() => t.close());

  it('asks for a login (401 problem+json)', async () => {
    for (const url of [`/areas/${BINNENSTAD}/network`, '/areas/network-summary']) {
      const res = await api('GET', url, null);
      assert.equal(res.statusCode, 401, url);
      assert.match(String(res.headers['content-type']), /application\/problem\+json/);
    }
  });

  it('answers 404 for an unknown area, 400 for another municipality or a malformed code', async () => {
    const unknown = await api('GET', '/areas/WK050597/network', coordinator);
    assert.equal(unknown.statusCode, 404);
    assert.match(String(unknown.headers['content-type']), /application\/problem\+json/);
    assert.match(unknown.json().detail, /WK050597 bestaat niet/);
    const other = await api('GET', '/areas/WK036301/network', coordinator);
    assert.equal(other.statusCode, 400);
    assert.match(other.json().detail, /hoort niet bij deze gemeente/);
    assert.equal((await api('GET', '/areas/GM0363/network', coordinator)).statusCode, 400);
    assert.equal((await api('GET', '/areas/nieuwe-haven/network', coordinator)).statusCode, 400);
  });

  it('shows staff the missions of the area, its wijk and the gemeente, not of another wijk', async () => {
    const wijk = await api('GET', `/areas/${BINNENSTAD}/network`, coordinator);
    assert.equal(wijk.statusCode, 200, wijk.body);
    assert.deepEqual(wijk.json().area, { code: BINNENSTAD, name: 'Wijk 01 Binnenstad', level: 'wijk' });
    const [m] = wijk.json().sections.missions;
    assert.equal(m.id, missionId);
    assert.equal(m.kind, 'mission');
    assert.deepEqual(m.areaCodes, [NIEUWE_HAVEN]);
    assert.match(m.detail, /^OPG-\d{4}-\d{4} · idee/);
    assert.deepEqual(titles(await api('GET', `/areas/${NIEUWE_HAVEN}/network`, coordinator)), ['Overlast Nieuwe Haven']);
    assert.deepEqual(titles(await api('GET', `/areas/${GM}/network`, coordinator)), ['Overlast Nieuwe Haven']);
    assert.deepEqual(titles(await api('GET', `/areas/${NOORDFLANK}/network`, coordinator)), []);
    assert.deepEqual(wijk.json().unavailable, []);
  });

  it('lets a partner account reach only the areas of its organisations, and only its missions', async () => {
    assert.equal((await api('GET', `/areas/${BINNENSTAD}/network`, partner)).statusCode, 404, 'acts for no organisation yet');
    const org = await api('POST', '/partners', coordinator, { name: 'Woonbron', kind: 'housing-corporation', areaCodes: [BINNENSTAD] });
    assert.equal(org.statusCode, 201, org.body);
    assert.equal((await api('POST', `/partners/${org.json().id}/members`, coordinator, { userId: partner.userId })).statusCode, 204);
    assert.deepEqual(titles(await api('GET', `/areas/${BINNENSTAD}/network`, partner)), [], 'not taking part in the mission');
    assert.equal((await api('GET', `/areas/${NIEUWE_HAVEN}/network`, partner)).statusCode, 200, 'a buurt inside its wijk');
    const outside = await api('GET', `/areas/${NOORDFLANK}/network`, partner);
    assert.equal(outside.statusCode, 404);
    assert.match(outside.json().detail, /gebieden van uw organisatie/);
    await api('POST', `/missions/${missionId}/participants`, coordinator, { kind: 'partner', partnerId: org.json().id });
    assert.deepEqual(titles(await api('GET', `/areas/${BINNENSTAD}/network`, partner)), ['Overlast Nieuwe Haven']);
    const summary = await api('GET', '/areas/network-summary', partner);
    assert.deepEqual(
      summary.json().wijken.map((w: { code: string }) => w.code),
      [BINNENSTAD],
    );
  });

  it('shows the public only missions with an approved public summary, with the public texts', async () => {
    const anonymous = { ...systemContext(t.database.db, 'test'), actor: { kind: 'anonymous' as const } };
    const before = await composeAreaNetwork(anonymous, MODULES, GM, BINNENSTAD, { today: '2026-12-07', minCellCount: 5 });
    assert.deepEqual(before.sections.missions, []);
    const summary = { title: 'Samen tegen overlast', summary: 'Wat we samen doen aan overlast in de Nieuwe Haven.' };
    assert.equal((await api('PUT', `/missions/${missionId}/public-summary`, coordinator, summary)).statusCode, 204);
    assert.equal((await api('POST', `/missions/${missionId}/public-summary/approval`, coordinator, { approve: true })).statusCode, 204);
    const after = await composeAreaNetwork(anonymous, MODULES, GM, BINNENSTAD, { today: '2026-12-07', minCellCount: 5 });
    assert.deepEqual(after.sections.missions, [
      {
        id: missionId,
        title: summary.title,
        kind: 'public-mission',
        status: 'idea',
        detail: summary.summary,
        areaCodes: [NIEUWE_HAVEN],
        geometry: null,
        warning: null,
      },
    ]);
  });

  it('places a drawn mission scope in the wijken whose buurten it overlaps', async () => {
    const ring = [
      [4.66, 51.81],
      [4.68, 51.81],
      [4.68, 51.82],
      [4.66, 51.82],
      [4.66, 51.81],
    ];
    const drawn = await api('POST', '/missions', coordinator, {
      title: 'Getekend gebied rond het centrum',
      scope: { kind: 'polygon', geometry: { type: 'Polygon', coordinates: [ring] } },
    });
    assert.equal(drawn.statusCode, 201, drawn.body);
    const inWijk = async (code: string) =>
      titles(await api('GET', `/areas/${code}/network`, coordinator))?.includes('Getekend gebied rond het centrum');
    assert.equal(await inWijk(BINNENSTAD), true);
    assert.equal(await inWijk(NOORDFLANK), true);
    assert.equal(await inWijk('WK050505'), true, 'Het Reeland');
    assert.equal(await inWijk('WK050510'), false, 'Dubbeldam lies east of it');
  });

  it('counts per wijk what the wijk pages show, for every wijk and section', async () => {
    const res = await api('GET', '/areas/network-summary', coordinator);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.year, YEAR);
    // A coordinator sees every section of the registry, in the order of AREA_NETWORK_KEYS (cases: figures only).
    assert.deepEqual(body.sections, [
      'partners',
      'agreements',
      'missions',
      'initiatives',
      'youthGroups',
      'targetGroups',
      'cases',
      'measures',
      'compliance',
    ]);
    assert.equal(body.wijken.length, 13);
    for (const w of body.wijken) {
      const page = (await api('GET', `/areas/${w.code}/network`, coordinator)).json();
      for (const key of body.sections) assert.equal(w.counts[key], page.sections[key].length, `${w.code} ${key}`);
    }
    assert.equal(body.wijken.find((w: { code: string }) => w.code === BINNENSTAD).counts.missions, 2);
  });
});
