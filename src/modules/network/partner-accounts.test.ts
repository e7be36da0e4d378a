/**
 * Partner organisations in Beheer: edit and deactivate, and their accounts — invited with role
 * partner and linked to the organisation in one step (one-time password or e-mail link), listed
 * (logged), removed. A partner account still sees only what its organisation takes part in.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';

describe('partner organisations and their accounts', () => {
  let t: TestApp;
  let admin: TestSession;
  let partnerId: string;
  before(async () => {
    t = await createTestApp({ config: { smtpUrl: undefined, publicUrl: 'https://veilig.example.test' } });
    admin = await loginAs(t.app, t.database, 'admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/partners',
      headers: admin.headers,
      payload: { name: 'Woonbron Dordrecht', kind: 'housing-corporation', areaCodes: ['WK050503'] },
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json().areaCodes, ['WK050503']);
    assert.equal(res.json().active, true);
    partnerId = res.json().id;
  });
  after(async () => t.close());

  const accounts = async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/partners/${partnerId}/accounts`, headers: { cookie: admin.cookie } });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().accounts as { userId: string; name: string }[];
  };
  const invite = (payload: object, s = admin) =>
    t.app.inject({ method: 'POST', url: `/api/v1/partners/${partnerId}/accounts`, headers: s.headers, payload });

  it('invites a partner account with a one-time password, linked in one step; it logs in and sees its partner', async () => {
    const res = await invite({ email: 'corp@woonbron.test', displayName: 'Woonbron meldpunt', method: 'password' });
    assert.equal(res.statusCode, 201, res.body);
    const { userId, generatedPassword, link } = res.json();
    assert.equal(link, null);
    assert.ok(generatedPassword.length >= 12);
    assert.deepEqual(
      (await accounts()).map((a) => a.name),
      ['Woonbron meldpunt'],
    );
    const user = await t.app.inject({ method: 'GET', url: `/api/v1/users/${userId}`, headers: { cookie: admin.cookie } });
    assert.equal(user.json().role, 'partner');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'corp@woonbron.test', password: generatedPassword },
    });
    assert.equal(login.statusCode, 200, login.body);
    const logged = await t.database.db
      .selectFrom('audit_log')
      .select('attributes')
      .where('processing_activity_id', '=', 'missions.manage')
      .where('actor', '=', `user:${admin.userId}`)
      .execute();
    assert.ok(
      logged.some((r) => JSON.stringify(r.attributes).includes('"accounts":1')),
      'the list read is logged',
    );
  });

  it('invites by link (returned once without SMTP), and the account is removed from the organisation again', async () => {
    const res = await invite({ email: 'link@woonbron.test', method: 'link' });
    assert.equal(res.statusCode, 201, res.body);
    assert.match(res.json().link, /^https:\/\/veilig\.example\.test\/uitnodiging#/);
    assert.equal(res.json().generatedPassword, null);
    const { userId } = res.json();
    assert.equal((await accounts()).length, 2);
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/partners/${partnerId}/accounts/${userId}`, headers: admin.headers });
    assert.equal(del.statusCode, 204);
    assert.equal((await accounts()).length, 1);
    const again = await t.app.inject({ method: 'DELETE', url: `/api/v1/partners/${partnerId}/accounts/${userId}`, headers: admin.headers });
    assert.equal(again.statusCode, 404);
    assert.equal((await invite({ email: 'link@woonbron.test', method: 'link' })).statusCode, 409, 'an existing address');
    assert.equal((await accounts()).length, 1, 'nothing half-made');
  });

  it('edits and deactivates a partner; only administrators manage partner accounts', async () => {
    const patch = (payload: object) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/partners/${partnerId}`, headers: admin.headers, payload });
    const res = await patch({ active: false, areaCodes: ['WK050503', 'BU05050301'] });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().active, false);
    assert.deepEqual(res.json().areaCodes, ['WK050503', 'BU05050301']);
    assert.equal((await patch({ areaCodes: ['Crabbehof'] })).statusCode, 400);
    const coordinator = await loginAs(t.app, t.database, 'coordinator');
    assert.equal((await invite({ email: 'x@woonbron.test', method: 'password' }, coordinator)).statusCode, 403);
    const partner = await loginAs(t.app, t.database, 'partner');
    const read = await t.app.inject({ method: 'GET', url: `/api/v1/partners/${partnerId}/accounts`, headers: { cookie: partner.cookie } });
    assert.equal(read.statusCode, 403, 'a partner account does not list accounts');
  });
});
