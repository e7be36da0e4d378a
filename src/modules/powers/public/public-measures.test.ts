import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { SEED_DIR } from '../../../../test/fixtures/missions/seed.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { systemContext } from '../../../core/context.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { insertTestBases, insertTestDecision } from '../measures/test-decisions.ts';

const GM = 'GM0505';
const BUURT = 'BU05050801';
const WIJK = 'WK050508';
const today = new Date().toISOString().slice(0, 10);
const shift = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
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
/** Markers that may only live in internal fields: none may reach the public reply. */
const SECRET = {
  title: 'GEHEIM-TITEL-7f3a',
  summary: 'GEHEIM-SAMENVATTING-91bc',
  address: 'Geheimstraat 42, Dordrecht',
  fact: 'GEHEIM-FEIT-55de',
  document: 'GEHEIM-DOC-0a1b',
  unpublished: 'NOG-NIET-GEPUBLICEERD-33ef',
  future: 'LATER-GEPUBLICEERD-77aa',
};
const LON = 4.661234;
const LAT = 51.817654;

describe('powers: the public part of measures (leak proof)', () => {
  let t: TestApp;
  const caseId = randomUUID();
  let closureId: string;
  before(async () => {
    t = await createTestApp({
      prepare: async (database) => {
        await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR);
        await insertTestBases(database.db, GM);
      },
    });
    const db = t.database.db;
    const internals = {
      title: SECRET.title,
      summary: SECRET.summary,
      caseId,
      facts: [{ kind: 'incident' as const, reference: SECRET.fact, note: SECRET.fact }],
      documents: [{ title: SECRET.document, reference: SECRET.document }],
    };
    closureId = await insertTestDecision(db, GM, {
      ...internals,
      base: 't-closure',
      address: SECRET.address,
      lon: LON,
      lat: LAT,
      buurt: BUURT,
      start: shift(-10),
      end: shift(80),
      publicText: 'De burgemeester heeft een woning in deze buurt voor drie maanden gesloten.',
      publishedOn: shift(-9),
    });
    await insertTestDecision(db, GM, {
      ...internals,
      base: 't-camera',
      areaCodes: [WIJK],
      geometry: square,
      start: shift(-100),
      publicText: 'Cameratoezicht in het centrum.',
      publishedOn: shift(-100),
    });
    await insertTestDecision(db, GM, {
      ...internals,
      base: 't-closure',
      address: SECRET.address,
      buurt: BUURT,
      start: shift(-5),
      publicText: SECRET.unpublished,
    });
    await insertTestDecision(db, GM, {
      ...internals,
      base: 't-closure',
      buurt: BUURT,
      start: shift(-5),
      publicText: SECRET.future,
      publishedOn: shift(3),
    });
  });
  after(() => t.close());

  it('shows published measures without login: text, kind, article, period, area names and area polygons only', async () => {
    for (const url of ['/api/v1/public/measures', `/api/v1/public/measures?area=${WIJK}`, `/api/v1/public/measures?area=${BUURT}`]) {
      const res = await t.app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json();
      assert.equal(body.date, today);
      assert.equal(body.measures.length, 2, url);
      const closure = body.measures.find((m: { measureKind: string }) => m.measureKind === 'closure');
      assert.equal(closure.text, 'De burgemeester heeft een woning in deze buurt voor drie maanden gesloten.');
      assert.equal(closure.article, 'art. 13b Opiumwet');
      assert.equal(closure.geometry, null, 'never the place of an address-bound measure');
      assert.deepEqual(
        closure.areas.map((a: { code: string }) => a.code),
        [BUURT],
      );
      assert.notEqual(closure.areas[0].name, BUURT, 'the buurt by name');
      assert.deepEqual(Object.keys(closure).sort(), [
        'areas',
        'article',
        'baseLabel',
        'geometry',
        'measureKind',
        'period',
        'publishedOn',
        'status',
        'text',
      ]);
      const camera = body.measures.find((m: { measureKind: string }) => m.measureKind === 'camera');
      assert.deepEqual(camera.geometry, square);
      for (const marker of [...Object.values(SECRET), caseId, closureId, String(LON), String(LAT), 'T-'])
        assert.ok(!res.body.includes(marker), `${marker} leaked in ${url}`);
    }
  });

  it('answers 400 for another municipality and for a malformed code, 404 for an unknown area', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/public/measures?area=WK036300' })).statusCode, 400);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/public/measures?area=x' })).statusCode, 400);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/public/measures?area=WK050599' })).statusCode, 404);
  });
});
