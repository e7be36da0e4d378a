/**
 * Account administration beyond create/list: changing a role (PATCH /users/:id), the rule that an
 * administrator never demotes or disables themself and the last active administrator stays, and the
 * lock-out state an administrator sees in the list.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../core/context.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { changeRole, disableUser } from './user-service.ts';

interface ListedUser {
  id: string;
  email: string;
  role: string;
  lockout: { lockedUntil: string | null; lockedClients: number; failedLogins: number };
  permissions: { update: boolean };
}

describe('users administration: roles, the last administrator, lock-outs', () => {
  let t: TestApp;
  let admin: TestSession;
  before(async () => {
    t = await createTestApp();
    admin = await loginAs(t.app, t.database, 'admin');
  });
  after(async () => t.close());

  const patch = (s: TestSession, id: string, role: string) =>
    t.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, headers: s.headers, payload: { role } });

  const listed = async (email: string): Promise<ListedUser> => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: admin.cookie } });
    assert.equal(res.statusCode, 200);
    const user = (res.json().users as ListedUser[]).find((u) => u.email === email);
    assert.ok(user, email);
    return user;
  };

  it('changes a role: the user’s session has the new permissions at once, and the change is logged', async () => {
    const analyst = await loginAs(t.app, t.database, 'analyst');
    const before = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: analyst.cookie } });
    assert.equal(before.json().permissions.includes('signals:handle'), false);
    const res = await patch(admin, analyst.userId, 'coordinator');
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().role, 'coordinator');
    assert.equal(res.json().roleLabel, 'gebiedsregisseur');
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie: analyst.cookie } });
    assert.equal(after.json().permissions.includes('signals:handle'), true);
    const logged = await t.database.db
      .selectFrom('audit_log')
      .select('operation')
      .where('processing_activity_id', '=', 'accounts.manage')
      .where('operation', '=', 'update')
      .where('actor', '=', `user:${admin.userId}`)
      .execute();
    assert.ok(logged.length >= 1);
    const refused = await patch(analyst, admin.userId, 'viewer');
    assert.equal(refused.statusCode, 403);
    const bad = await patch(admin, analyst.userId, 'king');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].name, 'body.role');
  });

  it('refuses an administrator demoting or disabling themself, in Dutch', async () => {
    const demote = await patch(admin, admin.userId, 'viewer');
    assert.equal(demote.statusCode, 409);
    assert.match(demote.json().detail, /eigen rol/);
    const disable = await t.app.inject({ method: 'POST', url: `/api/v1/users/${admin.userId}/disable`, headers: admin.headers });
    assert.equal(disable.statusCode, 409);
    assert.match(disable.json().detail, /eigen account/);
    assert.equal((await listed(admin.email)).role, 'admin');
    assert.equal((await listed(admin.email)).permissions.update, false, 'no role change offered on one’s own account');
  });

  it('lets an administrator demote another one while an active administrator remains', async () => {
    const other = await loginAs(t.app, t.database, 'admin');
    const res = await patch(admin, other.userId, 'analyst');
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await listed(other.email)).role, 'analyst');
  });

  it('never loses the last active administrator, also when two demotions race', async () => {
    const ctx = systemContext(t.database.db, 'test');
    const second = await loginAs(t.app, t.database, 'admin');
    // Two active admins demote... each other at the same time: one wins, the other gets 409.
    const results = await Promise.allSettled([changeRole(ctx, admin.userId, 'viewer'), changeRole(ctx, second.userId, 'viewer')]);
    const refused = results.filter((r) => r.status === 'rejected');
    assert.equal(refused.length, 1, JSON.stringify(results.map((r) => r.status)));
    const reason = (refused[0] as PromiseRejectedResult).reason as { status: number; message: string };
    assert.equal(reason.status, 409);
    assert.match(reason.message, /laatste actieve beheerder/);
    const remaining = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('status', '=', 'active')
      .execute();
    assert.equal(remaining.length, 1);
    const last = remaining[0]!.id;
    await assert.rejects(disableUser(ctx, last), (e: { status: number; message: string }) => {
      assert.equal(e.status, 409);
      assert.match(e.message, /laatste actieve beheerder/);
      return true;
    });
    // Restore the admin the other tests log in as.
    if (last !== admin.userId) await changeRole(ctx, admin.userId, 'admin');
  });

  it('shows an account’s lock-out after failed logins, and a password reset lifts it', async () => {
    const victim = await loginAs(t.app, t.database, 'viewer');
    assert.deepEqual((await listed(victim.email)).lockout, { lockedUntil: null, lockedClients: 0, failedLogins: 0 });
    for (let i = 0; i < 5; i++) {
      await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: victim.email, password: `wrong-password-${i}` } });
    }
    const locked = (await listed(victim.email)).lockout;
    assert.ok(locked.lockedUntil && Date.parse(locked.lockedUntil) > Date.now(), JSON.stringify(locked));
    assert.equal(locked.lockedClients, 1);
    assert.equal(locked.failedLogins, 5);
    const reset = await t.app.inject({ method: 'POST', url: `/api/v1/users/${victim.userId}/password-reset`, headers: admin.headers });
    assert.equal(reset.statusCode, 200);
    assert.deepEqual((await listed(victim.email)).lockout, { lockedUntil: null, lockedClients: 0, failedLogins: 0 });
  });
});
