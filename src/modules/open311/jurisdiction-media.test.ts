/** Open311: jurisdiction_id checked against the municipality; media_url for public photos only. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import { createSignalsApp, report } from '../../../test/fixtures/signals/signals-app.ts';
import type { TestApp } from '../../../test/helpers/test-app.ts';
import { createApiKey } from './api-keys.ts';

describe('Open311 jurisdiction_id and media_url', () => {
  let t: TestApp;
  let key: string;
  before(async () => {
    t = await createSignalsApp();
    key = (await createApiKey(systemContext(t.database.db, 'test'), 'Test app')).key;
  });
  after(async () => t.close());
  const get = (url: string) => t.app.inject({ method: 'GET', url: `/open311/v2${url}` });

  it('accepts the configured municipality as jurisdiction_id (any case) and answers 404 for another', async () => {
    assert.equal((await get('/services.json?jurisdiction_id=gm0505')).statusCode, 200);
    assert.equal((await get('/services.json?jurisdiction_id=GM0505')).statusCode, 200);
    const other = await get('/services.xml?jurisdiction_id=gm0363');
    assert.equal(other.statusCode, 404);
    assert.match(other.body, /<code>404<\/code>.*gm0363/s);
    assert.equal((await get('/requests.json?jurisdiction_id=amsterdam.nl')).statusCode, 404);
    const post = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        api_key: key,
        jurisdiction_id: 'gm0363',
        service_code: 'groen',
        address_string: 'Voorstraat 1',
        description: 'Boom moet gesnoeid worden',
      }).toString(),
    });
    assert.equal(post.statusCode, 404);
    assert.equal(
      await t.database.db
        .selectFrom('signals')
        .select('id')
        .where('source', '=', 'open311')
        .execute()
        .then((r) => r.length),
      0,
      'nothing stored',
    );
  });

  it('gives media_url for the first public photo, not for private photos; sensitive categories are not listed at all', async () => {
    const r = await report(t.app, {});
    const photo = (isPublic: boolean, signalId: string) => ({
      id: randomUUID(),
      signal_id: signalId,
      content_type: 'image/jpeg',
      bytes: Buffer.from([0xff, 0xd8, 0xff]),
      width: 1,
      height: 1,
      size: 3,
      is_public: isPublic,
    });
    await t.database.db.insertInto('signal_photos').values(photo(false, r.body.id)).execute();
    const one = async (n: string) => (await get(`/requests/${n}.json`)).json()[0];
    assert.equal((await one(r.body.number)).media_url, null, 'a private photo is not published');
    const pub = photo(true, r.body.id);
    await t.database.db.insertInto('signal_photos').values(pub).execute();
    assert.equal((await one(r.body.number)).media_url, `https://meldingen.example.test/api/v1/public/photos/${pub.id}`);
    assert.equal(
      (await t.app.inject({ method: 'GET', url: `/api/v1/public/photos/${pub.id}` })).statusCode,
      200,
      'the URL works without an account',
    );
    const sensitive = await report(t.app, { categorySlug: 'drugshandel', description: 'Er wordt gedeald op de hoek' });
    await t.database.db.insertInto('signal_photos').values(photo(true, sensitive.body.id)).execute();
    const list = (await get('/requests.json?service_code=drugshandel')).json() as Array<{
      service_request_id: string;
      media_url: string | null;
    }>;
    assert.deepEqual(list, [], 'a sensitive report is not named in public');
    assert.equal((await get(`/requests/${sensitive.body.number}.json`)).statusCode, 404);
  });
});
