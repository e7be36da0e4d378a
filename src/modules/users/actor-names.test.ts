import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';

describe('names of the accounts in the processing log (GET /users/names)', () => {
  let t: TestApp;
  let privacy: TestSession;
  let viewer: TestSession;
  let caseworker: TestSession;
  const names = (who: TestSession, ids: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/users/names?ids=${ids}`, headers: { cookie: who.cookie } });
  before(async () => {
    t = await createTestApp();
    privacy = await loginAs(t.app, t.database, 'privacy');
    viewer = await loginAs(t.app, t.database, 'viewer');
    caseworker = await loginAs(t.app, t.database, 'caseworker');
    await t.database.db.updateTable('users').set({ display_name: 'Nico Nachtdienst' }).where('id', '=', caseworker.userId).execute();
  });
  after(async () => t.close());

  it('gives the privacy officer names only — no e-mail address, role or status — and logs the read', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const res = await names(privacy, `${caseworker.userId},${unknown},${caseworker.userId}`);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { names: [{ id: caseworker.userId, name: 'Nico Nachtdienst' }] });
    assert.ok(!res.body.includes(caseworker.email));
    const logged = await t.database.db
      .selectFrom('audit_log')
      .select(['processing_activity_id', 'operation'])
      .where('actor', '=', `user:${privacy.userId}`)
      .where('processing_activity_id', '=', 'accounts.manage')
      .execute();
    assert.deepEqual(logged, [{ processing_activity_id: 'accounts.manage', operation: 'read' }]);
  });

  it('refuses those who read neither the log nor the directory, and bad ids with 400', async () => {
    assert.equal((await names(viewer, caseworker.userId)).statusCode, 403);
    assert.equal((await names(privacy, 'not-a-uuid')).statusCode, 400);
    assert.equal((await names(privacy, '')).statusCode, 400);
    const many = Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`).join(',');
    assert.equal((await names(privacy, many)).statusCode, 400);
  });
});
