/**
 * The register over HTTP: the catalogue, registering a decision at a BAG address, the Awb steps with
 * their transition records, optimistic locking, the filters, the deadlines due soon, need-to-know
 * for decisions linked to a PGA case, the processing log, reminders and the demo.
 */
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
import { addDays } from './calendar.ts';
import { decisionsDemo } from './demo.ts';
import { sendDeadlineReminders } from './reminders.ts';

const BAG = fileURLToPath(new URL('../../../../test/fixtures/geocoder/bagadres-dordrecht.csv', import.meta.url));
const TODAY = new Date().toISOString().slice(0, 10);

describe('powers: the register of decisions over HTTP', () => {
  let t: TestApp;
  let api: Api;
  let admin: TestSession;
  let coordinator: TestSession;
  let analyst: TestSession;
  let member: TestSession;
  let outsider: TestSession;
  let viewer: TestSession;
  let partner: TestSession;
  let closureId: string;
  let buurt: string;
  before(async () => {
    t = await createTestApp({
      config: { caseKey: randomBytes(32).toString('hex') },
      prepare: async (database) => {
        await seedAreasIfEmpty(systemContext(database.db, 'test'), SEED_DIR);
        await importAddresses(systemContext(database.db, 'test'), { file: BAG, municipality: 'GM0505', source: 'bag-fixture' });
      },
    });
    api = apiClient(t.app);
    const roles = ['admin', 'coordinator', 'analyst', 'caseworker', 'caseworker', 'viewer', 'partner'] as const;
    [admin, coordinator, analyst, member, outsider, viewer, partner] = (await Promise.all(
      roles.map((r) => loginAs(t.app, t.database, r)),
    )) as TestSession[] as [TestSession, TestSession, TestSession, TestSession, TestSession, TestSession, TestSession];
  });
  after(() => t.close());

  it('seeds the catalogue; admins add an APV article; builtin entries keep their article', async () => {
    const list = await api('GET', '/power-bases', analyst);
    assert.equal(list.statusCode, 200, list.body);
    const codes = list.json().bases.map((b: { code: string }) => b.code);
    for (const code of [
      'opiumwet-13b',
      'gemeentewet-174a',
      'gemeentewet-172-3',
      'gemeentewet-172a',
      'gemeentewet-151b',
      'gemeentewet-151c',
    ])
      assert.ok(codes.includes(code), code);
    for (const code of ['gemeentewet-151d', 'apv-sluiting', 'bibob']) assert.ok(codes.includes(code), code);
    const apv = { code: 'apv-2-48', label: 'Alcoholverbod', article: 'art. 2:48 APV Dordrecht', measureKind: 'apv', placeKind: 'area' };
    assert.equal((await api('PUT', '/power-bases/apv-2-48', analyst, apv)).statusCode, 403);
    const saved = await api('PUT', '/power-bases/apv-2-48', admin, apv);
    assert.equal(saved.statusCode, 200, saved.body);
    assert.deepEqual([saved.json().builtin, saved.json().active, saved.json().hearingDays], [false, true, null]);
    const thirteenB = list.json().bases.find((b: { code: string }) => b.code === 'opiumwet-13b');
    const changed = await api('PUT', '/power-bases/opiumwet-13b', coordinator, { ...thirteenB, article: 'art. 13c Opiumwet' });
    assert.equal(changed.statusCode, 400);
    assert.equal(changed.json().errors[0].name, 'body.article');
    const relabelled = await api('PUT', '/power-bases/opiumwet-13b', coordinator, {
      ...thirteenB,
      label: 'Sluiting drugspand',
      hearingDays: 10,
    });
    assert.equal(relabelled.statusCode, 200, relabelled.body);
    assert.equal(relabelled.json().hearingDays, 10);
    assert.equal((await api('PUT', '/power-bases/other', admin, apv)).statusCode, 400, 'the code in the body is the one in the path');
    assert.equal((await api('GET', '/power-bases', partner)).statusCode, 403);
    assert.equal((await api('GET', '/power-bases', viewer)).statusCode, 403);
  });

  it('registers a 13b decision at a BAG address; refuses unknown addresses, missing places and unknown areas', async () => {
    const created = await api('POST', '/decisions', coordinator, {
      baseCode: 'opiumwet-13b',
      title: 'Sluiting woning Proefstraat',
      address: 'Proefstraat 12, Dordrecht',
      facts: [{ kind: 'incident', reference: '2026-000123' }],
      documents: [{ title: 'Bestuurlijke rapportage', reference: 'DMS-1' }],
    });
    assert.equal(created.statusCode, 201, created.body);
    const d = created.json();
    closureId = d.id;
    assert.match(d.number, new RegExp(`^BB-${TODAY.slice(0, 4)}-0001$`));
    assert.equal(d.state, 'voornemen');
    assert.ok(Math.abs(d.point.lon - 4.66147259) < 1e-6 && Math.abs(d.point.lat - 51.8164917) < 1e-6, JSON.stringify(d.point));
    assert.match(d.buurtCode, /^BU0505\d{4}$/);
    buurt = d.buurtCode;
    assert.equal(d.owner.id, coordinator.userId);
    assert.deepEqual(d.allowedActions, ['invite-hearing', 'decide', 'withdraw', 'request-bibob-advice']);
    const bad = (body: Record<string, unknown>) =>
      api('POST', '/decisions', coordinator, { baseCode: 'opiumwet-13b', title: 'X', ...body });
    const unknown = await bad({ address: 'Proefstraat 99, Dordrecht' });
    assert.equal(unknown.statusCode, 400);
    assert.equal(unknown.json().errors[0].name, 'body.address');
    assert.match(unknown.json().errors[0].reason, /niet gevonden/);
    assert.equal((await bad({})).json().errors[0].name, 'body.address', 'a closure needs an address');
    const camera = await bad({ baseCode: 'gemeentewet-151c' });
    assert.equal(camera.json().errors[0].name, 'body.areaCodes', 'a camera area needs an area');
    const area = await bad({ baseCode: 'gemeentewet-151c', areaCodes: ['BU99999999'] });
    assert.equal(area.json().errors[0].name, 'body.areaCodes.0');
    assert.equal((await bad({ baseCode: 'bestaat-niet', address: 'Proefstraat 12' })).json().errors[0].name, 'body.baseCode');
    assert.equal((await api('POST', '/decisions', analyst, { baseCode: 'opiumwet-13b', title: 'X' })).statusCode, 403);
  });

  it('takes the Awb steps, records each with actor and reason, and refuses what does not follow', async () => {
    const step = (body: Record<string, unknown>) => api('POST', `/decisions/${closureId}/transitions`, coordinator, body);
    const hearing = await step({ action: 'invite-hearing', date: '2026-02-02' });
    assert.equal(hearing.statusCode, 200, hearing.body);
    assert.equal(hearing.json().dates.hearingDue, '2026-02-12', 'the base’s term (10 days, changed above)');
    const early = await step({ action: 'object', date: '2026-02-03' });
    assert.equal(early.statusCode, 409);
    assert.equal(early.json().type.endsWith('transition-not-allowed'), true);
    assert.match(early.json().detail, /zienswijze/);
    const before = await step({ action: 'decide', date: '2026-02-01', reason: 'x' });
    assert.equal(before.statusCode, 400);
    assert.equal(before.json().errors[0].name, 'body.date');
    assert.equal(
      (await step({ action: 'decide', date: '2026-02-13', measureStart: '2026-03-09', measureEnd: '2026-06-08' })).statusCode,
      200,
    );
    const announced = await step({ action: 'announce', date: '2026-03-02', publicText: 'Woning gesloten (13b).' });
    const objected = await step({ action: 'object', date: '2026-04-14', reason: 'Bezwaarschrift per post' });
    assert.equal(objected.statusCode, 200, objected.body);
    const d = objected.json();
    assert.equal(announced.json().publishedOn, '2026-03-02');
    assert.equal(d.state, 'bezwaar');
    const term = d.deadlines.find((x: { kind: string }) => x.kind === 'objection-term');
    assert.deepEqual([term.due, term.status], ['2026-04-13', 'lapsed']);
    assert.match(term.note, /6:11/);
    const decision = d.deadlines.find((x: { kind: string }) => x.kind === 'objection-decision');
    assert.equal(decision.due, '2026-05-25');
    assert.equal(decision.status, TODAY > '2026-05-25' ? 'missed' : 'open');
    assert.deepEqual(
      d.transitions.map((x: { action: string }) => x.action),
      ['invite-hearing', 'decide', 'announce', 'object'],
    );
    const last = d.transitions.at(-1);
    assert.deepEqual(
      [last.fromState, last.toState, last.reason, last.details.late],
      ['bekendgemaakt', 'bezwaar', 'Bezwaarschrift per post', true],
    );
    assert.equal(last.actor.id, coordinator.userId);
    assert.equal((await api('POST', `/decisions/${closureId}/transitions`, analyst, { action: 'withdraw', date: TODAY })).statusCode, 403);
  });

  it('changes the content with optimistic locking', async () => {
    const current = (await api('GET', `/decisions/${closureId}`, coordinator)).json();
    const changed = await api('PATCH', `/decisions/${closureId}`, coordinator, { version: current.version, summary: 'Hennepkwekerij' });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().version, current.version + 1);
    const stale = await api('PATCH', `/decisions/${closureId}`, coordinator, { version: current.version, title: 'Anders' });
    assert.equal(stale.statusCode, 409);
    const moved = await api('PATCH', `/decisions/${closureId}`, coordinator, { version: current.version + 1, address: 'Toetsplein 7' });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.ok(Math.abs(moved.json().point.lon - 4.68403406) < 1e-6, 'the new address is placed');
    const nowhere = await api('PATCH', `/decisions/${closureId}`, coordinator, { version: current.version + 2, address: null });
    assert.equal(nowhere.json().errors[0].name, 'body.address', 'a closure keeps an address');
  });

  it('filters the list by area, state, base and measure in force, and lists the deadlines due soon', async () => {
    const camera = await api('POST', '/decisions', coordinator, {
      baseCode: 'gemeentewet-151c',
      title: 'Camera’s plein',
      areaCodes: [buurt],
    });
    assert.equal(camera.statusCode, 201, camera.body);
    const cameraId = camera.json().id;
    const decide = await api('POST', `/decisions/${cameraId}/transitions`, coordinator, {
      action: 'decide',
      date: addDays(TODAY, -10),
      reason: 'Geen belanghebbende te horen',
      measureStart: addDays(TODAY, -5),
      measureEnd: addDays(TODAY, 5),
    });
    assert.equal(decide.statusCode, 200, decide.body);
    const ids = async (query: string, who = analyst) =>
      (await api('GET', `/decisions${query}`, who)).json().decisions.map((d: { id: string }) => d.id);
    assert.deepEqual(await ids(`?area=WK${buurt.slice(2, 8)}`), [cameraId], 'the wijk holds the camera’s buurt (the closure moved)');
    assert.deepEqual(await ids('?active=true'), [cameraId]);
    assert.deepEqual(await ids('?state=bezwaar'), [closureId]);
    assert.deepEqual(await ids('?base=opiumwet-13b'), [closureId]);
    assert.equal((await ids('?area=GM0505')).length, 2);
    assert.equal((await api('GET', '/decisions?area=XX', analyst)).statusCode, 400);
    const deadlines = async (within: string) =>
      (await api('GET', `/decisions/deadlines?within=${within}`, analyst))
        .json()
        .deadlines.map((d: { kind: string; number: string }) => d.kind);
    // the closure's decision on its bezwaar was due 25 May 2026: overdue ones come first, whatever the term
    const overdue = TODAY > '2026-05-25' ? ['objection-decision'] : [];
    assert.deepEqual(await deadlines('7d'), [...overdue, 'measure-end'], 'the camera area ends in 5 days');
    assert.deepEqual(await deadlines('1w'), [...overdue, 'measure-end']);
    assert.deepEqual(await deadlines('3d'), overdue);
    assert.equal((await api('GET', '/decisions/deadlines?within=soon', analyst)).statusCode, 400);
  });

  it('mails the owner 7 days and 1 day before a deadline, once each', async () => {
    const ctx = systemContext(t.database.db, 'test');
    const outbox = () =>
      t.database.db
        .selectFrom('mail_outbox')
        .select(['to_address', 'subject', 'body_text'])
        .where('subject', 'like', 'Termijn besluit%')
        .execute();
    const now = new Date(`${TODAY}T08:00:00Z`);
    assert.equal(await sendDeadlineReminders(ctx, { config: t.config, now }), 1, 'the camera area ends in 5 days: the 7-day reminder');
    assert.equal(await sendDeadlineReminders(ctx, { config: t.config, now }), 0, 'sent once');
    const later = new Date(`${addDays(TODAY, 4)}T08:00:00Z`);
    assert.equal(await sendDeadlineReminders(ctx, { config: t.config, now: later }), 1, 'one day left: the 1-day reminder');
    const mails = await outbox();
    assert.deepEqual(
      mails.map((m) => m.to_address),
      [coordinator.email, coordinator.email],
    );
    assert.match(mails[0]!.subject, /BB-\d{4}-0002: Einde van de maatregel/);
    assert.match(mails[0]!.body_text, /Camera’s plein/);
  });

  it('shows a decision linked to a case only to those who may open the case', async () => {
    const opened = await api('POST', '/cases', admin, {
      person: { name: 'Fictief Persoon' },
      criteria: ['top-x'],
      legalBasis: 'Convenant Zorg- en Veiligheidshuis',
      members: [{ userId: member.userId }],
    });
    assert.equal(opened.statusCode, 201, opened.body);
    const caseId = opened.json().id;
    const refused = await api('POST', '/decisions', coordinator, {
      baseCode: 'opiumwet-13b',
      title: 'X',
      address: 'Proefstraat 12',
      caseId,
    });
    assert.equal(refused.statusCode, 409, 'a case the caller may not open is an unknown reference');
    const created = await api('POST', '/decisions', admin, {
      baseCode: 'opiumwet-13b',
      title: 'Sluiting casus',
      address: 'Proefstraat 12',
      caseId,
    });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id;
    assert.equal((await api('POST', `/decisions/${id}/transitions`, admin, { action: 'invite-hearing', date: TODAY })).statusCode, 200);
    const sees = async (who: TestSession) => ({
      detail: (await api('GET', `/decisions/${id}`, who)).statusCode,
      list: (await api('GET', '/decisions', who)).json().decisions.some((d: { id: string }) => d.id === id),
      deadlines: (await api('GET', '/decisions/deadlines?within=30d', who))
        .json()
        .deadlines.some((d: { decisionId: string }) => d.decisionId === id),
    });
    assert.deepEqual(await sees(member), { detail: 200, list: true, deadlines: true });
    assert.deepEqual(await sees(outsider), { detail: 404, list: false, deadlines: false });
    assert.deepEqual(await sees(coordinator), { detail: 404, list: false, deadlines: false });
    const missing = await api('GET', '/decisions/00000000-0000-4000-8000-000000000000', outsider);
    assert.equal(
      missing.json().detail.replace(/'[^']+'/, 'ID'),
      (await api('GET', `/decisions/${id}`, outsider)).json().detail.replace(/'[^']+'/, 'ID'),
    );
    assert.equal((await api('PATCH', `/decisions/${id}`, coordinator, { version: 2, title: 'Y' })).statusCode, 404);
    assert.equal(
      (await api('POST', `/decisions/${id}/transitions`, coordinator, { action: 'withdraw', date: TODAY, reason: 'x' })).statusCode,
      404,
    );
    // the case's subject access export (its procesregisseur only) lists the decision with its steps
    const exported = await api('GET', `/cases/${caseId}/export?format=json`, admin);
    assert.equal(exported.statusCode, 200, exported.body);
    const decisions = JSON.parse(exported.body).parts.decisions;
    assert.deepEqual(
      decisions.map((d: { number: string; title: string; state: string; steps: { action: string }[] }) => [
        d.title,
        d.state,
        d.steps.map((s) => s.action),
      ]),
      [['Sluiting casus', 'zienswijze', ['invite-hearing']]],
    );
    assert.equal((await api('GET', `/cases/${caseId}/export?format=json`, member)).statusCode, 403, 'a member does not export');
  });

  it('logs every read and write in the processing log', async () => {
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['processing_activity_id', 'operation'])
      .where('processing_activity_id', 'like', 'powers.%')
      .execute();
    const kinds = new Set(rows.map((r) => `${r.processing_activity_id} ${r.operation}`));
    for (const k of ['powers.decisions.read read', 'powers.decisions.manage create', 'powers.decisions.manage update'])
      assert.ok(kinds.has(k), k);
  });

  it('loads two demo decisions and removes them', async () => {
    const ctx = systemContext(t.database.db, 'test');
    const env = { config: t.config, gemeente: 'GM0505', now: new Date() };
    assert.equal((await decisionsDemo.load(ctx, env)).length, 1);
    assert.deepEqual(await decisionsDemo.load(ctx, env), [], 'loaded once');
    const demo = (await api('GET', '/decisions', analyst)).json().decisions.filter((d: { demo: boolean }) => d.demo);
    assert.deepEqual(demo.map((d: { baseCode: string }) => d.baseCode).sort(), ['gemeentewet-151c', 'opiumwet-13b']);
    assert.ok(
      demo.every((d: { measure: { active: boolean } }) => d.measure.active),
      'both measures in force',
    );
    const closure = demo.find((d: { baseCode: string }) => d.baseCode === 'opiumwet-13b');
    assert.equal(closure.state, 'bezwaar');
    assert.equal(closure.nextDeadline.kind, 'objection-decision');
    assert.equal(await decisionsDemo.remove(ctx, env), 2);
    assert.equal(await decisionsDemo.count!(ctx, env), 0);
  });

  it('places an address the local BAG addresses lack at the point the address search gave, only inside the municipality', async () => {
    const body = { baseCode: 'opiumwet-13b', title: 'Sluiting via PDOK-adres', address: 'Proefstraat 99, 3311 AB Dordrecht' };
    const inside = await api('POST', '/decisions', coordinator, { ...body, addressPoint: { lon: 4.6614726, lat: 51.8164917 } });
    assert.equal(inside.statusCode, 201, inside.body);
    assert.deepEqual(inside.json().point, { lon: 4.6614726, lat: 51.8164917 });
    assert.match(inside.json().buurtCode, /^BU0505\d{4}$/);
    assert.equal(inside.json().addressLabel, 'Proefstraat 99, 3311 AB Dordrecht');
    const outside = await api('POST', '/decisions', coordinator, { ...body, addressPoint: { lon: 4.9, lat: 52.37 } });
    assert.equal(outside.statusCode, 400, outside.body);
    assert.equal(outside.json().errors[0].name, 'body.addressPoint', 'Amsterdam is not in the municipality');
    const known = await api('POST', '/decisions', coordinator, {
      ...body,
      address: 'Proefstraat 12, Dordrecht',
      addressPoint: { lon: 4.9, lat: 52.37 },
    });
    assert.equal(known.statusCode, 201, known.body);
    assert.ok(Math.abs(known.json().point.lon - 4.66147259) < 1e-6, 'a known BAG address keeps its own point, whatever the client sent');
  });
});
