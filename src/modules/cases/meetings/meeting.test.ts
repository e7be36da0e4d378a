import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiClient, type Api } from '../../../../test/fixtures/missions/api.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { type FixtureCase, insertFixtureCase } from '../fixtures/plan-fixture.ts';

interface Item {
  visible: boolean;
  caseId?: string;
  reference?: string;
  personName?: string | null;
  notes?: string | null;
  members?: Array<{ id: string; name: string }>;
  decisions?: Array<{ id: string; text: string; actions: Array<{ id: string; doneAt: string | null }> }>;
}

describe('case meetings: each attendee sees only the cases they have a role in', () => {
  let t: TestApp;
  let api: Api;
  let director: TestSession;
  let attendeeA: TestSession;
  let attendeeB: TestSession;
  let outsider: TestSession;
  let case1: FixtureCase;
  let case2: FixtureCase;
  let meetingId: string;
  before(async () => {
    t = await createTestApp();
    api = apiClient(t.app);
    director = await loginAs(t.app, t.database, 'caseworker');
    attendeeA = await loginAs(t.app, t.database, 'partner');
    attendeeB = await loginAs(t.app, t.database, 'caseworker');
    outsider = await loginAs(t.app, t.database, 'caseworker');
    case1 = await insertFixtureCase(t.database.db, {
      directorId: director.userId,
      members: [{ userId: attendeeA.userId }],
      personName: 'Piet Eerste',
    });
    case2 = await insertFixtureCase(t.database.db, {
      directorId: director.userId,
      members: [{ userId: attendeeB.userId }],
      personName: 'Klaas Tweede',
    });
  });
  after(() => t.close());

  const itemsOf = async (who: TestSession): Promise<Item[]> => {
    const res = await api('GET', `/case-meetings/${meetingId}`, who);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().agenda;
  };

  it('the director chooses from their cases and the people assigned to them', async () => {
    const res = await api('GET', '/case-meetings/attendee-choices', director);
    assert.equal(res.statusCode, 200, res.body);
    const choices = res.json();
    assert.deepEqual(choices.cases.map((c: { reference: string }) => c.reference).sort(), [case1.reference, case2.reference].sort());
    assert.doesNotMatch(res.body, /Piet|Klaas/, 'references only, no persons');
    const ids = choices.people.map((p: { id: string }) => p.id);
    assert.ok(ids.includes(attendeeA.userId) && ids.includes(attendeeB.userId) && !ids.includes(outsider.userId));
    assert.equal((await api('GET', '/case-meetings/attendee-choices', attendeeA)).statusCode, 403);
  });

  it('plans a meeting with two cases; an agenda case the creator has no access to is refused and nothing is stored', async () => {
    const body = {
      title: 'Casusoverleg Zorg- en Veiligheidshuis',
      startsAt: '2026-09-01T09:00:00+02:00',
      location: 'Stadskantoor',
      attendees: [{ userId: attendeeA.userId }, { userId: attendeeB.userId }],
      agenda: [case1.id, case2.id],
    };
    const foreign = await insertFixtureCase(t.database.db, { directorId: outsider.userId });
    const refused = await api('POST', '/case-meetings', director, { ...body, agenda: [case1.id, foreign.id] });
    assert.equal(refused.statusCode, 403, refused.body);
    assert.equal((await t.database.db.selectFrom('case_meetings').select('id').execute()).length, 0);
    const notParticipant = await loginAs(t.app, t.database, 'analyst');
    const badAttendee = await api('POST', '/case-meetings', director, { ...body, attendees: [{ userId: notParticipant.userId }] });
    assert.equal(badAttendee.statusCode, 400);
    const created = await api('POST', '/case-meetings', director, body);
    assert.equal(created.statusCode, 201, created.body);
    meetingId = created.json().id;
    assert.equal(created.json().agenda.filter((i: Item) => i.visible).length, 2, 'the director sees both cases');
    assert.equal((await api('POST', '/case-meetings', attendeeA, body)).statusCode, 403, 'only directors plan meetings');
  });

  it('attendee A (member of case 1) sees case 1 with its person, and case 2 only as "a case on the agenda"', async () => {
    const items = await itemsOf(attendeeA);
    assert.equal(items.length, 2);
    assert.equal(items[0]!.visible, true);
    assert.equal(items[0]!.reference, case1.reference);
    assert.equal(items[0]!.personName, 'Piet Eerste');
    assert.deepEqual(
      items[0]!.members!.map((m) => m.id).sort(),
      [director.userId, attendeeA.userId].sort(),
      'the possible owners of an action: who is assigned to the case',
    );
    assert.deepEqual(items[1], { position: 1, visible: false });
    const raw = (await api('GET', `/case-meetings/${meetingId}`, attendeeA)).body;
    assert.doesNotMatch(raw, new RegExp(`Klaas|${case2.reference}|${case2.id}`));
    const b = await itemsOf(attendeeB);
    assert.deepEqual(
      b.map((i) => i.visible),
      [false, true],
    );
    assert.equal(b[1]!.personName, 'Klaas Tweede');
  });

  it('every shown item is logged as cases.meetings with the legal basis; hidden items are not', async () => {
    const before = await t.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('processing_activity_id', '=', 'cases.meetings')
      .execute();
    await itemsOf(attendeeA);
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['operation', 'legal_basis', 'attributes', 'actor', 'data_subject_type'])
      .where('processing_activity_id', '=', 'cases.meetings')
      .where('id', '>', Math.max(0, ...before.map((r) => Number(r.id))))
      .execute();
    assert.equal(rows.length, 1, 'one record: the one item shown');
    assert.equal(rows[0]!.actor, `user:${attendeeA.userId}`);
    assert.equal(rows[0]!.operation, 'read');
    assert.equal(rows[0]!.data_subject_type, 'pga-case');
    assert.equal(rows[0]!.legal_basis, 'Convenant Zorg- en Veiligheidshuis Zuid-Holland Zuid');
    assert.match(JSON.stringify(rows[0]!.attributes), new RegExp(case1.reference));
    assert.doesNotMatch(JSON.stringify(rows[0]!.attributes), /Piet/);
  });

  it('a decision with actions on case 1; case 2 is refused to A; the action owner must be assigned; A marks the action done', async () => {
    const badOwner = await api('POST', `/case-meetings/${meetingId}/items/${case1.id}/decisions`, attendeeA, {
      text: 'Huisbezoek plannen',
      actions: [{ text: 'Afspraak maken', ownerUserId: attendeeB.userId }],
    });
    assert.equal(badOwner.statusCode, 400);
    const res = await api('POST', `/case-meetings/${meetingId}/items/${case1.id}/decisions`, attendeeA, {
      text: 'Huisbezoek plannen',
      actions: [{ text: 'Afspraak maken', ownerUserId: attendeeA.userId, deadline: '2026-09-15' }],
    });
    assert.equal(res.statusCode, 201, res.body);
    const actionId = res.json().actions[0].id;
    assert.equal(res.json().actions[0].deadline, '2026-09-15');
    const other = await api('POST', `/case-meetings/${meetingId}/items/${case2.id}/decisions`, attendeeA, { text: 'Iets anders' });
    assert.equal(other.statusCode, 404, 'a partner may not even learn the case exists');
    const done = await api('PATCH', `/case-meetings/${meetingId}/actions/${actionId}`, attendeeA, { done: true });
    assert.equal(done.statusCode, 200, done.body);
    assert.ok(done.json().doneAt);
    assert.equal((await api('PATCH', `/case-meetings/${meetingId}/actions/${actionId}`, attendeeB, { done: false })).statusCode, 403);
    const a = await itemsOf(attendeeA);
    assert.equal(a[0]!.decisions![0]!.text, 'Huisbezoek plannen');
    assert.ok(a[0]!.decisions![0]!.actions[0]!.doneAt);
    const b = await itemsOf(attendeeB);
    assert.doesNotMatch(JSON.stringify(b), /Huisbezoek|Afspraak/);
  });

  it('notes per agenda item are read only by those with a role in the case; general minutes by all attendees', async () => {
    const notes = await api('PUT', `/case-meetings/${meetingId}/items/${case2.id}/notes`, attendeeB, {
      notes: 'Klaas heeft werk gevonden',
    });
    assert.equal(notes.statusCode, 200, notes.body);
    const minutes = await api('PATCH', `/case-meetings/${meetingId}`, attendeeA, {
      generalMinutes: 'Twee casussen besproken.',
      status: 'gehouden',
    });
    assert.equal(minutes.statusCode, 200, minutes.body);
    assert.equal(minutes.json().status, 'gehouden');
    const a = (await api('GET', `/case-meetings/${meetingId}`, attendeeA)).json();
    assert.equal(a.generalMinutes, 'Twee casussen besproken.');
    assert.doesNotMatch(JSON.stringify(a), /werk gevonden/);
    const b = await itemsOf(attendeeB);
    assert.equal(b[1]!.notes, 'Klaas heeft werk gevonden');
    assert.equal((await api('PUT', `/case-meetings/${meetingId}/items/${case2.id}/notes`, attendeeA, { notes: 'x' })).statusCode, 404);
  });

  it('lists meetings with counts only; an outsider neither lists nor reads the meeting', async () => {
    const list = await api('GET', '/case-meetings', attendeeA);
    assert.equal(list.statusCode, 200, list.body);
    assert.deepEqual(
      list.json().meetings.map((m: { id: string; items: number; myItems: number }) => [m.id, m.items, m.myItems]),
      [[meetingId, 2, 1]],
    );
    assert.deepEqual((await api('GET', '/case-meetings', outsider)).json().meetings, []);
    assert.equal((await api('GET', `/case-meetings/${meetingId}`, outsider)).statusCode, 404);
    assert.equal((await api('PATCH', `/case-meetings/${meetingId}`, outsider, { status: 'gepland' })).statusCode, 404);
  });
});
