import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';

describe('processing log', () => {
  let t: TestApp;
  let admin: TestSession;
  before(async () => {
    t = await createTestApp();
    admin = await loginAs(t.app, t.database, 'admin');
  });
  after(async () => t.close());

  it('records logins and account reads with the Logboek Dataverwerkingen fields', async () => {
    const viewer = await loginAs(t.app, t.database, 'viewer');
    await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: admin.cookie } });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit-log?subjectType=user&subjectId=${viewer.userId}`,
      headers: { cookie: admin.cookie },
    });
    assert.equal(res.statusCode, 200);
    const records = res.json().records as Array<Record<string, unknown>>;
    const ops = records.map((r) => `${r.processingActivityId}/${r.operation}`).sort();
    assert.deepEqual(ops, ['accounts.authenticate/login', 'accounts.manage/create']);
    for (const r of records) {
      assert.match(String(r.traceId), /^[0-9a-f]{32}$/);
      assert.match(String(r.spanId), /^[0-9a-f]{16}$/);
      assert.match(String(r.dataSubjectPseudonym), /^[0-9a-f]{32}$/);
      assert.notEqual(r.dataSubjectPseudonym, viewer.userId, 'the log holds a pseudonym, not the id');
      assert.equal(r.statusCode, 'OK');
      assert.equal((r.resource as { name: string }).name, 'stadsveilig');
    }
  });

  it('logs reading the log itself; a search for a person names that person as data subject', async () => {
    const viewer = await loginAs(t.app, t.database, 'viewer');
    const first = await t.app.inject({ method: 'GET', url: '/api/v1/audit-log?limit=5', headers: { cookie: admin.cookie } });
    assert.equal(first.statusCode, 200);
    await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit-log?subjectType=user&subjectId=${viewer.userId}`,
      headers: { cookie: admin.cookie },
    });
    const searches = (
      await t.app.inject({ method: 'GET', url: '/api/v1/audit-log?activity=audit.search&limit=2', headers: { cookie: admin.cookie } })
    ).json().records as Array<{
      actor: string;
      operation: string;
      dataSubjectPseudonym: string | null;
      attributes: { results: number; bySubject: boolean };
    }>;
    assert.equal(searches.length, 2);
    const [bySubject, plain] = searches;
    assert.equal(bySubject?.actor, `user:${admin.userId}`);
    assert.equal(bySubject?.operation, 'read');
    assert.equal(bySubject?.attributes.bySubject, true);
    assert.equal(bySubject?.attributes.results, 2, 'the viewer’s create and login');
    const again = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit-log?subjectType=user&subjectId=${viewer.userId}&activity=audit.search`,
      headers: { cookie: admin.cookie },
    });
    assert.equal(again.json().records.length, 1, 'the search for the viewer is found under the viewer');
    assert.equal(again.json().records[0].dataSubjectPseudonym, bySubject?.dataSubjectPseudonym);
    assert.equal(plain?.dataSubjectPseudonym, null);
    assert.equal(plain?.attributes.results, 5);
  });

  it('records a failed login as DENIED', async () => {
    await t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email: admin.email, password: 'wrong password' } });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit-log?status=DENIED', headers: { cookie: admin.cookie } });
    const records = res.json().records as Array<{ attributes: { reason: string } }>;
    assert.ok(records.some((r) => r.attributes.reason === 'wrong-password'));
  });

  it('is append-only: UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
    await assert.rejects(sql`UPDATE audit_log SET actor = 'someone else'`.execute(t.database.db), /append-only/);
    await assert.rejects(sql`DELETE FROM audit_log`.execute(t.database.db), /append-only/);
    await assert.rejects(sql`TRUNCATE audit_log`.execute(t.database.db), /append-only/);
    const n = await t.database.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.ok(Number(n.n) > 0);
  });

  it('is searchable by admins only, with clear errors for bad filters', async () => {
    const analyst = await loginAs(t.app, t.database, 'analyst');
    const denied = await t.app.inject({ method: 'GET', url: '/api/v1/audit-log', headers: { cookie: analyst.cookie } });
    assert.equal(denied.statusCode, 403);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-log?limit=0&traceId=xyz&subjectType=user',
      headers: { cookie: admin.cookie },
    });
    assert.equal(bad.statusCode, 400);
    const names = (bad.json().errors as Array<{ name: string }>).map((e) => e.name).sort();
    assert.deepEqual(names, ['query.limit', 'query.subjectId', 'query.traceId']);
  });

  it('pages newest first with a keyset cursor', async () => {
    const page1 = (await t.app.inject({ method: 'GET', url: '/api/v1/audit-log?limit=2', headers: { cookie: admin.cookie } })).json();
    assert.equal(page1.records.length, 2);
    assert.ok(page1.records[0].id > page1.records[1].id);
    const page2 = (
      await t.app.inject({ method: 'GET', url: `/api/v1/audit-log?limit=2&before=${page1.nextBefore}`, headers: { cookie: admin.cookie } })
    ).json();
    assert.ok(page2.records[0].id < page1.records[1].id);
  });
});
