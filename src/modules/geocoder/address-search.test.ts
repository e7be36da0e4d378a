import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot } from '../../core/config.ts';
import { systemContext } from '../../core/context.ts';
import { SEED_DIR } from '../../../test/fixtures/areas/seeded-database.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';
import { importAddresses } from './address-import-service.ts';
import { parseAddressQuery } from './address-query.ts';
import { addressPointOf } from './address-search-store.ts';
import { resetPdokFailures } from './pdok-locatieserver.ts';

const BAG = path.join(projectRoot, 'test', 'fixtures', 'geocoder', 'bagadres-dordrecht.csv');
// Proefstraat 12 (fixture README): RD 104959.39,425568.83.
const P12 = { lat: 51.8164917, lon: 4.6614726 };

type Reply = {
  source: string;
  results: Array<{ kind: string; label: string; lat: number; lon: number; buurtCode: string | null; buurtName: string | null }>;
};

describe('address query parsing', () => {
  it('reads street, number, letter, addition, postcode and woonplaats', () => {
    assert.deepEqual(parseAddressQuery('Voorstraat 12'), {
      kind: 'street',
      street: 'voorstraat',
      number: { huisnummer: 12, huisletter: '', toevoeging: '' },
      woonplaats: '',
    });
    assert.deepEqual(parseAddressQuery('voorstr 12a').number, { huisnummer: 12, huisletter: 'A', toevoeging: '' });
    assert.deepEqual(parseAddressQuery('Van der Steenstraat 7 b-bis, Dordrecht'), {
      kind: 'street',
      street: 'van der steenstraat',
      number: { huisnummer: 7, huisletter: 'B', toevoeging: 'BIS' },
      woonplaats: 'dordrecht',
    });
    assert.deepEqual(parseAddressQuery('Voorstraat 14-2 Dordrecht'), {
      kind: 'street',
      street: 'voorstraat',
      number: { huisnummer: 14, huisletter: '', toevoeging: '2' },
      woonplaats: 'dordrecht',
    });
    assert.deepEqual(parseAddressQuery('3311AB 12'), {
      kind: 'postcode',
      postcode: '3311AB',
      number: { huisnummer: 12, huisletter: '', toevoeging: '' },
    });
    assert.deepEqual(parseAddressQuery('3311 ab'), { kind: 'postcode', postcode: '3311AB', number: null });
    assert.deepEqual(parseAddressQuery('Proefstraat 12A, 3311 AB Dordrecht'), {
      kind: 'postcode',
      postcode: '3311AB',
      number: { huisnummer: 12, huisletter: 'A', toevoeging: '' },
    });
    assert.deepEqual(parseAddressQuery('Toetsplein 7B-BIS, 3312CD'), {
      kind: 'postcode',
      postcode: '3312CD',
      number: { huisnummer: 7, huisletter: 'B', toevoeging: 'BIS' },
    });
    assert.deepEqual(parseAddressQuery('Voorstraat'), { kind: 'street', street: 'voorstraat', number: null, woonplaats: '' });
  });
});

describe('address search API (/api/v1/addresses) on loaded BAG points', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({
      config: { addressSearch: 'local' },
      prepare: async (database, config) => {
        const ctx = systemContext(database.db);
        await seedAreasIfEmpty(ctx, SEED_DIR);
        await importAddresses(ctx, { file: BAG, municipality: config.municipality, source: 'bag' });
      },
    });
  });
  after(() => t.close());
  const get = (url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}` });
  const search = async (q: string): Promise<Reply> => {
    const res = await get(`/addresses/search?q=${encodeURIComponent(q)}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  };
  const buurtOf = async (p: { lat: number; lon: number }) => (await get(`/areas/locate?lat=${p.lat}&lon=${p.lon}`)).json().buurt;

  it('finds an address by street and number, with its point and buurt, without login', async () => {
    const r = await search('Proefstraat 12');
    assert.equal(r.source, 'bag');
    assert.deepEqual(
      r.results.filter((x) => x.kind === 'address').map((x) => x.label),
      ['Proefstraat 12, 3311 AB Dordrecht', 'Proefstraat 12A, 3311 AB Dordrecht'],
    );
    const first = r.results[0]!;
    assert.ok(Math.abs(first.lat - P12.lat) < 1e-5 && Math.abs(first.lon - P12.lon) < 1e-5);
    const buurt = await buurtOf(first);
    assert.equal(first.buurtCode, buurt.code);
    assert.equal(first.buurtName, buurt.name);
  });

  it('matches a shortened street with a letter, a postcode with or without number, and woonplaats', async () => {
    assert.deepEqual(
      (await search('proefstr 12a')).results.map((x) => x.label),
      ['Proefstraat 12A, 3311 AB Dordrecht'],
    );
    assert.deepEqual(
      (await search('3311AB 14')).results.map((x) => x.label),
      ['Proefstraat 14-2, 3311 AB Dordrecht'],
    );
    assert.deepEqual(
      (await search('3311 ab')).results.map((x) => x.label),
      ['Proefstraat 12, 3311 AB Dordrecht', 'Proefstraat 12A, 3311 AB Dordrecht', 'Proefstraat 14-2, 3311 AB Dordrecht'],
    );
    assert.deepEqual(
      (await search('Toetsplein 7 b, Dordrecht')).results.map((x) => x.label),
      ['Toetsplein 7B-BIS, 3312 CD Dordrecht'],
    );
    assert.deepEqual((await search('Toetsplein 7, Amsterdam')).results, []);
  });

  it('places one typed address exactly, its own label included: never a neighbour with a letter or addition', async () => {
    const at = (text: string) => addressPointOf(t.database.db, t.config.municipality, text);
    for (const text of ['Proefstraat 12, 3311 AB Dordrecht', 'Proefstraat 12, Dordrecht', '3311AB 12', 'proefstraat 12']) {
      const p = await at(text);
      assert.ok(p && Math.abs(p.lat - P12.lat) < 1e-5 && Math.abs(p.lon - P12.lon) < 1e-5, text);
    }
    const twelveA = (await search('Proefstraat 12A')).results[0]!;
    assert.deepEqual(await at('Proefstraat 12A, 3311 AB Dordrecht'), { lat: twelveA.lat, lon: twelveA.lon });
    assert.equal(await at('Proefstraat 14, 3311 AB Dordrecht'), null, 'only 14-2 exists');
    assert.notEqual(await at('Proefstraat 14-2, 3311 AB Dordrecht'), null);
    assert.equal(await at('Proefstraat 12, 9999 ZZ Dordrecht'), null, 'another postcode');
  });

  it('gives a street alone once, at its first number', async () => {
    const r = await search('toets');
    assert.deepEqual(
      r.results.map((x) => [x.kind, x.label]),
      [['street', 'Toetsplein, Dordrecht']],
    );
    const first = (await search('Toetsplein 7')).results[0]!;
    assert.deepEqual([r.results[0]!.lat, r.results[0]!.lon], [first.lat, first.lon]);
  });

  it('matches buurt and wijk names after the addresses', async () => {
    const r = await search('binnenstad');
    assert.deepEqual(
      r.results.map((x) => [x.kind, x.label]),
      [['wijk', 'Wijk 01 Binnenstad']],
    );
    const groenmarkt = await search('groenmarkt');
    assert.deepEqual(
      groenmarkt.results.map((x) => [x.kind, x.label, x.buurtCode]),
      [['buurt', 'Groenmarkt en omgeving', 'BU05050101']],
    );
    for (const x of [...r.results, ...groenmarkt.results]) {
      assert.equal(x.buurtCode, (await buurtOf(x)).code, x.label);
    }
  });

  it('reverse: the nearest address within 50 m with its distance and buurt; else the buurt only', async () => {
    const near = (await get(`/addresses/reverse?lat=${P12.lat + 0.0001}&lon=${P12.lon}`)).json();
    assert.equal(near.source, 'bag');
    assert.equal(near.address.label, 'Proefstraat 12, 3311 AB Dordrecht');
    assert.ok(near.address.distance >= 10 && near.address.distance <= 12, String(near.address.distance));
    assert.equal(near.buurt.code, (await buurtOf(P12)).code);
    const far = (await get(`/addresses/reverse?lat=${P12.lat + 0.001}&lon=${P12.lon}`)).json();
    assert.equal(far.address, null);
    assert.ok(far.buurt.code.startsWith('BU0505'));
    const outside = (await get('/addresses/reverse?lat=52.3728&lon=4.8936')).json();
    assert.deepEqual([outside.address, outside.buurt], [null, null]);
  });

  it('400 problem+json for a too short or too long q and for lat/lon out of range', async () => {
    for (const url of [
      '/addresses/search?q=a',
      `/addresses/search?q=${'x'.repeat(101)}`,
      '/addresses/search',
      '/addresses/reverse?lat=95&lon=4.6',
      '/addresses/reverse?lat=51.8&lon=200',
      '/addresses/reverse?lat=abc&lon=4.6',
    ]) {
      const res = await get(url);
      assert.equal(res.statusCode, 400, url);
      assert.match(String(res.headers['content-type']), /application\/problem\+json/, url);
      assert.ok(res.json().errors.length > 0, url);
    }
  });
});

/** A stand-in for PDOK Locatieserver answering its Solr shape; records what it was asked. */
async function fakePdok(): Promise<{ url: string; asked: URL[]; close(): Promise<void> }> {
  const asked: URL[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    asked.push(url);
    const doc = {
      type: 'adres',
      weergavenaam: 'Voorstraat 12, 3311ER Dordrecht',
      centroide_ll: `POINT(${P12.lon} ${P12.lat})`,
      score: 9.5,
    };
    const docs = url.pathname.endsWith('/reverse') ? [{ ...doc, afstand: 12.3 }] : [doc];
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ response: { numFound: docs.length, start: 0, maxScore: 9.5, numFoundExact: true, docs } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/bzk/locatieserver/search/v3_1`, asked, close: () => new Promise((r) => server.close(() => r())) };
}

describe('address search without BAG points: PDOK Locatieserver or area names', () => {
  let pdok: Awaited<ReturnType<typeof fakePdok>>;
  let withPdok: TestApp;
  let offline: TestApp;
  const prepare = async (database: TestApp['database']) => void (await seedAreasIfEmpty(systemContext(database.db), SEED_DIR));
  before(async () => {
    resetPdokFailures();
    pdok = await fakePdok();
    withPdok = await createTestApp({ config: { addressSearch: 'auto', pdokLocatieserverUrl: pdok.url }, prepare });
    // Nothing listens on port 9 (discard): PDOK unreachable.
    offline = await createTestApp({ config: { addressSearch: 'auto', pdokLocatieserverUrl: 'http://127.0.0.1:9/v3_1' }, prepare });
  });
  after(async () => {
    await withPdok.close();
    await offline.close();
    await pdok.close();
  });

  it('auto without address points asks PDOK server-side, within the municipality', async () => {
    const res = await withPdok.app.inject({ method: 'GET', url: '/api/v1/addresses/search?q=voorstraat%2012' });
    const r: Reply = res.json();
    assert.equal(r.source, 'pdok');
    assert.equal(r.results[0]!.label, 'Voorstraat 12, 3311ER Dordrecht');
    assert.ok(r.results[0]!.buurtCode?.startsWith('BU0505'));
    const free = pdok.asked.find((u) => u.pathname.endsWith('/free'))!;
    assert.equal(free.searchParams.get('q'), 'voorstraat 12');
    assert.deepEqual(free.searchParams.getAll('fq'), ['type:adres', 'gemeentecode:0505']);
    const rev = (await withPdok.app.inject({ method: 'GET', url: `/api/v1/addresses/reverse?lat=${P12.lat}&lon=${P12.lon}` })).json();
    assert.deepEqual([rev.source, rev.address.label, rev.address.distance], ['pdok', 'Voorstraat 12, 3311ER Dordrecht', 12]);
    const asked = pdok.asked.find((u) => u.pathname.endsWith('/reverse'))!;
    assert.deepEqual([asked.searchParams.get('type'), asked.searchParams.get('lat')], ['adres', String(P12.lat)]);
  });

  it('PDOK unreachable: falls back to area names and says so', async () => {
    const t0 = Date.now();
    const r: Reply = (await offline.app.inject({ method: 'GET', url: '/api/v1/addresses/search?q=binnenstad' })).json();
    assert.equal(r.source, 'areas');
    assert.ok(r.results.length > 0 && r.results.every((x) => x.kind === 'buurt' || x.kind === 'wijk'));
    const rev = (await offline.app.inject({ method: 'GET', url: `/api/v1/addresses/reverse?lat=${P12.lat}&lon=${P12.lon}` })).json();
    assert.equal(rev.source, 'areas');
    assert.equal(rev.address, null);
    assert.ok(rev.buurt.code.startsWith('BU0505'));
    assert.ok(Date.now() - t0 < 3000, 'no long wait on an unreachable PDOK');
  });
});
