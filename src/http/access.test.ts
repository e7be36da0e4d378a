import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type LightMyRequestResponse } from 'fastify';
import { loginAs, type TestSession } from '../../test/helpers/sessions.ts';
import { createTestApp, type TestApp } from '../../test/helpers/test-app.ts';
import type { Actor } from '../core/context.ts';
import { registerAccessControl, routeAccessList, ruleAdmits } from './access.ts';
import { registerProblemHandlers } from './problem.ts';

/** A bare app whose actor comes from a test header, with three rules and one unruled route. */
async function bareApp(): Promise<FastifyInstance> {
  const app = Fastify();
  registerProblemHandlers(app);
  app.decorateRequest('ctx', null as never);
  app.addHook('onRequest', async (request) => {
    const role = request.headers['x-test-role'];
    const actor: Actor =
      typeof role === 'string' ? { kind: 'user', userId: 'u', email: 'u@x', role: role as 'admin' } : { kind: 'anonymous' };
    request.ctx = { actor, db: null as never, traceId: 't' };
  });
  registerAccessControl(
    app,
    { 'GET /api/open': 'public', 'GET /api/users': 'users:read', 'GET /api/me': 'session' },
    { max: 2, timeWindow: '1 minute' },
  );
  await app.register(rateLimit, { global: false });
  for (const url of ['/api/open', '/api/users', '/api/me', '/api/unruled']) app.get(url, async () => ({ ok: true }));
  await app.ready();
  return app;
}

describe('access rules at the edge', () => {
  it('admits by rule: public to all, session to any user, a permission to the roles that hold it', () => {
    assert.equal(ruleAdmits('public', undefined), true);
    assert.equal(ruleAdmits('session', undefined), false);
    assert.equal(ruleAdmits('session', 'partner'), true);
    assert.equal(ruleAdmits('audit:read', 'admin'), true);
    assert.equal(ruleAdmits('audit:read', 'analyst'), false);
    assert.equal(ruleAdmits(['signals:read', 'signals:partner'], 'partner'), true);
    assert.equal(ruleAdmits(['signals:read', 'signals:partner'], undefined), false);
  });

  it('refuses before the handler, lists every route with its rule, and names the unruled one', async () => {
    const app = await bareApp();
    assert.equal((await app.inject({ url: '/api/users' })).statusCode, 401);
    assert.equal((await app.inject({ url: '/api/users', headers: { 'x-test-role': 'viewer' } })).statusCode, 403);
    assert.equal((await app.inject({ url: '/api/users', headers: { 'x-test-role': 'admin' } })).statusCode, 200);
    assert.equal((await app.inject({ url: '/api/me' })).statusCode, 401);
    assert.equal((await app.inject({ url: '/api/me', headers: { 'x-test-role': 'partner' } })).statusCode, 200);
    assert.deepEqual(
      routeAccessList(app).map((r) => `${r.method} ${r.path} ${String(r.rule)}`),
      ['GET /api/open public', 'GET /api/users users:read', 'GET /api/me session', 'GET /api/unruled undefined'],
    );
    await app.close();
  });

  it('limits anonymous callers of public and unruled routes per IP, and not logged-in users', async () => {
    const app = await bareApp();
    for (const url of ['/api/open', '/api/unruled']) {
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push((await app.inject({ url, remoteAddress: '192.0.2.1' })).statusCode);
      assert.deepEqual(codes, [200, 200, 429], url);
      assert.equal((await app.inject({ url, remoteAddress: '192.0.2.2' })).statusCode, 200, 'another address has its own count');
      assert.equal(
        (await app.inject({ url, remoteAddress: '192.0.2.1', headers: { 'x-test-role': 'viewer' } })).statusCode,
        200,
        'a logged-in user is not counted',
      );
    }
    await app.close();
  });
});

describe('default per-IP limit of public routes in the app', () => {
  let t: TestApp;
  let viewer: TestSession;
  let apiKey: string;
  before(async () => {
    t = await createTestApp({ config: { publicPerMinute: 3 } });
    viewer = await loginAs(t.app, t.database, 'viewer');
    const admin = await loginAs(t.app, t.database, 'admin');
    apiKey = (
      await t.app.inject({ method: 'POST', url: '/api/v1/open311-api-keys', headers: admin.headers, payload: { name: 'Integratie' } })
    ).json().key;
  });
  after(async () => t.close());

  it('answers an anonymous flood with 429 problem+json, retry-after and the security headers', async () => {
    const codes = [];
    let last: LightMyRequestResponse | undefined;
    for (let i = 0; i < 5; i++) {
      last = await t.app.inject({ method: 'GET', url: '/api/v1/perception/indicators', remoteAddress: '203.0.113.7' });
      codes.push(last.statusCode);
    }
    assert.deepEqual(codes, [200, 200, 200, 429, 429]);
    assert.equal(last!.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(last!.json().type, 'https://stadsveilig.nl/problems/too-many-requests');
    assert.ok(Number(last!.headers['retry-after']) >= 1 && Number(last!.headers['retry-after']) <= 60);
    assert.equal(last!.headers['x-content-type-options'], 'nosniff');
    const staff = await t.app.inject({
      method: 'GET',
      url: '/api/v1/perception/indicators',
      remoteAddress: '203.0.113.7',
      headers: { cookie: viewer.cookie },
    });
    assert.equal(staff.statusCode, 200, 'staff behind the same address are not held to it');
  });

  it('leaves Open311 to its own limits (per API key or IP, open311/rate-limits.ts), not the public default', async () => {
    const reads = [];
    for (let i = 0; i < 4; i++)
      reads.push(await t.app.inject({ method: 'GET', url: '/open311/v2/services.json', remoteAddress: '203.0.113.8' }));
    assert.deepEqual(
      reads.map((r) => r.statusCode),
      [200, 200, 200, 200],
      'the public default of 3 a minute does not apply',
    );
    for (let i = 0; i < 5; i++) {
      const post = await t.app.inject({
        method: 'POST',
        url: '/open311/v2/requests.json',
        remoteAddress: '203.0.113.9',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ api_key: apiKey, service_code: 'nope' }).toString(),
      });
      assert.notEqual(post.statusCode, 429, `post ${i + 1} is under the route's own limit, not the public default`);
    }
  });
});
