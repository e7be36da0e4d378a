import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiClient, type Api } from '../../../../test/fixtures/missions/api.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { type FixtureCase, insertFixtureBreakGlass, insertFixtureCase } from '../fixtures/plan-fixture.ts';

describe('case plan through need-to-know', () => {
  let t: TestApp;
  let api: Api;
  let director: TestSession;
  let member: TestSession;
  let glass: TestSession;
  let outsider: TestSession;
  let admin: TestSession;
  let analyst: TestSession;
  let partnerId: string;
  let c: FixtureCase;
  before(async () => {
    t = await createTestApp();
    api = apiClient(t.app);
    director = await loginAs(t.app, t.database, 'caseworker');
    member = await loginAs(t.app, t.database, 'partner');
    glass = await loginAs(t.app, t.database, 'caseworker');
    outsider = await loginAs(t.app, t.database, 'caseworker');
    admin = await loginAs(t.app, t.database, 'admin');
    analyst = await loginAs(t.app, t.database, 'analyst');
    const p = await api('POST', '/partners', admin, { name: 'Reclassering Nederland', kind: 'other' });
    assert.equal(p.statusCode, 201, p.body);
    partnerId = p.json().id;
    c = await insertFixtureCase(t.database.db, { directorId: director.userId, members: [{ userId: member.userId, partnerId }] });
    await insertFixtureBreakGlass(t.database.db, c.id, glass.userId);
  });
  after(() => t.close());

  const goals = [
    { domain: 'housing', text: 'Vaste woonplek binnen drie maanden', status: 'bezig', targetDate: '2026-12-31' },
    { domain: 'daytime', text: 'Dagbesteding vier dagen per week', status: 'open' },
  ];

  it('the director sets trajectory and goals; a member reads them, with the case members and partners to choose from', async () => {
    const saved = await api('PUT', `/cases/${c.id}/plan`, director, { trajectory: 'nazorg', goals });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().trajectory, 'nazorg');
    assert.deepEqual(
      saved.json().goals.map((g: { domain: string; status: string; targetDate: string | null }) => [g.domain, g.status, g.targetDate]),
      [
        ['housing', 'bezig', '2026-12-31'],
        ['daytime', 'open', null],
      ],
    );
    const read = await api('GET', `/cases/${c.id}/plan`, member);
    assert.equal(read.statusCode, 200, read.body);
    const plan = read.json();
    assert.equal(plan.reference, c.reference);
    assert.deepEqual(plan.permissions, { edit: true, via: 'member' });
    assert.equal(plan.members.length, 2);
    assert.deepEqual(plan.partners, [{ id: partnerId, name: 'Reclassering Nederland' }]);
    const row = await t.database.db.selectFrom('cases').select('trajectory').where('id', '=', c.id).executeTakeFirstOrThrow();
    assert.equal(row.trajectory, 'nazorg');
  });

  it('a member changes the goals: a kept id stays, a left-out goal is removed', async () => {
    const plan = (await api('GET', `/cases/${c.id}/plan`, member)).json();
    const kept = plan.goals[0];
    const res = await api('PUT', `/cases/${c.id}/plan`, member, {
      trajectory: 'nazorg',
      goals: [{ id: kept.id, domain: 'housing', text: kept.text, status: 'behaald', targetDate: null }],
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(
      res.json().goals.map((g: { id: string; status: string }) => [g.id, g.status]),
      [[kept.id, 'behaald']],
    );
  });

  it('interventions: added with partner and responsible member, changed with outcome and result; bad references are 400', async () => {
    const add = await api('POST', `/cases/${c.id}/interventions`, member, {
      domain: 'justice',
      description: 'Toezicht reclassering',
      partnerId,
      responsibleUserId: member.userId,
      plannedStart: '2026-01-01',
      plannedEnd: '2026-06-30',
    });
    assert.equal(add.statusCode, 201, add.body);
    const iv = add.json();
    assert.deepEqual(iv.partner, { id: partnerId, name: 'Reclassering Nederland' });
    assert.equal(iv.responsible.id, member.userId);
    assert.equal(iv.result, 'onbekend');
    const change = await api('PATCH', `/cases/${c.id}/interventions/${iv.id}`, director, {
      doneOn: '2026-06-15',
      outcome: 'Meldplicht nagekomen',
      result: 'positief',
    });
    assert.equal(change.statusCode, 200, change.body);
    assert.equal(change.json().result, 'positief');
    assert.equal(change.json().doneOn, '2026-06-15');
    const early = await api('PATCH', `/cases/${c.id}/interventions/${iv.id}`, director, { plannedEnd: '2025-12-01' });
    assert.equal(early.statusCode, 400);
    const stranger = await api('POST', `/cases/${c.id}/interventions`, director, {
      description: 'Gesprek',
      responsibleUserId: outsider.userId,
    });
    assert.equal(stranger.statusCode, 400);
    assert.match(stranger.body, /responsibleUserId/);
    const unknownPartner = await api('POST', `/cases/${c.id}/interventions`, director, {
      description: 'Gesprek',
      partnerId: '0b9f3c1e-4d2a-4c6b-9e8f-7a1b2c3d4e5f',
    });
    assert.equal(unknownPartner.statusCode, 400);
    const missing = await api('PATCH', `/cases/${c.id}/interventions/0b9f3c1e-4d2a-4c6b-9e8f-7a1b2c3d4e5f`, director, {
      result: 'neutraal',
    });
    assert.equal(missing.statusCode, 404);
  });

  it('nazorg milestones are set per kind; all five are always listed; only for a nazorg trajectory', async () => {
    const res = await api('PUT', `/cases/${c.id}/milestones`, member, {
      milestones: [
        { kind: 'release', status: 'geregeld', date: '2026-03-01' },
        { kind: 'id', status: 'bezig' },
      ],
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json().milestones, [
      { kind: 'release', status: 'geregeld', date: '2026-03-01' },
      { kind: 'id', status: 'bezig', date: null },
      { kind: 'housing', status: 'open', date: null },
      { kind: 'income', status: 'open', date: null },
      { kind: 'care', status: 'open', date: null },
    ]);
    const twice = await api('PUT', `/cases/${c.id}/milestones`, member, {
      milestones: [
        { kind: 'id', status: 'bezig' },
        { kind: 'id', status: 'open' },
      ],
    });
    assert.equal(twice.statusCode, 400);
    const other = await insertFixtureCase(t.database.db, { directorId: director.userId });
    const refused = await api('PUT', `/cases/${other.id}/milestones`, director, { milestones: [] });
    assert.equal(refused.statusCode, 409);
  });

  it('a break-glass reader reads the plan but cannot change it', async () => {
    const read = await api('GET', `/cases/${c.id}/plan`, glass);
    assert.equal(read.statusCode, 200, read.body);
    assert.deepEqual(read.json().permissions, { edit: false, via: 'break-glass' });
    const write = await api('PUT', `/cases/${c.id}/plan`, glass, { trajectory: 'zorg', goals: [] });
    assert.equal(write.statusCode, 403);
    assert.equal(write.json().type.endsWith('case-need-to-know'), true);
    const add = await api('POST', `/cases/${c.id}/interventions`, glass, { description: 'Iets' });
    assert.equal(add.statusCode, 403);
    const row = await t.database.db.selectFrom('cases').select('trajectory').where('id', '=', c.id).executeTakeFirstOrThrow();
    assert.equal(row.trajectory, 'nazorg', 'nothing changed');
  });

  it('non-members are refused: a caseworker and an admin learn only that a case exists (403), an analyst and a partner get 404', async () => {
    for (const who of [outsider, admin]) {
      const res = await api('GET', `/cases/${c.id}/plan`, who);
      assert.equal(res.statusCode, 403, res.body);
      assert.doesNotMatch(res.body, /Fictief|woonplek|Reclassering/);
    }
    const otherPartner = await loginAs(t.app, t.database, 'partner');
    assert.equal((await api('GET', `/cases/${c.id}/plan`, otherPartner)).statusCode, 404);
    assert.equal((await api('GET', `/cases/${c.id}/plan`, analyst)).statusCode, 403, 'the access rule refuses the analyst');
    const write = await api('PUT', `/cases/${c.id}/plan`, otherPartner, { trajectory: 'zorg', goals: [] });
    assert.equal(write.statusCode, 404);
  });

  it('every read and write is in the processing log with the legal basis, refusals as DENIED, no content in the attributes', async () => {
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['processing_activity_id', 'operation', 'status_code', 'legal_basis', 'attributes', 'actor'])
      .where('processing_activity_id', 'in', ['cases.read', 'cases.manage'])
      .execute();
    const ofActor = (s: TestSession) => rows.filter((r) => r.actor === `user:${s.userId}`);
    assert.ok(ofActor(member).some((r) => r.operation === 'read' && r.status_code === 'OK'));
    assert.ok(ofActor(director).some((r) => r.operation === 'update' && r.status_code === 'OK'));
    assert.ok(ofActor(glass).some((r) => r.operation === 'update' && r.status_code === 'DENIED'));
    assert.ok(ofActor(outsider).some((r) => r.operation === 'read' && r.status_code === 'DENIED'));
    assert.ok(rows.every((r) => r.legal_basis === 'Convenant Zorg- en Veiligheidshuis Zuid-Holland Zuid'));
    assert.doesNotMatch(JSON.stringify(rows.map((r) => r.attributes)), /Fictief|woonplek|Toezicht|Meldplicht/);
  });
});
