import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../../test/helpers/test-app.ts';
import { engineUnderTest } from '../../test/helpers/test-database.ts';

describe('API conventions', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ config: { bodyLimit: 4096 } });
  });
  after(async () => t.close());

  it('reports health with the engine in use', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    assert.equal(res.statusCode, 200);
    // No analysis request yet in this app: the incident columns are not loaded (loading-state.test.ts covers the rest).
    assert.deepEqual(res.json(), { status: 'ok', database: engineUnderTest, incidentColumns: 'not-loaded' });
  });

  it('sends the security headers of the Dutch API Design Rules and an API-Version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['content-security-policy'], "frame-ancestors 'none'");
    assert.equal(res.headers['x-frame-options'], 'DENY');
    assert.match(String(res.headers['api-version']), /^\d+\.\d+\.\d+$/);
    assert.equal(res.headers['strict-transport-security'], undefined, 'no HSTS over plain http');
  });

  it('compresses large replies as the client accepts (brotli, else gzip), small ones and unasked ones not', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    assert.equal(plain.headers['content-encoding'], undefined, 'no accept-encoding: no compression');
    const br = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(String(br.headers.vary), /accept-encoding/i);
    assert.deepEqual(JSON.parse(brotliDecompressSync(br.rawPayload).toString()), plain.json());
    assert.ok(br.rawPayload.length < plain.rawPayload.length / 4, `${br.rawPayload.length} of ${plain.rawPayload.length} bytes`);
    const gz = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(JSON.parse(gunzipSync(gz.rawPayload).toString()), plain.json());
    const small = await t.app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'accept-encoding': 'br' } });
    assert.equal(small.headers['content-encoding'], undefined, 'below 2 kB not worth it');
    assert.equal(small.json().status, 'ok');
  });

  it('serves an OpenAPI 3.1 document listing the routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.equal(doc.openapi, '3.1.0');
    for (const p of ['/api/v1/health', '/api/v1/session', '/api/v1/users', '/api/v1/audit-log']) {
      assert.ok(doc.paths[p], `OpenAPI lists ${p}`);
    }
    assert.ok(doc.paths['/api/v1/session'].post.requestBody, 'login body documented');
  });

  it('answers unknown paths with problem+json 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing?x=1' });
    assert.equal(res.statusCode, 404);
    assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.deepEqual(Object.keys(res.json()).sort(), ['detail', 'instance', 'status', 'title', 'type']);
    assert.equal(res.json().instance, '/api/v1/no-such-thing');
  });

  it('refuses an oversized body with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'a@b.nl', password: 'x'.repeat(10_000) },
    });
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().type, 'https://stadsveilig.nl/problems/body-too-large');
  });

  it('refuses a wrong content type with 415 and malformed JSON with 400', async () => {
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=a@b.nl&password=x',
    });
    assert.equal(form.statusCode, 415);
    assert.equal(form.headers['content-type'], 'application/problem+json; charset=utf-8');
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    assert.equal(broken.statusCode, 400);
    assert.equal(broken.json().type, 'https://stadsveilig.nl/problems/invalid-json');
  });

  it('tells the web app which municipality and map background it serves', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/instance' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().municipality.code, 'GM0505');
    // The default: the PDOK BRT background with streets (the web app falls back offline).
    assert.equal(res.json().map.background, 'pdok-brt');
    assert.match(res.json().map.backgroundTiles, /^https:\/\/service\.pdok\.nl\/brt\/achtergrondkaart\/.*\{z\}\/\{x\}\/\{y\}\.png$/);
    assert.match(res.json().map.backgroundAttribution, /PDOK/);
    assert.match(res.json().map.attribution, /CBS/, 'the areas are credited apart, so an unreachable background is not credited');
  });
});
