import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { accountSummaries, accountSummary } from './index.ts';

describe('account directory (what other modules may know of an account)', () => {
  let t: TestApp;
  let analyst: TestSession;
  let admin: TestSession;
  before(async () => {
    t = await createTestApp();
    analyst = await loginAs(t.app, t.database, 'analyst');
    admin = await loginAs(t.app, t.database, 'admin');
  });
  after(async () => t.close());

  it('gives name, role and status per id, no e-mail beyond the name fallback and no password data', async () => {
    await t.database.db.updateTable('users').set({ display_name: 'Ana Analist' }).where('id', '=', analyst.userId).execute();
    const found = await accountSummaries(t.database.db, [analyst.userId, admin.userId, analyst.userId]);
    assert.equal(found.size, 2);
    assert.deepEqual(found.get(analyst.userId), { id: analyst.userId, name: 'Ana Analist', role: 'analyst', status: 'active' });
    assert.deepEqual(found.get(admin.userId), { id: admin.userId, name: admin.email, role: 'admin', status: 'active' });
  });

  it('leaves out unknown ids and ignores ids that are not UUIDs', async () => {
    assert.equal((await accountSummaries(t.database.db, ['not-a-uuid', "x' OR 1=1 --"])).size, 0);
    assert.equal(await accountSummary(t.database.db, '00000000-0000-4000-8000-000000000000'), undefined);
    assert.equal((await accountSummary(t.database.db, admin.userId))?.role, 'admin');
  });
});
