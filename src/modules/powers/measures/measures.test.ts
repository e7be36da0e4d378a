import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { type Api, apiClient } from '../../../../test/fixtures/missions/api.ts';
import { SEED_DIR } from '../../../../test/fixtures/missions/seed.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { systemContext } from '../../../core/context.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { insertTestBases, insertTestDecision } from './test-decisions.ts';

const GM = 'GM0505';
const BUURT = 'BU05050801';
const WIJK = 'WK050508';
const OTHER_BUURT = 'BU05050100';
const DAY = '2026-06-15';
const square = {
  type: 'Polygon',
  coordinates: [
    [
      [4.66, 51.81],
      [4.67, 51.81],
      [4.67, 51.82],
      [4.66, 51.82],
      [4.66, 51.81],
    ],
  ],
};

describe('powers: active measures per area', () => {
  let t: TestApp;
  let api: Api;
  let coordinator: TestSession;
  let caseworker: TestSession;
  let viewer: TestSession;
  const ids: Record<string, string> = {};
  const titles = async (who: TestSession, code = BUURT, date = DAY) => {
    const res = await api('GET', `/areas/${code}/measures?date=${date}`, who);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().measures.map((m: { title: string | null; publicText: string | null }) => m.title ?? `public:${m.publicText}`);
  };

  before(async () => {
    t = await createTestApp({
      config: { caseKey: randomBytes(32).toString('hex') },
      prepare: async (database) => {
        await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR);
        await insertTestBases(database.db, GM);
      },
    });
    api = apiClient(t.app);
    [coordinator, caseworker, viewer] = await Promise.all([
      loginAs(t.app, t.database, 'coordinator'),
      loginAs(t.app, t.database, 'caseworker'),
      loginAs(t.app, t.database, 'viewer'),
    ]);
    const created = await api('POST', '/cases', caseworker, {
      person: { name: 'Persoon Test' },
      criteria: ['top-x'],
      legalBasis: 'Convenant Zorg- en Veiligheidshuis',
    });
    assert.equal(created.statusCode, 201, created.body);
    const caseId = created.json().id;
    const db = t.database.db;
    const closure = { base: 't-closure', address: 'Teststraat 1, Dordrecht', lon: 4.665, lat: 51.815, buurt: BUURT };
    ids.active = await insertTestDecision(db, GM, { ...closure, title: 'Lopend', start: '2026-06-01', end: '2026-08-31' });
    ids.ended = await insertTestDecision(db, GM, { ...closure, title: 'Afgelopen', start: '2026-03-01', end: '2026-06-14' });
    ids.extended = await insertTestDecision(db, GM, {
      ...closure,
      title: 'Verlengd',
      start: '2026-03-01',
      end: '2026-06-01',
      extendedTo: '2026-07-01',
    });
    ids.lifted = await insertTestDecision(db, GM, { ...closure, title: 'Opgeheven', start: '2026-06-01', liftedOn: '2026-06-10' });
    ids.soon = await insertTestDecision(db, GM, { ...closure, title: 'Binnenkort', start: '2026-07-10' });
    ids.later = await insertTestDecision(db, GM, { ...closure, title: 'Later', start: '2026-08-01' });
    ids.intent = await insertTestDecision(db, GM, { ...closure, title: 'Voornemen', state: 'voornemen', start: '2026-06-01' });
    ids.withdrawn = await insertTestDecision(db, GM, { ...closure, title: 'Ingetrokken', state: 'ingetrokken', start: '2026-06-01' });
    ids.camera = await insertTestDecision(db, GM, {
      base: 't-camera',
      title: 'Camera wijk',
      areaCodes: [WIJK],
      geometry: square,
      start: '2026-01-01',
      publicText: 'Cameratoezicht in de wijk',
      publishedOn: '2026-01-01',
    });
    ids.elsewhere = await insertTestDecision(db, GM, { ...closure, title: 'Elders', buurt: OTHER_BUURT, start: '2026-06-01' });
    ids.caseOpen = await insertTestDecision(db, GM, {
      ...closure,
      title: 'Casus gepubliceerd',
      caseId,
      start: '2026-06-01',
      publicText: 'Woning gesloten',
      publishedOn: '2026-06-02',
    });
    ids.caseHidden = await insertTestDecision(db, GM, { ...closure, title: 'Casus ongepubliceerd', caseId, start: '2026-06-01' });
  });
  after(() => t.close());

  it('lists the measures in force on the date and those starting within 30 days, not ended, lifted or undecided ones', async () => {
    const seen = await titles(coordinator);
    for (const title of ['Lopend', 'Verlengd', 'Binnenkort', 'Camera wijk']) assert.ok(seen.includes(title), title);
    for (const title of ['Afgelopen', 'Opgeheven', 'Later', 'Voornemen', 'Ingetrokken', 'Elders']) assert.ok(!seen.includes(title), title);
    const res = (await api('GET', `/areas/${BUURT}/measures?date=${DAY}`, coordinator)).json();
    const extended = res.measures.find((m: { title: string }) => m.title === 'Verlengd');
    assert.deepEqual(extended.period, { start: '2026-03-01', end: '2026-07-01', liftedOn: null });
    assert.equal(res.measures.find((m: { title: string }) => m.title === 'Binnenkort').status, 'starting');
    assert.deepEqual(res.measures.find((m: { title: string }) => m.title === 'Lopend').place.point, { lon: 4.665, lat: 51.815 });
    // a day before the lifting it was still in force; after the extension it is not
    assert.ok((await titles(coordinator, BUURT, '2026-06-09')).includes('Opgeheven'));
    assert.ok(!(await titles(coordinator, BUURT, '2026-07-02')).includes('Verlengd'));
    // the wijk lists its buurten's measures; another buurt does not see this one
    assert.ok((await titles(coordinator, WIJK)).includes('Lopend'));
    assert.ok(!(await titles(coordinator, OTHER_BUURT)).includes('Lopend'));
  });

  it('shows a decision linked to a case whole only to who may open the case, else its published part', async () => {
    const mine = await titles(caseworker);
    assert.ok(mine.includes('Casus gepubliceerd') && mine.includes('Casus ongepubliceerd'));
    const theirs = await titles(coordinator);
    assert.ok(theirs.includes('public:Woning gesloten'));
    assert.ok(!theirs.includes('Casus gepubliceerd') && !theirs.includes('Casus ongepubliceerd'));
    const body = (await api('GET', `/areas/${BUURT}/measures?date=${DAY}`, coordinator)).body;
    assert.ok(!body.includes(ids.caseHidden!), 'the unpublished decision does not appear');
    assert.ok(body.includes(ids.caseOpen!), 'the published one appears as its public part');
    const part = JSON.parse(body).measures.find((m: { publicOnly: boolean }) => m.publicOnly);
    assert.equal(part.place.addressLabel, null);
    assert.equal(part.place.point, null);
    assert.equal(part.number, null);
  });

  it('writes each read of the measures list to the processing log', async () => {
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['processing_activity_id', 'operation', 'attributes'])
      .where('processing_activity_id', '=', 'powers.decisions.read')
      .execute();
    const reads = rows.filter((r) => (r.attributes as { part?: string }).part === 'measures');
    assert.ok(reads.length >= 3, `${reads.length} reads logged`);
    assert.ok(reads.every((r) => r.operation === 'read'));
  });

  it('refuses a viewer, and answers 400/404 for codes of other or unknown areas', async () => {
    assert.equal((await api('GET', `/areas/${BUURT}/measures`, viewer)).statusCode, 403);
    assert.equal((await api('GET', '/areas/BU03630000/measures', coordinator)).statusCode, 400);
    assert.equal((await api('GET', '/areas/BU05059999/measures', coordinator)).statusCode, 404);
    assert.equal((await api('GET', '/areas/nonsense/measures', coordinator)).statusCode, 400);
  });

  it('adds the measures section to the area network: whole for powers:read, published parts for a viewer', async () => {
    const net = (who: TestSession) => api('GET', `/areas/${BUURT}/network`, who).then((r) => r.json().sections.measures);
    const c = await net(coordinator);
    assert.ok(c.some((i: { title: string }) => i.title === 'Camera wijk'));
    const v = await net(viewer);
    const camera = v.find((i: { id: string }) => i.id === ids.camera);
    assert.equal(camera.title, 'Cameratoezicht (art. 151c Gemeentewet)');
    assert.match(camera.detail, /Cameratoezicht in de wijk/);
    assert.equal(camera.geometry.type, 'Polygon');
    assert.ok(
      v.every((i: { detail: string }) => !/T-\d/.test(i.detail)),
      'no decision numbers for a viewer',
    );
    assert.ok(!v.some((i: { title: string }) => i.title === 'Lopend'), 'unpublished decisions are not shown to a viewer');
  });

  it('lists the measures in force today in the wijkgesprek report, case-linked ones only as their published part', async () => {
    const report = await t.app.inject({ url: `/api/v1/areas/${WIJK}/report.html`, headers: coordinator.headers });
    assert.equal(report.statusCode, 200, report.body);
    const section = /<h3>Bestuurlijke maatregelen<\/h3>(.*?)(<h3>|<h2>|$)/s.exec(report.body)?.[1] ?? '';
    assert.match(section, /Camera wijk/, 'the camera area, in force since 2026-01-01 without an end');
    assert.doesNotMatch(section, /Casus ongepubliceerd|Teststraat/, 'no case-linked decision beyond its published part');
  });
});
