import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs } from '../../../test/helpers/sessions.ts';
import { createUser } from './user-service.ts';

describe('session API', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await createUser(systemContext(t.database.db, 'test'), {
      email: 'ria@example.test',
      role: 'analyst',
      password: 'a-good-long-password',
    });
  });
  after(async () => t.close());

  it('says nobody is logged in without a cookie', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/session' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { authenticated: false, user: null, permissions: [], csrfToken: null });
  });

  it('logs in with a HttpOnly SameSite=Strict cookie and reports the user and permissions', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'Ria@Example.test', password: 'a-good-long-password' },
    });
    assert.equal(res.statusCode, 200);
    const cookie = res.cookies.find((c) => c.name === 'sv_session');
    assert.ok(cookie, 'session cookie set');
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Strict');
    assert.equal(cookie.secure, undefined, 'not Secure over plain http');
    const body = res.json();
    assert.equal(body.user.role, 'analyst');
    assert.equal(body.user.roleLabel, 'analist');
    assert.ok(body.permissions.includes('areas:read'));
    assert.ok(!body.permissions.includes('users:manage'));
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: `sv_session=${cookie.value}` } });
    assert.equal(me.json().user.email, 'ria@example.test');
    assert.equal(me.json().csrfToken, body.csrfToken);
  });

  it('logs in again while the browser still holds a session: no CSRF refusal, the new session replaces the old', async () => {
    const login = () =>
      t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'ria@example.test', password: 'a-good-long-password' } });
    const first = await login();
    const old = first.cookies.find((c) => c.name === 'sv_session')!.value;
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { cookie: `sv_session=${old}` },
      payload: { email: 'ria@example.test', password: 'a-good-long-password' },
    });
    assert.equal(again.statusCode, 200, again.body);
    const fresh = again.cookies.find((c) => c.name === 'sv_session')!.value;
    assert.notEqual(fresh, old);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: `sv_session=${fresh}` } });
    assert.equal(me.json().csrfToken, again.json().csrfToken, 'the reply’s CSRF token belongs to the new session');
    // Every other write still needs the session's token.
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session/password',
      headers: { cookie: `sv_session=${old}` },
      payload: { currentPassword: 'a-good-long-password', newPassword: 'another-long-password-1' },
    });
    assert.equal(write.statusCode, 403);
    assert.match(write.json().type, /csrf$/);
  });

  it('sets the Secure flag behind TLS', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'ria@example.test', password: 'a-good-long-password' },
      headers: { 'x-forwarded-proto': 'https' },
    });
    // trustProxy is off in tests, so the forwarded header must NOT make the cookie Secure.
    assert.equal(res.cookies.find((c) => c.name === 'sv_session')?.secure, undefined);
  });

  it('rejects a wrong password with a problem that does not reveal whether the account exists', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'ria@example.test', password: 'nope' } });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'nobody@example.test', password: 'nope' },
    });
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.equal(wrong.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(wrong.json().detail, unknown.json().detail);
  });

  it('locks an account after five wrong passwords, even for the right password', async () => {
    await createUser(systemContext(t.database.db, 'test'), { email: 'lock@example.test', role: 'viewer', password: 'the-right-password' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: 'lock@example.test', password: `wrong-${i}` },
      });
      statuses.push(r.statusCode);
    }
    assert.deepEqual(statuses, [401, 401, 401, 401, 429]);
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'lock@example.test', password: 'the-right-password' },
    });
    assert.equal(right.statusCode, 429);
    assert.ok(Number(right.headers['retry-after']) > 800);
    assert.match(right.json().detail, /locked until/);
  });

  it('requires the CSRF token to log out, then ends the session', async () => {
    const s = await loginAs(t.app, t.database, 'viewer');
    const noToken = await t.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie: s.cookie } });
    assert.equal(noToken.statusCode, 403);
    assert.equal(noToken.json().type, 'https://stadsveilig.nl/problems/csrf');
    const out = await t.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: s.headers });
    assert.equal(out.statusCode, 204);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: s.cookie } });
    assert.equal(me.json().authenticated, false);
  });

  it('logs in with a local address such as the README’s admin@localhost (one e-mail rule)', async () => {
    await createUser(systemContext(t.database.db, 'test'), { email: 'admin@localhost', role: 'admin', password: 'local-admin-password' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'Admin@Localhost', password: 'local-admin-password' },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().user.email, 'admin@localhost');
    for (const email of ['admin', 'admin@', `${'a'.repeat(250)}@localhost`, 'ad\u0000min@localhost']) {
      const bad = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password: 'x' } });
      assert.equal(bad.statusCode, 400, email);
      assert.equal(bad.json().errors[0].name, 'body.email');
    }
  });

  it('lists every invalid login field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: 'not-an-email' } });
    assert.equal(res.statusCode, 400);
    const names = res
      .json()
      .errors.map((e: { name: string }) => e.name)
      .sort();
    assert.deepEqual(names, ['body.email', 'body.password']);
  });
});
