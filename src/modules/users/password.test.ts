import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import { PASSWORD_CHANGE_ROUTES } from '../../http/authentication.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { passwordProblem } from './password.ts';
import { createUser } from './user-service.ts';

interface Login {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
  body: { user: { mustChangePassword: boolean }; permissions: string[] };
}

describe('passwords', () => {
  let t: TestApp;
  let admin: TestSession;
  let ip = 0;
  before(async () => {
    t = await createTestApp({ config: { sessionIdleMinutes: 30 } });
    admin = await loginAs(t.app, t.database, 'admin');
  });
  after(async () => t.close());

  async function logIn(email: string, password: string): Promise<Login> {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email, password },
      remoteAddress: `10.9.0.${++ip}`,
    });
    assert.equal(res.statusCode, 200, res.body);
    const cookie = `sv_session=${res.cookies.find((c) => c.name === 'sv_session')?.value}`;
    const body = res.json();
    return { cookie, csrfToken: body.csrfToken, headers: { cookie, 'x-csrf-token': body.csrfToken }, body };
  }

  function change(s: Login, currentPassword: string, newPassword: string) {
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/session/password',
      headers: s.headers,
      payload: { currentPassword, newPassword },
      remoteAddress: '10.9.1.1',
    });
  }

  it('applies one strength rule', () => {
    assert.equal(passwordProblem('correct horse battery'), null);
    assert.match(passwordProblem('short') ?? '', /at least 12 characters/);
    assert.match(passwordProblem('aaaaaaaaaaaaaaaa') ?? '', /different characters/);
    assert.match(passwordProblem('121212121212') ?? '', /different characters/);
    assert.match(passwordProblem('Wachtwoord123') ?? '', /well-known/);
    assert.match(passwordProblem('x-kim@example.test-1', { email: 'kim@example.test' }) ?? '', /e-mail address/);
    assert.match(passwordProblem('same-old-password', { current: 'same-old-password' }) ?? '', /differ/);
    assert.match(passwordProblem('x'.repeat(1025)) ?? '', /at most 1024/);
  });

  it('changes one’s own password, ends the other sessions and keeps this one', async () => {
    await createUser(systemContext(t.database.db, 'test'), {
      email: 'noor@example.test',
      role: 'analyst',
      password: 'first-password-noor',
    });
    const here = await logIn('noor@example.test', 'first-password-noor');
    const elsewhere = await logIn('noor@example.test', 'first-password-noor');
    const weak = await change(here, 'first-password-noor', 'short');
    assert.equal(weak.statusCode, 400);
    assert.deepEqual(weak.json().errors, [{ name: 'body.newPassword', reason: 'must be at least 12 characters' }]);
    const wrong = await change(here, 'not-my-password', 'second-password-noor');
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().errors[0].name, 'body.currentPassword');
    const ok = await change(here, 'first-password-noor', 'second-password-noor');
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().user.mustChangePassword, false);
    const still = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: here.cookie } });
    assert.equal(still.json().authenticated, true, 'this session stays');
    const ended = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: elsewhere.cookie } });
    assert.equal(ended.json().authenticated, false, 'the other session ended');
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'noor@example.test', password: 'first-password-noor' },
      remoteAddress: '10.9.2.1',
    });
    assert.equal(old.statusCode, 401);
    await logIn('noor@example.test', 'second-password-noor');
  });

  it('checks the current password under the lock-out, like a login', async () => {
    await createUser(systemContext(t.database.db, 'test'), { email: 'bas@example.test', role: 'viewer', password: 'bas-password-right' });
    const s = await logIn('bas@example.test', 'bas-password-right');
    const replies = await Promise.all(Array.from({ length: 10 }, (_, i) => change(s, `bas-guess-${i}`, 'bas-password-new-1')));
    assert.deepEqual(replies.map((r) => r.statusCode).sort(), [400, 400, 400, 400, 429, 429, 429, 429, 429, 429]);
  });

  it('forces a one-time password to be changed: only the session endpoints answer until then', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { email: 'Eva@Example.test', role: 'analyst' },
    });
    assert.equal(created.statusCode, 201);
    assert.equal(created.json().user.mustChangePassword, true);
    const s = await logIn('eva@example.test', created.json().generatedPassword);
    assert.equal(s.body.user.mustChangePassword, true);
    assert.deepEqual(s.body.permissions, [], 'no permissions until the password is changed');
    for (const url of ['/api/v1/areas/vintages', '/api/v1/users', '/api/v1/signals', '/api/v1/audit-log']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
      assert.equal(res.statusCode, 403, url);
      assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(res.json().type, 'https://stadsveilig.nl/problems/password-change-required', url);
    }
    assert.equal(
      (await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: s.cookie } })).json().user.mustChangePassword,
      true,
    );
    const changed = await change(s, created.json().generatedPassword, 'eva-own-password-1');
    assert.equal(changed.statusCode, 200, changed.body);
    assert.ok(changed.json().permissions.includes('analysis:read'));
    const now = await t.app.inject({ method: 'GET', url: '/api/v1/areas/vintages', headers: { cookie: s.cookie } });
    assert.equal(now.statusCode, 200);
  });

  it('blocks every API operation in the OpenAPI document except the session ones while the password must change', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { email: 'pim@example.test', role: 'admin' },
    });
    const s = await logIn('pim@example.test', created.json().generatedPassword);
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    let checked = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const method of Object.keys(operations).map((m) => m.toUpperCase())) {
        if (PASSWORD_CHANGE_ROUTES.has(`${method} ${path}`)) continue;
        const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
        const res = await t.app.inject({ method: method as 'GET', url, headers: s.headers });
        assert.equal(res.statusCode, 403, `${method} ${path}: ${res.body.slice(0, 200)}`);
        assert.equal(res.json().type, 'https://stadsveilig.nl/problems/password-change-required', `${method} ${path}`);
        checked++;
      }
    }
    assert.ok(checked > 20, `checked ${checked} operations`);
  });

  it('lets an administrator reset a password: one-time, sessions ended, logged; not their own, not for others', async () => {
    const victim = await loginAs(t.app, t.database, 'coordinator');
    const analyst = await loginAs(t.app, t.database, 'analyst');
    const refused = await t.app.inject({ method: 'POST', url: `/api/v1/users/${victim.userId}/password-reset`, headers: analyst.headers });
    assert.equal(refused.statusCode, 403);
    const self = await t.app.inject({ method: 'POST', url: `/api/v1/users/${admin.userId}/password-reset`, headers: admin.headers });
    assert.equal(self.statusCode, 409);
    const reset = await t.app.inject({ method: 'POST', url: `/api/v1/users/${victim.userId}/password-reset`, headers: admin.headers });
    assert.equal(reset.statusCode, 200, reset.body);
    assert.equal(reset.json().user.mustChangePassword, true);
    assert.match(reset.json().generatedPassword, /^[A-Za-z0-9]{20}$/);
    const gone = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: victim.cookie } });
    assert.equal(gone.json().authenticated, false, 'the user’s sessions ended');
    const fresh = await logIn(victim.email, reset.json().generatedPassword);
    assert.equal(fresh.body.user.mustChangePassword, true);
    const log = await t.database.db
      .selectFrom('audit_log')
      .select(['actor', 'attributes'])
      .where('processing_activity_id', '=', 'accounts.manage')
      .where('operation', '=', 'update')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(log.actor, `user:${admin.userId}`);
    assert.equal((log.attributes as { password?: string }).password, 'reset');
  });

  it('ends a session after the idle time, besides its absolute expiry', async () => {
    const s = await loginAs(t.app, t.database, 'viewer');
    const seen = () => t.database.db.selectFrom('sessions').select('last_seen_at').where('user_id', '=', s.userId).executeTakeFirst();
    const set = (minutesAgo: number) =>
      t.database.db
        .updateTable('sessions')
        .set({ last_seen_at: new Date(Date.now() - minutesAgo * 60_000) })
        .where('user_id', '=', s.userId)
        .execute();
    await set(29);
    const me = () => t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: s.cookie } });
    assert.equal((await me()).json().authenticated, true, 'active within 30 minutes');
    const refreshed = await seen();
    assert.ok(refreshed && Date.now() - refreshed.last_seen_at.getTime() < 5_000, 'a request moves last_seen_at');
    await set(31);
    assert.equal((await me()).json().authenticated, false, 'idle for 31 minutes: ended');
    const staff = await t.app.inject({ method: 'GET', url: '/api/v1/signals', headers: { cookie: s.cookie } });
    assert.equal(staff.statusCode, 401);
    assert.equal(await seen(), undefined, 'the idle session is deleted');
  });
});
