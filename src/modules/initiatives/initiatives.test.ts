import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Api, apiClient } from '../../../test/fixtures/missions/api.ts';
import { SEED_DIR } from '../../../test/fixtures/missions/seed.ts';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { systemContext } from '../../core/context.ts';
import { seedAreasIfEmpty } from '../areas/index.ts';

const FORM = {
  kind: 'buurtpreventie',
  title: 'Buurtpreventie Sterrenburg',
  description: 'Wij lopen twee avonden per week een ronde door de buurt.',
  buurtCode: 'BU05050900',
  point: { lat: 51.795, lon: 4.69 },
  peopleEstimate: 12,
  supportAsked: ['materials', 'police-contact'],
  supportNote: 'Hesjes en zaklampen',
  contact: { name: 'Jan Jansen', email: 'Jan.Jansen@example.test', phone: '06 12345678' },
  consent: { contact: true, publish: true, publishContactEmail: false },
};

describe('residents’ initiatives: the public form, review and what each may see', () => {
  let t: TestApp;
  let api: Api;
  let coordinator: TestSession;
  let viewer: TestSession;
  let partner: TestSession;
  let analyst: TestSession;
  let id: string;
  before(async () => {
    t = await createTestApp({
      config: { signalIntakePerMinute: 100 },
      prepare: async (database) => void (await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR)),
    });
    api = apiClient(t.app);
    coordinator = await loginAs(t.app, t.database, 'coordinator');
    viewer = await loginAs(t.app, t.database, 'viewer');
    partner = await loginAs(t.app, t.database, 'partner');
    analyst = await loginAs(t.app, t.database, 'analyst');
  });
  after(() => t.close());

  it('registers an initiative without an account, queues a confirmation and logs the intake', async () => {
    const res = await api('POST', '/initiatives', null, FORM);
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().confirmationMailQueued, true);
    id = res.json().id;
    const mail = await t.database.db.selectFrom('mail_outbox').select(['to_address', 'subject', 'body_text']).execute();
    assert.equal(mail.length, 1);
    assert.equal(mail[0]!.to_address, 'jan.jansen@example.test');
    assert.match(mail[0]!.body_text, /Wat er nu gebeurt/);
    const stored = await t.database.db.selectFrom('initiatives').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(JSON.stringify(stored).includes('Jansen'), false, 'no personal data in initiatives');
    const log = await t.database.db
      .selectFrom('audit_log')
      .select('data_subject_type')
      .where('processing_activity_id', '=', 'initiatives.intake')
      .execute();
    assert.deepEqual(log, [{ data_subject_type: 'initiative-initiator' }]);
  });

  it('refuses bad and hostile input with 400 problem+json naming the fields', async () => {
    const cases: Array<[unknown, string]> = [
      [{ ...FORM, consent: { ...FORM.consent, contact: false } }, 'body.consent.contact'],
      [{ ...FORM, contact: { ...FORM.contact, email: 'geen-adres' } }, 'body.contact.email'],
      [{ ...FORM, buurtCode: "BU05050900' OR 1=1 --" }, 'body.buurtCode'],
      [{ ...FORM, buurtCode: 'BU99999999' }, 'body.buurtCode'],
      [{ ...FORM, title: 'x'.repeat(500) }, 'body.title'],
      [{ ...FORM, title: 'Naam\u0000met nul' }, 'body.title'],
      [{ ...FORM, kind: 'drugs' }, 'body.kind'],
      [{ ...FORM, supportAsked: ['budget', 'budget'] }, 'body.supportAsked'],
      [{ ...FORM, point: { lat: 0, lon: 0 } }, 'body.point.lat'],
      [{ ...FORM, peopleEstimate: -3 }, 'body.peopleEstimate'],
      [{ ...FORM, title: 'Buurtpreventie\r\nBcc: iedereen@example.test' }, 'body.title'],
      [{ ...FORM, contact: { ...FORM.contact, name: 'Jan\nJansen' } }, 'body.contact.name'],
      [{ ...FORM, description: '<script>alert(1)</script>'.repeat(200) }, 'body.description'],
    ];
    for (const [body, field] of cases) {
      const res = await api('POST', '/initiatives', null, body);
      assert.equal(res.statusCode, 400, `${field}: ${res.body}`);
      assert.match(String(res.headers['content-type']), /application\/problem\+json/);
      assert.ok(
        res.json().errors.some((e: { name: string }) => e.name === field),
        `${field} named in ${res.body}`,
      );
    }
    const notJson = await t.app.inject({
      method: 'POST',
      url: '/api/v1/initiatives',
      headers: { 'content-type': 'application/json' },
      payload: '{"kind":',
    });
    assert.equal(notJson.statusCode, 400);
  });

  it('shows the public nothing until staff publish a supported or active initiative, and then only published fields', async () => {
    assert.deepEqual((await api('GET', '/initiatives', null)).json().initiatives, []);
    assert.equal((await api('GET', `/initiatives/${id}`, null)).statusCode, 404);
    const inContact = await api('PATCH', `/initiatives/${id}`, coordinator, { status: 'in-contact', note: 'Gebeld' });
    assert.equal(inContact.statusCode, 200, inContact.body);
    const active = await api('PATCH', `/initiatives/${id}`, coordinator, { status: 'active', published: true });
    assert.equal(active.statusCode, 200, active.body);
    assert.equal(active.json().review.published, true);
    assert.ok(active.json().review.nextCheckIn > new Date().toISOString().slice(0, 10), 'a check-in a year ahead');
    const list = (await api('GET', '/initiatives', null)).json().initiatives;
    assert.equal(list.length, 1);
    assert.equal(list[0].review, null);
    assert.equal(list[0].contactEmail, null, 'no e-mail without consent to publish it');
    assert.equal(list[0].buurtName, 'Sterrenburg 1-West');
    assert.notDeepEqual(list[0].point, FORM.point, 'the public sees the buurt centre, not the spot');
    const text = JSON.stringify(list);
    for (const secret of ['Jansen', 'jan.jansen', '12345678', 'Hesjes']) assert.equal(text.includes(secret), false, secret);
    assert.equal((await api('GET', `/initiatives/${id}`, null)).json().history, null);
  });

  it('gives network:read the review part but never contact details; the contact read needs initiatives:review and is logged', async () => {
    for (const who of [viewer, analyst, coordinator]) {
      const res = await api('GET', `/initiatives/${id}`, who);
      assert.equal(res.statusCode, 200);
      assert.notEqual(res.json().review, null);
      assert.equal(res.json().review.hasContact, true);
      assert.equal(res.body.includes('Jansen') || res.body.includes('jan.jansen'), false);
      assert.equal((await api('GET', '/initiatives?status=active&area=WK050509', who)).json().initiatives.length, 1);
    }
    assert.equal((await api('GET', `/initiatives/${id}`, partner)).json().review, null, 'a partner sees the public view');
    const spot = (who: TestSession) => api('GET', `/initiatives/${id}`, who).then((r) => r.json().point);
    assert.deepEqual(await spot(coordinator), FORM.point, 'a reviewer sees the spot given');
    assert.notDeepEqual(await spot(viewer), FORM.point, 'network:read alone sees the buurt centre');
    for (const who of [viewer, analyst, partner]) {
      assert.equal((await api('GET', `/initiatives/${id}/contact`, who)).statusCode, 403);
      assert.equal((await api('PATCH', `/initiatives/${id}`, who, { status: 'ended' })).statusCode, 403);
    }
    assert.equal((await api('GET', `/initiatives/${id}/contact`, null)).statusCode, 401);
    const before = await t.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('processing_activity_id', '=', 'initiatives.contact')
      .execute();
    assert.equal(before.length, 0);
    const contact = await api('GET', `/initiatives/${id}/contact`, coordinator);
    assert.deepEqual(contact.json(), { name: 'Jan Jansen', email: 'jan.jansen@example.test', phone: '06 12345678' });
    const logged = await t.database.db
      .selectFrom('audit_log')
      .select(['operation', 'actor', 'data_subject_type'])
      .where('processing_activity_id', '=', 'initiatives.contact')
      .execute();
    assert.deepEqual(logged, [{ operation: 'read', actor: `user:${coordinator.userId}`, data_subject_type: 'initiative-initiator' }]);
  });

  it('keeps status changes to sensible steps with their history, support and check-ins', async () => {
    const other = (
      await api('POST', '/initiatives', null, { ...FORM, title: 'Opschoondag', consent: { contact: true, publish: false } })
    ).json().id;
    const jump = await api('PATCH', `/initiatives/${other}`, coordinator, { status: 'active' });
    assert.equal(jump.statusCode, 409);
    assert.equal(jump.json().type.endsWith('transition-not-allowed'), true);
    assert.equal(
      (await api('PATCH', `/initiatives/${other}`, coordinator, { published: true })).statusCode,
      409,
      'no publication without consent',
    );
    assert.equal((await api('PATCH', `/initiatives/${other}`, coordinator, { reviewerId: viewer.userId })).statusCode, 400);
    const support = await api('POST', `/initiatives/${id}/support`, coordinator, {
      kind: 'amount',
      amountEuro: 250,
      description: 'Hesjes en zaklampen',
      givenOn: '2026-03-01',
    });
    assert.equal(support.statusCode, 201, support.body);
    assert.deepEqual(
      support.json().support.map((s: { amountEuro: number }) => s.amountEuro),
      [250],
    );
    assert.equal(
      (await api('POST', `/initiatives/${id}/support`, coordinator, { kind: 'amount', description: 'geld', givenOn: '2026-03-01' }))
        .statusCode,
      400,
    );
    const checkIn = await api('POST', `/initiatives/${id}/check-in`, coordinator, { note: 'Loopt goed' });
    assert.equal(checkIn.statusCode, 200);
    const ended = await api('PATCH', `/initiatives/${id}`, coordinator, { status: 'ended', reviewerId: coordinator.userId });
    assert.equal(ended.json().review.nextCheckIn, null);
    assert.equal(ended.json().review.reviewer.id, coordinator.userId);
    assert.deepEqual(
      ended.json().history.map((h: { event: string; toStatus: string | null }) => `${h.event}:${h.toStatus ?? ''}`),
      ['registered:new', 'status:in-contact', 'status:active', 'support:', 'check-in:', 'status:ended'],
    );
    assert.equal((await api('POST', `/initiatives/${id}/check-in`, coordinator, {})).statusCode, 409);
    assert.deepEqual((await api('GET', '/initiatives', null)).json().initiatives, [], 'an ended initiative leaves the public list');
    assert.equal((await api('GET', '/initiatives/00000000-0000-4000-8000-000000000000', coordinator)).statusCode, 404);
    assert.equal((await api('GET', '/initiatives/not-a-uuid', coordinator)).statusCode, 400);
  });

  it('links missions that exist, and refuses an unknown mission id with 400 naming it', async () => {
    const id = (await api('POST', '/initiatives', null, { ...FORM, title: 'Loopgroep met opgave' })).json().id;
    const mission = await api('POST', '/missions', coordinator, {
      title: 'Buurtpreventie Sterrenburg',
      scope: { kind: 'buurten', year: 2024, codes: ['BU05050900'] },
    });
    assert.equal(mission.statusCode, 201, mission.body);
    const unknown = '00000000-0000-4000-8000-0000000000aa';
    const refused = await api('PATCH', `/initiatives/${id}`, coordinator, { missionIds: [mission.json().id, unknown] });
    assert.equal(refused.statusCode, 400, refused.body);
    assert.deepEqual(refused.json().errors, [{ name: 'body.missionIds.1', reason: 'deze opgave bestaat niet' }]);
    const linked = await api('PATCH', `/initiatives/${id}`, coordinator, { missionIds: [mission.json().id, mission.json().id] });
    assert.equal(linked.statusCode, 200, linked.body);
    assert.deepEqual(JSON.stringify(linked.json()).match(new RegExp(mission.json().id, 'g'))?.length, 1, 'linked once');
  });
});

describe('residents’ initiatives: the public form is rate-limited per IP', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({
      config: { signalIntakePerMinute: 2 },
      prepare: async (database) => void (await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR)),
    });
  });
  after(() => t.close());

  it('answers 429 problem+json after the limit', async () => {
    const api = apiClient(t.app);
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await api('POST', '/initiatives', null, FORM)).statusCode);
    assert.deepEqual(codes, [201, 201, 429]);
  });
});
