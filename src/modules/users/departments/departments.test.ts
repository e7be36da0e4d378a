/**
 * Departments and teams: the API (create, unique names, rename, deactivate, members), who reads
 * what, the users list showing departments, the processing log, and the first-start seed from
 * the department names report routing uses.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemContext } from '../../../core/context.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { seedDepartmentsIfEmpty } from './department-service.ts';

interface Dept {
  id: string;
  name: string;
  kind: string;
  active: boolean;
  members: { userId: string }[];
  memberCount: number;
}

describe('departments and teams', () => {
  let t: TestApp;
  let admin: TestSession;
  before(async () => {
    t = await createTestApp();
    admin = await loginAs(t.app, t.database, 'admin');
  });
  after(async () => t.close());

  const list = async (s: TestSession): Promise<Dept[]> => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/departments', headers: { cookie: s.cookie } });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().departments;
  };
  const create = (s: TestSession, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/departments', headers: s.headers, payload });
  const member = (method: 'PUT' | 'DELETE', id: string, userId: string, s = admin) =>
    t.app.inject({ method, url: `/api/v1/departments/${id}/members/${userId}`, headers: s.headers });

  it('creates departments with a name unique in the municipality, ignoring case', async () => {
    const res = await create(admin, { name: 'Team Toezicht', kind: 'team', email: 'Toezicht@Example.test' });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().kind, 'team');
    assert.equal(res.json().email, 'toezicht@example.test');
    const twice = await create(admin, { name: 'team toezicht' });
    assert.equal(twice.statusCode, 409);
    assert.match(twice.json().detail, /al een afdeling of team/);
    const empty = await create(admin, { name: '  ' });
    assert.equal(empty.statusCode, 400);
    assert.ok((await list(admin)).some((d) => d.name === 'Team Toezicht'));
  });

  it('adds and removes members, shows them in the users list, and logs each change', async () => {
    const dept = (await create(admin, { name: 'Afdeling Veiligheid' })).json() as Dept;
    const analyst = await loginAs(t.app, t.database, 'analyst');
    assert.equal((await member('PUT', dept.id, analyst.userId)).statusCode, 204);
    assert.equal((await member('PUT', dept.id, analyst.userId)).statusCode, 204, 'adding twice is harmless');
    const listed = (await list(admin)).find((d) => d.id === dept.id)!;
    assert.deepEqual(
      listed.members.map((m) => m.userId),
      [analyst.userId],
    );
    const users = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: admin.cookie } });
    const row = users.json().users.find((u: { id: string }) => u.id === analyst.userId);
    assert.deepEqual(row.departments, ['Afdeling Veiligheid']);
    const logged = await t.database.db
      .selectFrom('audit_log')
      .select('attributes')
      .where('processing_activity_id', '=', 'accounts.manage')
      .where('actor', '=', `user:${admin.userId}`)
      .where('data_subject_type', '=', 'user')
      .execute();
    assert.ok(logged.some((r) => JSON.stringify(r.attributes).includes('"membership":"added"')));
    assert.equal((await member('DELETE', dept.id, analyst.userId)).statusCode, 204);
    assert.equal((await list(admin)).find((d) => d.id === dept.id)!.memberCount, 0);
    const partner = await loginAs(t.app, t.database, 'partner');
    const refused = await member('PUT', dept.id, partner.userId);
    assert.equal(refused.statusCode, 409, 'a partner account belongs to a partner organisation');
    const nobody = await member('PUT', dept.id, '00000000-0000-4000-8000-000000000000');
    assert.equal(nobody.statusCode, 404);
  });

  it('renames and deactivates; a deactivated department no longer shows on its members', async () => {
    const dept = (await create(admin, { name: 'Wijkteam Noord' })).json() as Dept;
    const viewer = await loginAs(t.app, t.database, 'viewer');
    await member('PUT', dept.id, viewer.userId);
    const patch = (payload: object) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/departments/${dept.id}`, headers: admin.headers, payload });
    const renamed = await patch({ name: 'Wijkteam Noord-Oost' });
    assert.equal(renamed.statusCode, 200, renamed.body);
    assert.equal(renamed.json().name, 'Wijkteam Noord-Oost');
    assert.equal((await patch({ name: 'team toezicht' })).statusCode, 409);
    assert.equal((await patch({ active: false })).json().active, false);
    const users = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: admin.cookie } });
    assert.deepEqual(users.json().users.find((u: { id: string }) => u.id === viewer.userId).departments, []);
  });

  it('lets only administrators read and change departments', async () => {
    const coordinator = await loginAs(t.app, t.database, 'coordinator');
    assert.equal((await create(coordinator, { name: 'Nope' })).statusCode, 403);
    const read = await t.app.inject({ method: 'GET', url: '/api/v1/departments', headers: { cookie: coordinator.cookie } });
    assert.equal(read.statusCode, 403);
    assert.equal(
      (await list(admin)).some((d) => d.name === 'Nope'),
      false,
    );
  });

  it('seeds one department per name in use at first start, only while there are none', async () => {
    const ctx = systemContext(t.database.db, 'test');
    const names = ['Stadsbeheer', 'stadsbeheer ', 'Handhaving', ''];
    assert.equal(await seedDepartmentsIfEmpty(ctx, '9999', names), 2);
    assert.equal(await seedDepartmentsIfEmpty(ctx, '9999', ['Nog een']), 0);
    const seeded = await t.database.db
      .selectFrom('departments')
      .select('name')
      .where('gemeente_code', '=', '9999')
      .orderBy('name')
      .execute();
    assert.deepEqual(
      seeded.map((r) => r.name),
      ['Handhaving', 'Stadsbeheer'],
    );
  });
});
