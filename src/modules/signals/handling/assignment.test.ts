/** Assignment to colleagues and departments, forwarding to partners by id, history wording and the public note mailed to the reporter. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createSignalsApp, report } from '../../../../test/fixtures/signals/signals-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';

describe('assigning and forwarding reports', () => {
  let t: TestApp;
  let coord: TestSession;
  let worker: TestSession;
  let viewer: TestSession;
  let woonbron: TestSession;
  const woonbronId = randomUUID();
  const oldPartnerId = randomUUID();
  const handhavingId = randomUUID();
  const closedDeptId = randomUUID();
  before(async () => {
    t = await createSignalsApp();
    coord = await loginAs(t.app, t.database, 'coordinator');
    worker = await loginAs(t.app, t.database, 'caseworker');
    viewer = await loginAs(t.app, t.database, 'viewer');
    woonbron = await loginAs(t.app, t.database, 'partner');
    const g = t.config.municipality;
    await t.database.db
      .insertInto('partners')
      .values([
        { gemeente_code: g, id: woonbronId, name: 'Woonbron', kind: 'housing-corporation' },
        { gemeente_code: g, id: oldPartnerId, name: 'Oude Partner', kind: 'other', active: false },
      ])
      .execute();
    await t.database.db.insertInto('partner_members').values({ partner_id: woonbronId, user_id: woonbron.userId }).execute();
    await t.database.db
      .insertInto('departments')
      .values([
        { id: handhavingId, gemeente_code: g, name: 'Handhaving', kind: 'team' },
        { id: closedDeptId, gemeente_code: g, name: 'Opgeheven', kind: 'afdeling', active: false },
      ])
      .execute();
  });
  after(async () => t.close());

  const api = (method: 'GET' | 'PATCH' | 'POST', url: string, s: TestSession, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: method === 'GET' ? { cookie: s.cookie } : s.headers,
      ...(payload ? { payload } : {}),
    });
  const texts = (d: { history: Array<{ kind: string; text: string | null }> }) =>
    d.history.filter((h) => ['assign', 'routed'].includes(h.kind)).map((h) => h.text);

  it('offers colleagues who may handle reports, active departments and active partners — to handlers only', async () => {
    const res = await api('GET', '/signals/assignment-options', coord);
    assert.equal(res.statusCode, 200);
    const o = res.json();
    const userIds = o.users.map((u: { id: string }) => u.id);
    assert.ok(userIds.includes(worker.userId) && userIds.includes(coord.userId));
    assert.ok(!userIds.includes(viewer.userId) && !userIds.includes(woonbron.userId), 'no viewers or partner accounts');
    assert.deepEqual(Object.keys(o.users[0]).sort(), ['id', 'name'], 'id and name only');
    assert.ok(o.departments.some((d: { id: string; kind: string }) => d.id === handhavingId && d.kind === 'team'));
    assert.ok(!o.departments.some((d: { id: string }) => d.id === closedDeptId), 'no inactive department');
    assert.deepEqual(
      o.partners.map((p: { name: string }) => p.name),
      ['Woonbron'],
    );
    assert.equal((await api('GET', '/signals/assignment-options', viewer)).statusCode, 403);
  });

  it('assigns to a colleague and a team by id, forwards to a partner by id, and says so in the history', async () => {
    const r = await report(t.app, {});
    const res = await api('PATCH', `/signals/${r.body.id}`, coord, {
      assigneeId: worker.userId,
      departmentId: handhavingId,
      partnerId: woonbronId,
    });
    assert.equal(res.statusCode, 200, res.body);
    const d = res.json();
    assert.equal(d.assigneeId, worker.userId);
    assert.equal(d.departmentId, handhavingId);
    assert.equal(d.department, 'Handhaving');
    assert.equal(d.partnerId, woonbronId);
    assert.equal(d.partner, 'Woonbron');
    assert.deepEqual(texts(d), [`toegewezen aan ${worker.email}`, 'toegewezen aan team Handhaving; doorgestuurd naar Woonbron']);
    const assignEntry = d.history.find((h: { kind: string }) => h.kind === 'assign');
    assert.equal(assignEntry.visibility, 'internal', 'staff history only');
    const pub = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/signals/${r.body.id}/history/${assignEntry.id}/publication`,
      headers: coord.headers,
      payload: { published: true },
    });
    assert.equal(pub.statusCode, 404, 'an assignment naming a colleague is never published');
    const mine = (await api('GET', '/signals?assignee=me&limit=500', worker)).json();
    assert.ok(
      mine.items.some((s: { id: string }) => s.id === r.body.id),
      'under "Mijn meldingen" of the colleague',
    );
    const team = (await api('GET', '/signals?team=mine&limit=500', worker)).json();
    assert.ok(!team.items.some((s: { id: string }) => s.id === r.body.id), 'the colleague is not in team Handhaving');
  });

  it('refuses unknown or inactive targets with 400 naming each field, and changes nothing', async () => {
    const r = await report(t.app, {});
    const res = await api('PATCH', `/signals/${r.body.id}`, coord, {
      assigneeId: viewer.userId,
      departmentId: closedDeptId,
      partnerId: oldPartnerId,
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.deepEqual(
      res.json().errors.map((e: { name: string }) => e.name),
      ['body.assigneeId', 'body.departmentId', 'body.partnerId'],
    );
    assert.equal((await api('PATCH', `/signals/${r.body.id}`, coord, { partnerId: 'not-a-uuid' })).statusCode, 400);
    assert.equal((await api('PATCH', `/signals/${r.body.id}`, coord, { partner: 'Woonbron BV' })).statusCode, 400, 'a name must match');
    const d = (await api('GET', `/signals/${r.body.id}`, coord)).json();
    assert.equal(d.assigneeId, null);
    assert.equal(d.partnerId, null);
    assert.deepEqual(texts(d), []);
  });

  it('scopes a partner by id: any spelling of the name resolves to it, and a renamed partner still sees its reports', async () => {
    const r = await report(t.app, { description: 'Lekkage in de portiek van de flat' });
    assert.equal((await api('PATCH', `/signals/${r.body.id}`, coord, { partner: 'wOONBRON' })).statusCode, 200);
    assert.equal((await api('GET', `/signals/${r.body.id}`, woonbron)).statusCode, 200);
    await t.database.db.updateTable('partners').set({ name: 'Woonbron Dordrecht' }).where('id', '=', woonbronId).execute();
    assert.equal((await api('GET', `/signals/${r.body.id}`, woonbron)).statusCode, 200, 'renamed: still its report');
    const inbox = (await api('GET', '/signals?limit=500', woonbron)).json();
    assert.ok(inbox.items.some((s: { id: string }) => s.id === r.body.id));
    await t.database.db.updateTable('partners').set({ active: false }).where('id', '=', woonbronId).execute();
    assert.equal((await api('GET', `/signals/${r.body.id}`, woonbron)).statusCode, 404, 'a deactivated partner sees nothing');
    await t.database.db.updateTable('partners').set({ active: true, name: 'Woonbron' }).where('id', '=', woonbronId).execute();
  });

  it('takes the id of the partner a routing rule names at intake, and the migration backfilled exact names', async () => {
    const g = t.config.municipality;
    const r = await report(t.app, {});
    // as a report stored before migration 0092: a name only, then the backfill statement of the migration
    await t.database.db.updateTable('signals').set({ partner: 'WOONBRON', partner_id: null }).where('id', '=', r.body.id).execute();
    await sql`UPDATE signals s SET partner_id = p.id FROM partners p
      WHERE s.partner IS NOT NULL AND p.gemeente_code = s.gemeente_code AND lower(p.name) = lower(s.partner) AND s.partner_id IS NULL`.execute(
      t.database.db,
    );
    const row = await t.database.db.selectFrom('signals').select('partner_id').where('id', '=', r.body.id).executeTakeFirstOrThrow();
    assert.equal(row.partner_id, woonbronId);
    const put = await api('PUT' as 'POST', '/signal-routing-rules', await loginAs(t.app, t.database, 'admin'), {
      rules: [{ name: 'Afval naar Woonbron', categorySlug: 'afval-dumping', assignKind: 'partner', assignTo: 'woonbron' }],
    });
    assert.equal(put.statusCode, 200, put.body);
    const routed = await report(t.app, {});
    const d = (await api('GET', `/signals/${routed.body.id}`, coord)).json();
    assert.equal(d.partnerId, woonbronId, 'routed by name, stored by id');
    assert.equal((await api('GET', `/signals/${routed.body.id}`, woonbron)).statusCode, 200);
    await api('PUT' as 'POST', '/signal-routing-rules', await loginAs(t.app, t.database, 'admin'), { rules: [] });
    void g;
  });

  it('mails a note for the reporter to a reporter who left an e-mail and agreed to updates, logged; to nobody else', async () => {
    const yes = await report(t.app, { email: 'ja@example.test', contactConsent: true });
    const no = await report(t.app, {});
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('mail_outbox')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    for (const r of [yes, no]) {
      const res = await api('POST', `/signals/${r.body.id}/notes`, coord, { text: 'We komen morgen kijken.', visibility: 'reporter' });
      assert.equal(res.statusCode, 200, res.body);
    }
    await api('POST', `/signals/${yes.body.id}/notes`, coord, { text: 'Intern: lastige plek', visibility: 'internal' });
    const sent = await t.database.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', 'ja@example.test')
      .orderBy('id')
      .execute();
    const note = sent.filter((m) => m.subject === `Nieuw bericht over uw melding ${yes.body.number}`);
    assert.equal(note.length, 1);
    assert.match(note[0]!.body_text, /We komen morgen kijken\./);
    assert.match(note[0]!.body_text, /https:\/\/meldingen\.example\.test\/meldingen\/volgen\//);
    assert.ok(!sent.some((m) => m.body_text.includes('Intern')), 'an internal note is never mailed');
    assert.equal(await count(), before + 1, 'one mail: the report without an e-mail address sends none');
    const logged = await t.database.db
      .selectFrom('audit_log')
      .select('attributes')
      .where('processing_activity_id', '=', 'signals.notify')
      .execute();
    assert.ok(logged.some((l) => JSON.stringify(l.attributes).includes('"note":true')));
  });
});
