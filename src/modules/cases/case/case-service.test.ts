import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Api, apiClient } from '../../../../test/fixtures/missions/api.ts';
import { SEED_DIR } from '../../../../test/fixtures/missions/seed.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';
import { systemContext } from '../../../core/context.ts';
import { seedAreasIfEmpty } from '../../areas/index.ts';
import { importAddresses } from '../../geocoder/index.ts';
import { ensureDemoPartners } from '../../network/index.ts';
import { isValidBsn } from './case-schema.ts';

const BSN = '111222333';
const BUURT = 'BU05050801';
const BAG = fileURLToPath(new URL('../../../../test/fixtures/geocoder/bagadres-dordrecht.csv', import.meta.url));

describe('cases: the case itself (need-to-know, encryption, status, timeline)', () => {
  let t: TestApp;
  let api: Api;
  let director: TestSession;
  let member: TestSession;
  let otherCaseworker: TestSession;
  let admin: TestSession;
  let analyst: TestSession;
  let coordinator: TestSession;
  let partnerMember: TestSession;
  let partnerOutsider: TestSession;
  let policeId: string;
  let caseId: string;
  let reference: string;
  let groupId: string;
  before(async () => {
    t = await createTestApp({
      config: { caseKey: randomBytes(32).toString('hex') },
      prepare: async (database) => {
        await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR);
        await importAddresses(systemContext(database.db, 'test'), { file: BAG, municipality: 'GM0505', source: 'bag-fixture' });
      },
    });
    api = apiClient(t.app);
    const partners = await ensureDemoPartners(systemContext(t.database.db, 'test'), t.config.municipality);
    policeId = partners.get('police')!;
    const sessions = await Promise.all(
      (['caseworker', 'caseworker', 'caseworker', 'admin', 'analyst', 'coordinator', 'partner', 'partner'] as const).map((r) =>
        loginAs(t.app, t.database, r),
      ),
    );
    [director, member, otherCaseworker, admin, analyst, coordinator, partnerMember, partnerOutsider] = sessions as [
      TestSession,
      TestSession,
      TestSession,
      TestSession,
      TestSession,
      TestSession,
      TestSession,
      TestSession,
    ];
    await t.database.db.insertInto('partner_members').values({ partner_id: policeId, user_id: partnerMember.userId }).execute();
    const group = await api('POST', '/youth-groups', coordinator, { name: 'Groep plein', areaCode: BUURT });
    assert.equal(group.statusCode, 201, group.body);
    groupId = group.json().id;
  });
  after(() => t.close());

  it('checks the BSN with the elfproef', () => {
    assert.equal(isValidBsn('111222333'), true);
    assert.equal(isValidBsn('123456789'), false);
    assert.equal(isValidBsn('12345678'), false);
  });

  it('seeds the default criteria and lets only the admin edit and add them', async () => {
    const list = await api('GET', '/case-criteria', director);
    assert.equal(list.statusCode, 200, list.body);
    const codes = list.json().criteria.map((c: { code: string }) => c.code);
    for (const code of ['top-x', 'high-impact-offender', 'young-at-risk', 'confused-behaviour', 'nazorg'])
      assert.ok(codes.includes(code), code);
    const body = { criteria: [{ code: 'ondermijning', nameNl: 'Ondermijning', nameEn: 'Subversive crime', active: true }] };
    assert.equal((await api('PUT', '/case-criteria', director, body)).statusCode, 403);
    const saved = await api('PUT', '/case-criteria', admin, body);
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().criteria.length, codes.length + 1);
  });

  it('opens a case: the creator directs it, the BSN and care info are encrypted at rest', async () => {
    const bad = await api('POST', '/cases', director, {
      person: { name: 'X', bsn: '123456789' },
      criteria: ['top-x'],
      legalBasis: 'Convenant Zorg- en Veiligheidshuis',
    });
    assert.equal(bad.statusCode, 400, 'a BSN failing the elfproef is refused');
    const noCriteria = await api('POST', '/cases', director, {
      person: { name: 'X' },
      criteria: ['bestaat-niet'],
      legalBasis: 'Convenant ZVH',
    });
    assert.equal(noCriteria.statusCode, 400);
    assert.equal(
      (await api('POST', '/cases', member, { person: { name: 'X' }, criteria: ['top-x'] })).statusCode,
      400,
      'a legal basis is required',
    );
    assert.equal(
      (await api('POST', '/cases', analyst, { person: { name: 'X' }, criteria: ['top-x'], legalBasis: 'Convenant' })).statusCode,
      403,
    );
    const created = await api('POST', '/cases', director, {
      person: { name: 'Jan Voorbeeld', birthDate: '2001-02-03', bsn: BSN, address: 'Voorbeeldstraat 1, Dordrecht' },
      areaCode: BUURT,
      household: [{ name: 'Moeder Voorbeeld', relation: 'moeder' }],
      criteria: ['top-x', 'young-at-risk'],
      legalBasis: 'Convenant Zorg- en Veiligheidshuis Zuid-Holland Zuid',
      careInfo: 'Begeleiding door wijkteam; schulden.',
      partnerIds: [policeId],
      members: [{ userId: member.userId }, { userId: partnerMember.userId }],
      youthGroupId: groupId,
    });
    assert.equal(created.statusCode, 201, created.body);
    const c = created.json();
    caseId = c.id;
    reference = c.reference;
    assert.match(reference, /^PGA-\d{4}-\d{4}$/);
    assert.equal(c.status, 'aangemeld');
    assert.equal(c.director.id, director.userId);
    assert.equal(c.person.bsnMasked, '••••••333');
    assert.equal(c.careInfo, 'Begeleiding door wijkteam; schulden.');
    assert.equal(c.permissions.direct, true);
    assert.deepEqual(
      c.transitions.map((x: { to: string }) => x.to),
      ['in-behandeling', 'afgesloten'],
    );
    assert.equal(
      c.members.find((m: { userId: string }) => m.userId === partnerMember.userId).partner.id,
      policeId,
      'a partner account acts for its organisation',
    );
    assert.equal(c.links[0].kind, 'youth-group');
    const raw = await t.database.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    const rawText = JSON.stringify(raw);
    assert.doesNotMatch(rawText, new RegExp(BSN), 'the BSN is not in plain text');
    assert.doesNotMatch(rawText, /schulden/, 'the care info is not in plain text');
    assert.match(raw.person_bsn_enc!, /^v1:/);
  });

  it('gives the content to members, and refuses everyone else (403 case-need-to-know or 404), logging DENIED', async () => {
    assert.equal((await api('GET', `/cases/${caseId}`, member)).json().permissions.via, 'member');
    assert.equal((await api('GET', `/cases/${caseId}`, partnerMember)).statusCode, 200);
    for (const who of [otherCaseworker, admin]) {
      const res = await api('GET', `/cases/${caseId}`, who);
      assert.equal(res.statusCode, 403, res.body);
      assert.match(res.json().type, /case-need-to-know/);
      assert.doesNotMatch(res.body, /Voorbeeld|333/, 'no person data in the refusal');
    }
    assert.equal((await api('GET', `/cases/${caseId}`, partnerOutsider)).statusCode, 404);
    assert.equal((await api('GET', `/cases/${caseId}`, analyst)).statusCode, 403, 'the access rule refuses roles without case permissions');
    const denied = await t.database.db
      .selectFrom('audit_log')
      .select(['status_code', 'legal_basis', 'actor'])
      .where('processing_activity_id', '=', 'cases.read')
      .where('status_code', '=', 'DENIED')
      .execute();
    assert.ok(denied.some((d) => d.actor === `user:${otherCaseworker.userId}`));
    assert.ok(
      denied.some((d) => d.actor === `user:${admin.userId}`),
      'an admin who is not a member is refused and logged',
    );
  });

  it('logs every read with the legal basis, never the person in the attributes; the BSN reveal separately', async () => {
    const bsn = await api('GET', `/cases/${caseId}/bsn`, member);
    assert.equal(bsn.json().bsn, BSN);
    const records = await t.database.db
      .selectFrom('audit_log')
      .select(['legal_basis', 'attributes', 'operation'])
      .where('processing_activity_id', 'like', 'cases.%')
      .execute();
    assert.ok(records.length > 3);
    for (const r of records) {
      assert.equal(r.legal_basis, 'Convenant Zorg- en Veiligheidshuis Zuid-Holland Zuid');
      assert.doesNotMatch(JSON.stringify(r.attributes), /Voorbeeld|111222333|schulden/);
    }
    assert.ok(records.some((r) => JSON.stringify(r.attributes).includes('"field":"bsn"')));
  });

  it('lists only the cases open to the caller, with filters and the youth-group link', async () => {
    const mine = await api('GET', '/cases', member);
    assert.deepEqual(
      mine.json().cases.map((c: { reference: string }) => c.reference),
      [reference],
    );
    assert.equal(mine.json().cases[0].myRole, 'member');
    assert.deepEqual((await api('GET', '/cases', otherCaseworker)).json().cases, []);
    assert.deepEqual((await api('GET', '/cases', admin)).json().cases, [], 'an admin sees no cases without membership');
    assert.equal((await api('GET', '/cases?q=voorbeeld', director)).json().cases.length, 1);
    assert.equal((await api('GET', '/cases?q=niemand', director)).json().cases.length, 0);
    assert.equal((await api('GET', '/cases?status=afgesloten', director)).json().cases.length, 0);
    assert.equal((await api('GET', `/cases?youthGroup=${groupId}`, director)).json().cases.length, 1);
    assert.equal((await api('GET', `/cases?youthGroup=${groupId}`, otherCaseworker)).json().cases.length, 0);
    const group = await api('GET', `/youth-groups/${groupId}`, coordinator);
    assert.doesNotMatch(group.body, /PGA-/, 'the youth group shows no case reference');
  });

  it('lets the director move the status with reasons; members may not; closing needs a closing reason', async () => {
    assert.equal((await api('POST', `/cases/${caseId}/transitions`, member, { to: 'in-behandeling' })).statusCode, 403);
    const step = async (body: Record<string, unknown>) => api('POST', `/cases/${caseId}/transitions`, director, body);
    assert.equal((await step({ to: 'monitoring' })).statusCode, 409, 'no skipping');
    assert.equal((await step({ to: 'in-behandeling' })).statusCode, 200);
    const plan = await step({ to: 'plan-vastgesteld' });
    assert.ok(plan.json().planSetAt);
    assert.equal((await step({ to: 'in-behandeling' })).statusCode, 400, 'a back-step needs a reason');
    assert.equal((await step({ to: 'in-behandeling', reason: 'Plan werkt niet' })).statusCode, 200);
    assert.equal((await step({ to: 'afgesloten', reason: 'Verhuisd naar Breda' })).statusCode, 400, 'closing needs a closing reason');
    const closed = await step({ to: 'afgesloten', reason: 'Verhuisd naar Breda', closingReason: 'verhuisd' });
    assert.equal(closed.statusCode, 200, closed.body);
    assert.equal(closed.json().closingReason, 'verhuisd');
    assert.ok(closed.json().closedAt);
    const reopened = await step({ to: 'in-behandeling', reason: 'Terug in Dordrecht' });
    assert.equal(reopened.json().closedAt, null);
  });

  it('assigns and removes members (director only), edits, household and links, and shows it all in the timeline', async () => {
    assert.equal((await api('POST', `/cases/${caseId}/members`, member, { userId: otherCaseworker.userId })).statusCode, 403);
    assert.equal(
      (await api('POST', `/cases/${caseId}/members`, director, { userId: analyst.userId })).statusCode,
      400,
      'an analyst may not participate',
    );
    assert.equal((await api('POST', `/cases/${caseId}/members`, director, { userId: otherCaseworker.userId })).statusCode, 201);
    assert.equal((await api('GET', `/cases/${caseId}`, otherCaseworker)).statusCode, 200);
    assert.equal((await api('DELETE', `/cases/${caseId}/members/${otherCaseworker.userId}`, director)).statusCode, 200);
    assert.equal((await api('GET', `/cases/${caseId}`, otherCaseworker)).statusCode, 403);
    assert.equal((await api('DELETE', `/cases/${caseId}/members/${director.userId}`, director)).statusCode, 409);
    const edited = await api('PATCH', `/cases/${caseId}`, member, { careInfo: 'Nieuwe afspraken', person: { address: 'Nieuwstraat 2' } });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().careInfo, 'Nieuwe afspraken');
    assert.equal((await api('PATCH', `/cases/${caseId}`, member, { criteria: ['nazorg'] })).statusCode, 403, 'criteria: the director');
    assert.equal((await api('POST', `/cases/${caseId}/household`, member, { relation: 'broer', name: 'Broer' })).statusCode, 201);
    assert.equal((await api('POST', `/cases/${caseId}/links`, member, { kind: 'incident', ref: 'BVH-2026-123' })).statusCode, 201);
    assert.equal(
      (await api('POST', `/cases/${caseId}/links`, member, { kind: 'youth-group', ref: '00000000-0000-4000-8000-000000000000' }))
        .statusCode,
      400,
    );
    const view = (await api('GET', `/cases/${caseId}`, member)).json();
    assert.equal(view.household.length, 2);
    assert.equal(view.links.length, 2);
    const timeline = await api('GET', `/cases/${caseId}/timeline`, director);
    assert.equal(timeline.statusCode, 200, timeline.body);
    const events = timeline.json().events;
    const kinds = new Set(events.map((e: { kind: string }) => e.kind));
    for (const k of ['status', 'member-added', 'member-removed', 'link']) assert.ok(kinds.has(k), k);
    assert.ok(events.some((e: { reason?: string }) => e.reason === 'Plan werkt niet'));
    const ats = events.map((e: { at: string }) => e.at);
    assert.deepEqual(ats, [...ats].sort().reverse(), 'newest first');
    assert.equal((await api('GET', `/cases/${caseId}/timeline`, otherCaseworker)).statusCode, 403);
  });

  it('takes the buurt of the address when no area is given, and leaves it empty for an unknown address', async () => {
    const base = { criteria: ['nazorg'], legalBasis: 'Convenant ZVH' };
    const known = await api('POST', '/cases', director, { ...base, person: { name: 'Piet Proef', address: 'Proefstraat 12, Dordrecht' } });
    assert.equal(known.statusCode, 201, known.body);
    assert.match(known.json().areaCode ?? '', /^BU0505\d{4}$/);
    const unknown = await api('POST', '/cases', director, { ...base, person: { name: 'Kees Nergens', address: 'Nergensstraat 99' } });
    assert.equal(unknown.json().areaCode, null);
  });

  it('offers assignable users with their organisations to a director only', async () => {
    const res = await api('GET', '/cases/assignable-users', director);
    assert.equal(res.statusCode, 200);
    const users = res.json().users;
    assert.ok(
      users.some(
        (u: { id: string; organisations: Array<{ id: string }> }) => u.id === partnerMember.userId && u.organisations[0]?.id === policeId,
      ),
    );
    assert.ok(!users.some((u: { id: string }) => u.id === analyst.userId));
    assert.equal((await api('GET', '/cases/assignable-users', partnerMember)).statusCode, 403);
  });

  it('involves the organisation a member acts for: on opening, on assigning, and when the chosen organisations change', async () => {
    const partnersOf = async (id: string) => (await api('GET', `/cases/${id}`, director)).json().partners.map((p: { id: string }) => p.id);
    const opened = await api('POST', '/cases', director, {
      person: { name: 'Organisatie Voorbeeld' },
      criteria: ['top-x'],
      legalBasis: 'Convenant Zorg- en Veiligheidshuis Zuid-Holland Zuid',
      members: [{ userId: partnerMember.userId }],
    });
    assert.equal(opened.statusCode, 201, opened.body);
    const id = opened.json().id;
    assert.deepEqual(await partnersOf(id), [policeId], 'the police account acts for the police: involved without choosing it');
    assert.equal((await api('PATCH', `/cases/${id}`, director, { partnerIds: [] })).statusCode, 200);
    assert.deepEqual(await partnersOf(id), [policeId], 'an organisation stays involved while a member acts for it');
    const other = await api('POST', '/cases', director, {
      person: { name: 'Toewijzing Voorbeeld' },
      criteria: ['top-x'],
      legalBasis: 'Convenant Zorg- en Veiligheidshuis Zuid-Holland Zuid',
    });
    assert.deepEqual(await partnersOf(other.json().id), []);
    assert.equal((await api('POST', `/cases/${other.json().id}/members`, director, { userId: partnerMember.userId })).statusCode, 201);
    assert.deepEqual(await partnersOf(other.json().id), [policeId], 'assigning a partner account involves its organisation');
  });
});
