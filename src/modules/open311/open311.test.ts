/** Open311 GeoReport v2 with real XML parsing of the replies. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { systemContext } from '../../core/context.ts';
import { createSignalsApp, DORDRECHT_CENTRE } from '../../../test/fixtures/signals/signals-app.ts';
import { loginAs } from '../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../test/helpers/test-app.ts';
import { createApiKey } from './api-keys.ts';

const xml = new XMLParser({ isArray: (name) => ['service', 'request', 'error'].includes(name) });
const form = (o: Record<string, string>) => new URLSearchParams(o).toString();

describe('Open311 GeoReport v2', () => {
  let t: TestApp;
  let key: string;
  before(async () => {
    t = await createSignalsApp();
    key = (await createApiKey(systemContext(t.database.db, 'test'), 'Test app')).key;
  });
  after(async () => t.close());
  const post = (fmt: string, body: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: `/open311/v2/requests.${fmt}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: form(body),
    });

  it('lists services in JSON and XML and one service definition', async () => {
    const json = await t.app.inject({ method: 'GET', url: '/open311/v2/services.json' });
    assert.equal(json.statusCode, 200);
    assert.ok(
      json.json().some((s: { service_code: string; group: string }) => s.service_code === 'afval-dumping' && s.group === 'Openbare ruimte'),
    );
    const x = await t.app.inject({ method: 'GET', url: '/open311/v2/services.xml' });
    assert.match(x.headers['content-type'] as string, /text\/xml/);
    const parsed = xml.parse(x.body);
    assert.ok(parsed.services.service.length > 20);
    assert.ok(parsed.services.service.some((s: { service_code: string }) => s.service_code === 'straatverlichting'));
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/open311/v2/services/afval-dumping.json' })).json().service_code,
      'afval-dumping',
    );
    const missing = await t.app.inject({ method: 'GET', url: '/open311/v2/services/bestaat-niet.xml' });
    assert.equal(missing.statusCode, 404);
    assert.equal(xml.parse(missing.body).errors.error[0].code, 404);
  });

  it('posts a request form-encoded with api_key; refuses a bad key with 403 and bad input with 400', async () => {
    const ok = await post('xml', {
      api_key: key,
      service_code: 'afval-dumping',
      lat: String(DORDRECHT_CENTRE.lat),
      long: String(DORDRECHT_CENTRE.lon),
      description: 'Grofvuil naast de container',
      email: 'app@example.test',
    });
    assert.equal(ok.statusCode, 201, ok.body);
    const req = xml.parse(ok.body).service_requests.request[0];
    assert.match(req.service_request_id, /^M-\d{4}-\d{6}$/);
    const byAddress = await post('json', {
      api_key: key,
      service_code: 'groen',
      address_string: 'Voorstraat 10, Dordrecht',
      description: 'Boom moet gesnoeid worden',
    });
    assert.equal(byAddress.statusCode, 201, byAddress.body);
    const denied = await post('xml', {
      api_key: 'wrong',
      service_code: 'afval-dumping',
      lat: '51.81',
      long: '4.67',
      description: 'Grofvuil naast de container',
    });
    assert.equal(denied.statusCode, 403);
    assert.equal(xml.parse(denied.body).errors.error[0].code, 403);
    const noPlace = await post('json', { api_key: key, service_code: 'afval-dumping', description: 'Grofvuil naast de container' });
    assert.equal(noPlace.statusCode, 400);
    assert.match(noPlace.json()[0].description, /lat and long, or address_string/);
    const badService = await post('json', {
      api_key: key,
      service_code: 'bestaat-niet',
      lat: '51.81',
      long: '4.67',
      description: 'Grofvuil naast de container',
    });
    assert.equal(badService.statusCode, 400);
    const tok = await t.app.inject({ method: 'GET', url: `/open311/v2/tokens/${byAddress.json()[0].token}.json` });
    assert.equal(tok.json()[0].service_request_id, byAddress.json()[0].service_request_id);
  });

  it('lists and fetches requests with filters; closed after staff closes; no personal data', async () => {
    const made = await post('json', {
      api_key: key,
      service_code: 'straatverlichting',
      lat: String(DORDRECHT_CENTRE.lat),
      long: String(DORDRECHT_CENTRE.lon),
      description: 'Lamp brandt niet',
      email: 'prive@example.test',
    });
    const id = made.json()[0].service_request_id as string;
    const one = await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${id}.xml` });
    const r = xml.parse(one.body).service_requests.request[0];
    assert.equal(r.status, 'open');
    assert.equal(r.service_code, 'straatverlichting');
    assert.doesNotMatch(one.body, /example\.test/);
    const coord = await loginAs(t.app, t.database, 'coordinator');
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/signals/${id}/transitions`,
      headers: coord.headers,
      payload: { to: 'done', text: 'Lamp vervangen' },
    });
    const closed = await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json?status=closed&service_code=straatverlichting' });
    assert.deepEqual(
      closed.json().map((x: { service_request_id: string }) => x.service_request_id),
      [id],
    );
    assert.equal(closed.json()[0].status_notes, null, 'a staff reply is the reporter’s until staff publish it');
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/signals/${id}`, headers: { cookie: coord.cookie } })).json();
    const reply = detail.history.find((h: { text: string | null }) => h.text === 'Lamp vervangen');
    const pub = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/signals/${id}/history/${reply.id}/publication`,
      headers: coord.headers,
      payload: { published: true },
    });
    assert.equal(pub.statusCode, 200, pub.body);
    const again = await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${id}.json` });
    assert.equal(again.json()[0].status_notes, 'Lamp vervangen');
    const list = await t.app.inject({
      method: 'GET',
      url: `/open311/v2/requests.xml?service_request_id=${id}&start_date=2000-01-01T00:00:00Z`,
    });
    assert.equal(xml.parse(list.body).service_requests.request.length, 1);
    const open = await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json?status=open' });
    assert.ok(open.json().every((x: { status: string }) => x.status === 'open'));
    assert.equal((await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json?status=half' })).statusCode, 400);
    assert.equal((await t.app.inject({ method: 'GET', url: '/open311/v2/requests/M-1999-000001.json' })).statusCode, 404);
  });

  it('lets admins manage API keys through the API, showing the key once and storing only its hash', async () => {
    const admin = await loginAs(t.app, t.database, 'admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/open311-api-keys',
      headers: admin.headers,
      payload: { name: 'Partner' },
    });
    assert.equal(res.statusCode, 201);
    const { key: k, id } = res.json();
    const row = await t.database.db.selectFrom('open311_api_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.notEqual(row.key_hash, k);
    const listed = async () =>
      (await t.app.inject({ method: 'GET', url: '/api/v1/open311-api-keys', headers: { cookie: admin.cookie } }))
        .json()
        .keys.find((x: { id: string }) => x.id === id);
    assert.equal((await listed()).lastUsedAt, null, 'never used');
    const before = Date.now();
    assert.equal((await t.app.inject({ method: 'GET', url: `/open311/v2/services.json?api_key=${k}` })).statusCode, 200);
    const used = Date.parse((await listed()).lastUsedAt);
    assert.ok(used >= before - 1000 && used <= Date.now() + 1000, 'last use recorded');
    assert.doesNotMatch(
      (await t.app.inject({ method: 'GET', url: '/api/v1/open311-api-keys', headers: { cookie: admin.cookie } })).body,
      new RegExp(k),
    );
    assert.equal((await t.app.inject({ method: 'DELETE', url: `/api/v1/open311-api-keys/${id}`, headers: admin.headers })).statusCode, 204);
    const refused = await post('json', {
      api_key: k,
      service_code: 'groen',
      lat: '51.81',
      long: '4.67',
      description: 'Boom moet gesnoeid worden',
    });
    assert.equal(refused.statusCode, 403);
  });
});
