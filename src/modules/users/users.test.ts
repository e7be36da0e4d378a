import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';

describe('users API', () => {
  let t: TestApp;
  let admin: TestSession;
  let analyst: TestSession;
  before(async () => {
    t = await createTestApp();
    admin = await loginAs(t.app, t.database, 'admin');
    analyst = await loginAs(t.app, t.database, 'analyst');
  });
  after(async () => t.close());

  it('lets an admin create a user with a generated one-time password', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { email: 'wijk@example.test', role: 'coordinator', displayName: 'Wijkregisseur' },
    });
    assert.equal(res.statusCode, 201);
    const body = res.json();
    assert.equal(body.user.role, 'coordinator');
    assert.equal(body.user.roleLabel, 'gebiedsregisseur');
    assert.equal(typeof body.generatedPassword, 'string');
    assert.equal(body.generatedPassword.length, 20);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'wijk@example.test', password: body.generatedPassword },
    });
    assert.equal(login.statusCode, 200);
    const stored = await t.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', 'wijk@example.test')
      .executeTakeFirstOrThrow();
    assert.match(stored.password_hash, /^\$argon2id\$/);
  });

  it('accepts the addresses a municipality uses, local ones included, and names a bad one', async () => {
    const local = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { email: 'beheer@intranet', role: 'viewer' },
    });
    assert.equal(local.statusCode, 201, local.body);
    assert.equal(local.json().user.email, 'beheer@intranet');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { email: 'beheer@', role: 'viewer' },
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().errors, [{ name: 'body.email', reason: 'must be an e-mail address' }]);
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { email: 'w@intranet', role: 'viewer', password: 'wachtwoord123' },
    });
    assert.equal(weak.statusCode, 400);
    assert.match(weak.json().errors[0].reason, /well-known/);
  });

  it('logs every read of accounts: the list with its size, one account with the account as data subject', async () => {
    const count = async (activity: string, operation: 'read' | 'update') =>
      Number(
        (
          await t.database.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('processing_activity_id', '=', activity)
            .where('operation', '=', operation)
            .where('actor', '=', `user:${admin.userId}`)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const listed = await count('accounts.manage', 'read');
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: admin.cookie } });
    assert.equal(list.statusCode, 200);
    assert.equal(await count('accounts.manage', 'read'), listed + 1);
    const one = await t.app.inject({ method: 'GET', url: `/api/v1/users/${analyst.userId}`, headers: { cookie: admin.cookie } });
    assert.equal(one.statusCode, 200);
    assert.equal(one.json().email, analyst.email);
    assert.equal(await count('accounts.manage', 'read'), listed + 2);
    const bySubject = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit-log?subjectType=user&subjectId=${analyst.userId}&activity=accounts.manage`,
      headers: { cookie: admin.cookie },
    });
    assert.ok(
      bySubject
        .json()
        .records.some((r: { operation: string; actor: string }) => r.operation === 'read' && r.actor === `user:${admin.userId}`),
    );
    const missing = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users/00000000-0000-4000-8000-000000000000',
      headers: { cookie: admin.cookie },
    });
    assert.equal(missing.statusCode, 404);
    const denied = await t.app.inject({ method: 'GET', url: `/api/v1/users/${admin.userId}`, headers: { cookie: analyst.cookie } });
    assert.equal(denied.statusCode, 403);
  });

  it('refuses a duplicate e-mail address with 409 and stores nothing', async () => {
    const before = await t.database.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { email: 'WIJK@example.test', role: 'viewer' },
    });
    assert.equal(res.statusCode, 409);
    const afterCount = await t.database.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(afterCount.n, before.n);
  });

  it('checks authorisation in the service: an analyst may not list or create users', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: analyst.cookie } });
    assert.equal(list.statusCode, 403);
    const create = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: analyst.headers,
      payload: { email: 'x@example.test', role: 'admin' },
    });
    assert.equal(create.statusCode, 403);
    const anon = await t.app.inject({ method: 'GET', url: '/api/v1/users' });
    assert.equal(anon.statusCode, 401);
  });

  it('lists users with the caller’s permissions on each', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: admin.cookie } });
    assert.equal(res.statusCode, 200);
    const users = res.json().users as Array<{ email: string; permissions: { disable: boolean } }>;
    const self = users.find((u) => u.email === admin.email);
    const other = users.find((u) => u.email === analyst.email);
    assert.equal(self?.permissions.disable, false, 'an admin cannot disable themself');
    assert.equal(other?.permissions.disable, true);
  });

  it('disables a user and ends their sessions', async () => {
    const victim = await loginAs(t.app, t.database, 'partner');
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/users/${victim.userId}/disable`, headers: admin.headers });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().status, 'disabled');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: victim.cookie } });
    assert.equal(me.json().authenticated, false);
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/users/not-a-uuid/disable', headers: admin.headers });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].name, 'params.id');
  });
});
