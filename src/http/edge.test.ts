import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import { loginAs, type TestSession } from '../../test/helpers/sessions.ts';
import { createTestApp, type TestApp } from '../../test/helpers/test-app.ts';
import { appErrorOfDatabase } from '../db/database-errors.ts';
import { clientErrorResponse } from './framework-errors.ts';
import { findBadInput, MAX_BODY_DEPTH } from './input-guard.ts';

const PROBLEM = 'application/problem+json; charset=utf-8';

function assertSecurityHeaders(headers: Record<string, unknown>, api = true): void {
  assert.equal(headers['x-content-type-options'], 'nosniff');
  assert.equal(headers['x-frame-options'], 'DENY');
  if (api) assert.equal(headers['cache-control'], 'no-store');
}

const nested = (depth: number): unknown => {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};

describe('edge: bad bytes, nesting and malformed paths', () => {
  it('finds NUL and lone surrogates in values and keys at any depth, and accepts whole surrogate pairs', () => {
    const errors = findBadInput('body', { a: 'x\u0000y', list: ['ok', '\uD800'], deep: { 'k\u0000': 1 }, fine: '😀 café', low: 'a\uDC00' });
    assert.deepEqual(errors.map((e) => e.name).sort(), ['body.a', 'body.deep.k\\u0000', 'body.list.1', 'body.low']);
    assert.deepEqual(findBadInput('query', { q: 'gewoon 😀 tekst' }), []);
  });

  it('refuses bodies nested deeper than the limit without recursion, and accepts the limit itself', () => {
    assert.deepEqual(findBadInput('body', nested(MAX_BODY_DEPTH - 1), MAX_BODY_DEPTH), []);
    const deep = findBadInput('body', nested(MAX_BODY_DEPTH + 1), MAX_BODY_DEPTH);
    assert.equal(deep.length, 1);
    assert.match(deep[0]!.reason, /nested deeper than 32/);
    assert.equal(findBadInput('body', nested(200_000), MAX_BODY_DEPTH).length, 1, 'no stack overflow on a very deep value');
  });

  it('maps database refusals of input to 4xx and leaves other errors alone', () => {
    assert.equal(appErrorOfDatabase({ code: '23503', severity: 'ERROR' })?.status, 409);
    assert.equal(appErrorOfDatabase({ code: '23505', severity: 'ERROR' })?.status, 409);
    assert.equal(appErrorOfDatabase({ code: '22021', severity: 'ERROR' })?.status, 400);
    assert.equal(appErrorOfDatabase({ code: '22003', severity: 'ERROR' })?.type, 'invalid-value');
    assert.equal(appErrorOfDatabase({ code: '54001', severity: 'ERROR' })?.status, 400);
    assert.equal(appErrorOfDatabase({ code: '42601', severity: 'ERROR' }), null, 'a syntax error is ours: stays 500');
    assert.equal(appErrorOfDatabase({ code: 'ECONNREFUSED' }), null);
    assert.equal(appErrorOfDatabase(new Error('x')), null);
  });

  it('writes a problem+json with the security headers when the HTTP parser refuses a request', () => {
    const raw = clientErrorResponse('HPE_INVALID_METHOD');
    assert.match(raw, /^HTTP\/1\.1 400 Bad Request\r\n/);
    assert.match(raw, /content-type: application\/problem\+json/);
    assert.match(raw, /x-content-type-options: nosniff/);
    assert.equal(JSON.parse(raw.split('\r\n\r\n')[1]!).status, 400);
    assert.match(clientErrorResponse('HPE_HEADER_OVERFLOW'), /^HTTP\/1\.1 431 /);
  });
});

describe('edge: every route, through the app', () => {
  let t: TestApp;
  let admin: TestSession;
  before(async () => {
    t = await createTestApp();
    admin = await loginAs(t.app, t.database, 'admin');
  });
  after(async () => t.close());

  it('answers a NUL in query, path or JSON body with 400 problem+json naming the field', async () => {
    const cases = [
      { method: 'GET' as const, url: '/api/v1/signals?q=a%00b', field: 'query.q' },
      { method: 'GET' as const, url: '/api/v1/audit-log?actor=x%00', field: 'query.actor' },
      { method: 'GET' as const, url: '/api/v1/public/missions/a%00b', field: 'params.id' },
      { method: 'POST' as const, url: '/api/v1/partners', payload: { name: 'a\u0000b', kind: 'police' }, field: 'body.name' },
      {
        method: 'PUT' as const,
        url: '/api/v1/signal-routing-rules',
        payload: { rules: [{ name: 'r', assignKind: 'department', assignTo: 'x\u0000' }] },
        field: 'body.rules.0.assignTo',
      },
    ];
    for (const c of cases) {
      const res = await t.app.inject({
        method: c.method,
        url: c.url,
        headers: admin.headers,
        ...(c.payload ? { payload: c.payload } : {}),
      });
      assert.equal(res.statusCode, 400, `${c.url}: ${res.body}`);
      assert.equal(res.headers['content-type'], PROBLEM);
      assertSecurityHeaders(res.headers);
      assert.deepEqual(
        res.json().errors.map((e: { name: string }) => e.name),
        [c.field],
      );
    }
  });

  it('answers a lone surrogate in a JSON string and a body nested too deep with 400', async () => {
    const surrogate = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: '{"name":"ab\\ud800","kind":"police"}',
    });
    assert.equal(surrogate.statusCode, 400);
    assert.equal(surrogate.json().errors[0].name, 'body.name');
    const deep = await t.app.inject({
      method: 'POST',
      url: '/api/v1/missions/candidates',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: `{"alerts":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    });
    assert.equal(deep.statusCode, 400, deep.body);
    assert.match(deep.json().errors[0].reason, /nested deeper/);
  });

  it('keeps Open311 errors in the Open311 format, still 400 and with the security headers', async () => {
    for (const url of ['/open311/v2/requests/a%00b.json', '/open311/v2/requests.json?service_code=%00']) {
      const res = await t.app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 400, url);
      assert.equal(res.json()[0].code, 400);
      assert.match(res.json()[0].description, /NUL/);
      assertSecurityHeaders(res.headers, false);
    }
  });

  it('refuses a parameter given twice where no schema reads the query or form (Open311)', async () => {
    for (const url of [
      '/open311/v2/requests.json?service_request_id=a&service_request_id=b',
      '/open311/v2/requests.json?service_code=x&service_code=y',
    ]) {
      const res = await t.app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
      assert.match(res.json()[0].description, /given more than once/);
    }
    const post = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'api_key=a&api_key=b&service_code=x',
    });
    assert.equal(post.statusCode, 400, post.body);
    const validated = await t.app.inject({ method: 'GET', url: '/api/v1/perception/survey-results?year=2023&year=2022' });
    assert.ok(validated.statusCode < 500, 'a route with a query schema decides itself');
  });

  it('answers malformed paths, overlong path segments and unknown methods with problem+json and the security headers', async () => {
    for (const [url, status] of [
      ['/api/v1/%ED%A0%80', 400],
      ['/api/v1/areas/%ZZ', 400],
      ['/api/v1/areas/%E0%A4%A', 400],
      [`/api/v1/areas/${'B'.repeat(300)}`, 414],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, status, url);
      assert.equal(res.headers['content-type'], PROBLEM, url);
      assertSecurityHeaders(res.headers);
      assert.equal(res.json().status, status);
    }
    const open311 = await t.app.inject({ method: 'GET', url: '/open311/v2/requests/%ED%A0%80.xml' });
    assert.equal(open311.statusCode, 400);
    assert.match(open311.body, /<errors><error><code>400<\/code>/);
    assertSecurityHeaders(open311.headers, false);
    const method = await t.app.inject({ method: 'PROPFIND', url: '/api/v1/health' });
    assert.equal(method.statusCode, 404);
    assert.equal(method.headers['content-type'], PROBLEM);
  });

  it('answers a text/plain body with 415, like any type other than JSON', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: { ...admin.headers, 'content-type': 'text/plain' },
      payload: '{"name":"x"}',
    });
    assert.equal(res.statusCode, 415);
    assert.equal(res.json().type, 'https://stadsveilig.nl/problems/unsupported-media-type');
  });

  it('answers input the database refuses with 4xx, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/missions/0b9f3c1e-4d2a-4c6b-9e8f-7a1b2c3d4e5f/log',
      headers: admin.headers,
      payload: { kind: 'decision', occurredOn: '2024-01-01', title: 'Besluit' },
    });
    assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${res.statusCode} ${res.body}`);
    assert.equal(res.headers['content-type'], PROBLEM);
  });

  it('answers a request the HTTP parser cannot read with problem+json on the wire', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as net.AddressInfo;
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write('GET /api/v1/health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'));
      let data = '';
      socket.on('data', (d) => (data += d.toString()));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    assert.match(reply, /^HTTP\/1\.1 400 /);
    assert.match(reply, /content-type: application\/problem\+json/);
    assert.match(reply, /x-content-type-options: nosniff/);
  });
});
