import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSignalsApp, DORDRECHT_EAST, report } from '../../../../test/fixtures/signals/signals-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import { signalCountsPerCategory } from '../index.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';

describe('staff handling of reports', () => {
  let t: TestApp;
  let coord: TestSession;
  let viewer: TestSession;
  let admin: TestSession;
  before(async () => {
    t = await createSignalsApp();
    coord = await loginAs(t.app, t.database, 'coordinator');
    viewer = await loginAs(t.app, t.database, 'viewer');
    admin = await loginAs(t.app, t.database, 'admin');
  });
  after(async () => t.close());

  const get = (url: string, s: TestSession) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: s.cookie } });
  const post = (url: string, s: TestSession, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: s.headers, payload });
  const mails = (to: string) => t.database.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', to).orderBy('id').execute();

  it('walks the state machine: offers only allowed transitions, needs texts, keeps history, mails the reporter', async () => {
    const r = await report(t.app, { email: 'melder1@example.test', contactConsent: true });
    const d = await get(`/signals/${r.body.number}`, coord);
    assert.equal(d.statusCode, 200);
    assert.deepEqual(
      d.json().allowedTransitions.map((x: { to: string }) => x.to),
      ['accepted', 'in_progress', 'planned', 'forwarded', 'done', 'cancelled'],
    );
    assert.equal(d.json().permissions.handle, true);
    const v = await get(`/signals/${r.body.id}`, viewer);
    assert.deepEqual(v.json().allowedTransitions, [], 'a viewer is offered nothing');
    assert.equal((await post(`/signals/${r.body.id}/transitions`, viewer, { to: 'accepted' })).statusCode, 403);
    assert.equal((await post(`/signals/${r.body.id}/transitions`, coord, { to: 'reopened', text: 'x y z' })).statusCode, 409);
    assert.equal((await post(`/signals/${r.body.id}/transitions`, coord, { to: 'done' })).statusCode, 400);
    assert.equal((await post(`/signals/${r.body.id}/transitions`, coord, { to: 'accepted' })).statusCode, 200);
    const done = await post(`/signals/${r.body.id}/transitions`, coord, { to: 'done', text: 'Het afval is opgehaald.' });
    assert.equal(done.statusCode, 200);
    assert.equal(done.json().status, 'done');
    assert.ok(done.json().closedAt);
    assert.deepEqual(
      done.json().history.map((h: { toStatus: string | null }) => h.toStatus),
      ['new', 'accepted', 'done'],
    );
    const sent = await mails('melder1@example.test');
    assert.deepEqual(
      sent.map((m) => m.subject),
      [
        `Uw melding ${r.body.number} is ontvangen`,
        `Uw melding ${r.body.number} is in behandeling`,
        `Uw melding ${r.body.number} is afgehandeld`,
      ],
    );
    assert.match(sent[2]!.body_text, /Het afval is opgehaald/);
    const track = (await t.app.inject({ method: 'GET', url: `/api/v1/public/signals/track/${r.body.trackingToken}` })).json();
    assert.equal(track.statusLabel, 'Afgehandeld');
    assert.equal(track.feedback.asked, true);
    assert.ok(track.updates.some((u: { text: string | null }) => u.text === 'Het afval is opgehaald.'));
  });

  it('assigns a report to a staff account, and refuses an id that is no account without changing anything', async () => {
    const r = await report(t.app, {});
    const patch = (payload: object) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/signals/${r.body.id}`, headers: coord.headers, payload });
    const unknown = await patch({ assigneeId: '00000000-0000-4000-8000-000000000001', department: 'Elders' });
    assert.equal(unknown.statusCode, 400);
    assert.deepEqual(unknown.json().errors, [
      { name: 'body.assigneeId', reason: 'no such user' },
      { name: 'body.department', reason: 'no such active department or team' },
    ]);
    const before = (await get(`/signals/${r.body.id}`, coord)).json();
    assert.equal(before.assigneeId, null);
    assert.notEqual(before.department, 'Elders', 'nothing of a refused change is stored');
    assert.deepEqual(
      before.history.map((h: { kind: string }) => h.kind),
      ['created'],
    );
    const ok = await patch({ assigneeId: admin.userId });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().assigneeId, admin.userId);
    assert.equal((await patch({ assigneeId: null })).json().assigneeId, null);
  });

  it('turns unhappy feedback with a reason into a reopen request', async () => {
    const r = await report(t.app, {});
    await post(`/signals/${r.body.id}/transitions`, coord, { to: 'done', text: 'Opgelost' });
    const fb = (body: object) =>
      t.app.inject({ method: 'POST', url: `/api/v1/public/signals/track/${r.body.trackingToken}/feedback`, payload: body });
    assert.equal((await fb({ satisfied: false })).statusCode, 400);
    const res = await fb({ satisfied: false, reason: 'Het ligt er nog steeds' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().reopenRequested, true);
    assert.equal((await fb({ satisfied: true })).statusCode, 409);
    const d = (await get(`/signals/${r.body.id}`, coord)).json();
    assert.equal(d.status, 'reopen_requested');
    assert.deepEqual(
      d.allowedTransitions.map((x: { to: string }) => x.to),
      ['reopened', 'done'],
    );
    assert.equal(d.feedback.satisfied, false);
  });

  it('splits a report into children and merges a duplicate whose reporter keeps being informed', async () => {
    const r = await report(t.app, {
      description: 'Afval gedumpt en de lantaarnpaal is kapot',
      email: 'split@example.test',
      contactConsent: true,
    });
    const period = { gemeente: t.config.municipality, from: new Date(0), to: new Date(Date.now() + 86_400_000) };
    const perCategory = async () =>
      new Map((await signalCountsPerCategory(t.database.db, period)).map((c) => [c.category, c.reports] as const));
    const before = await perCategory();
    const split = await post(`/signals/${r.body.id}/split`, coord, {
      parts: [
        { categorySlug: 'afval-dumping', description: 'Afval gedumpt' },
        { categorySlug: 'straatverlichting', description: 'Lamp kapot' },
      ],
    });
    assert.equal(split.statusCode, 200);
    assert.equal(split.json().children.length, 2);
    const parent = split.json();
    assert.equal(parent.status, 'split', 'the parent is closed as split');
    assert.equal(parent.statusLabel, 'Gesplitst');
    const counted = await perCategory();
    assert.equal(counted.get('afval-dumping'), before.get('afval-dumping'), 'the parent no longer counts, its dumping part does');
    assert.equal(counted.get('straatverlichting') ?? 0, (before.get('straatverlichting') ?? 0) + 1);
    assert.ok(parent.closedAt);
    assert.deepEqual(parent.allowedTransitions, [], 'nothing is offered from a split report');
    assert.equal(parent.permissions.split, false);
    assert.equal(parent.permissions.merge, false);
    const numbers = parent.children.map((c: { number: string }) => c.number);
    assert.equal(parent.history.at(-1).text, `Gesplitst in ${numbers[0]} en ${numbers[1]}`);
    assert.equal((await post(`/signals/${r.body.id}/transitions`, coord, { to: 'reopened', text: 'toch één melding' })).statusCode, 409);
    assert.equal((await post(`/signals/${r.body.id}/transitions`, coord, { to: 'done', text: 'Opgeruimd' })).statusCode, 409);
    assert.equal(
      (
        await post(`/signals/${r.body.id}/split`, coord, {
          parts: parent.children.map(() => ({ categorySlug: 'groen', description: 'Nog eens' })),
        })
      ).statusCode,
      409,
    );
    assert.equal((await post(`/signals/${r.body.id}/merge`, coord, { into: numbers[0] })).statusCode, 409);
    assert.deepEqual(
      (await mails('split@example.test')).map((m) => m.subject).filter((x) => x.includes(r.body.number)),
      [`Uw melding ${r.body.number} is ontvangen`],
      'the parent sends no mail of its own; its parts do',
    );
    const tracked = (await t.app.inject({ method: 'GET', url: `/api/v1/public/signals/track/${r.body.trackingToken}` })).json();
    assert.equal(tracked.statusLabel, 'Gesplitst');
    assert.ok(tracked.updates.some((u: { text: string | null }) => u.text === `Gesplitst in ${numbers[0]} en ${numbers[1]}`));
    const open311 = (await t.app.inject({ method: 'GET', url: `/open311/v2/requests/${r.body.number}.json` })).json();
    assert.equal(open311[0]?.status, 'closed');
    const kid = await t.database.db
      .selectFrom('signals')
      .selectAll()
      .where('parent_id', '=', r.body.id)
      .where('category_slug', '=', 'straatverlichting')
      .executeTakeFirstOrThrow();
    assert.equal(kid.department, 'Stadsbeheer');
    const a = await report(t.app, {});
    const dup = await report(t.app, { email: 'dubbel@example.test', contactConsent: true });
    const merged = await post(`/signals/${dup.body.id}/merge`, coord, { into: a.body.number });
    assert.equal(merged.statusCode, 200);
    assert.deepEqual(
      merged.json().duplicates.map((x: { number: string }) => x.number),
      [dup.body.number],
    );
    assert.equal((await post(`/signals/${dup.body.id}/transitions`, coord, { to: 'accepted' })).statusCode, 400);
    await post(`/signals/${a.body.id}/transitions`, coord, { to: 'done', text: 'Opgeruimd' });
    const dupMails = await mails('dubbel@example.test');
    assert.ok(
      dupMails.some((m) => m.subject === `Uw melding ${a.body.number} is afgehandeld`),
      'reporter of the duplicate hears about the kept report',
    );
    const track = (await t.app.inject({ method: 'GET', url: `/api/v1/public/signals/track/${dup.body.trackingToken}` })).json();
    assert.equal(track.mergedIntoNumber, a.body.number);
    assert.equal(track.status, 'done');
  });

  it('filters the inbox, searches full text in Dutch, pages, exports CSV and saves filters', async () => {
    await report(t.app, { categorySlug: 'groen', description: 'De bomen in het park moeten gesnoeid worden', location: DORDRECHT_EAST });
    const search = await get('/signals?q=parken%20bomen', coord);
    assert.equal(search.statusCode, 200);
    assert.equal(search.json().total, 1, 'Dutch stemming: "parken" finds "park"');
    assert.equal((await get('/signals?q=parken%20-bomen', coord)).json().total, 0, 'websearch syntax: -word excludes');
    const byCat = await get('/signals?category=openbare-ruimte&open=true&limit=2', coord);
    assert.equal(byCat.statusCode, 200, byCat.body);
    assert.equal(byCat.json().items.length, 2);
    assert.ok(byCat.json().total > 2);
    assert.ok(byCat.json().items.every((i: { mainCategorySlug: string }) => i.mainCategorySlug === 'openbare-ruimte'));
    const status = await get('/signals?status=done', coord);
    assert.equal(status.statusCode, 200, status.body);
    assert.ok(status.json().items.every((i: { status: string }) => i.status === 'done'));
    const east = await t.database.db
      .selectFrom('signals')
      .select('wijk_code')
      .where('lat', '=', DORDRECHT_EAST.lat)
      .executeTakeFirstOrThrow();
    const area = await get(`/signals?area=${east.wijk_code}`, coord);
    assert.equal(area.statusCode, 200, area.body);
    assert.ok(area.json().items.length >= 1 && area.json().items.every((i: { wijkCode: string }) => i.wijkCode === east.wijk_code));
    await t.database.db.updateTable('signals').set({ deadline: '2020-01-02' }).where('category_slug', '=', 'groen').execute();
    const overdue = await get('/signals?overdue=true', coord);
    assert.equal(overdue.statusCode, 200, overdue.body);
    assert.ok(overdue.json().items.length >= 1 && overdue.json().items.every((i: { overdue: boolean }) => i.overdue));
    const csv = await get('/signals/export.csv?category=groen', coord);
    assert.equal(csv.statusCode, 200);
    assert.match(csv.headers['content-type'] as string, /text\/csv/);
    assert.match(csv.body, /gesnoeid/);
    assert.match(
      csv.body.split('\r\n')[0]!,
      /"bron";"prioriteit";"kenmerk partner"$/,
      'priority and the partner reference of early signals',
    );
    assert.match(csv.body.split('\r\n')[1]!, /;"normaal";""$/);
    assert.doesNotMatch(csv.body, /@example\.test/);
    assert.equal((await get('/signals/export.csv', viewer)).statusCode, 403);
    const saved = await post('/signals/saved-filters', coord, {
      name: 'Achterstallig groen',
      query: { category: ['groen'], overdue: 'true' },
    });
    assert.equal(saved.statusCode, 201, saved.body);
    const list = (await get('/signals/saved-filters', coord)).json().filters;
    assert.equal(list.length, 1);
    assert.equal((await get('/signals/saved-filters', viewer)).json().filters.length, 0, 'filters are per user');
  });

  it('shows contact details only to roles that need them and logs each view', async () => {
    const r = await report(t.app, { email: 'contact@example.test', phone: '078 123 4567', contactConsent: true });
    assert.equal((await get(`/signals/${r.body.id}/contact`, viewer)).statusCode, 403);
    const c = await get(`/signals/${r.body.id}/contact`, coord);
    assert.equal(c.json().email, 'contact@example.test');
    const log = await t.database.db.selectFrom('audit_log').selectAll().where('processing_activity_id', '=', 'signals.contact').execute();
    assert.equal(log.length, 1);
    assert.equal(log[0]!.actor, `user:${coord.userId}`);
    const detail = await get(`/signals/${r.body.id}`, coord);
    assert.doesNotMatch(detail.body, /contact@example/);
  });

  it('routes by ordered rules on category, area, weekday and time', async () => {
    const bad = await t.app.inject({ method: 'PUT', url: '/api/v1/signal-routing-rules', headers: coord.headers, payload: { rules: [] } });
    assert.equal(bad.statusCode, 403);
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/signal-routing-rules',
      headers: admin.headers,
      payload: {
        rules: [
          {
            name: 'Nacht: drugs naar politie',
            categorySlug: 'drugs-ondermijning',
            timeFrom: 0,
            timeTo: 1440,
            weekdays: [1, 2, 3, 4, 5, 6, 7],
            assignKind: 'partner',
            assignTo: 'Politie Zuid-Holland-Zuid',
          },
          { name: 'Nooit', categorySlug: 'drugshandel', assignKind: 'department', assignTo: 'Nooit', active: false },
        ],
      },
    });
    assert.equal(put.statusCode, 200, put.body);
    const r = await report(t.app, { categorySlug: 'drugshandel', description: 'Er wordt gedeald op de hoek' });
    const row = await t.database.db
      .selectFrom('signals')
      .select(['partner', 'department'])
      .where('id', '=', r.body.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.partner, 'Politie Zuid-Holland-Zuid');
    assert.equal(row.department, 'Team Veiligheid');
  });

  it('lets admins edit categories and templates', async () => {
    const cat = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/signal-categories/vuurwerk',
      headers: admin.headers,
      payload: {
        parentSlug: 'jeugd',
        name: 'Vuurwerkoverlast',
        description: 'Afsteken van vuurwerk buiten de toegestane tijden',
        keywords: 'vuurwerk knallen rotjes',
        handlingDays: 2,
        department: 'Toezicht en Handhaving',
        isPublic: true,
        isSensitive: false,
        active: true,
      },
    });
    assert.equal(cat.statusCode, 200, cat.body);
    const s = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/signals/suggest-category',
      payload: { description: 'Elke avond knallen met rotjes en vuurwerk' },
    });
    assert.equal(s.json().categorySlug, 'vuurwerk');
    const tpl = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/signal-templates/planned',
      headers: admin.headers,
      payload: { subject: 'Gepland: {{number}}', body: 'Wij komen op {{text}}' },
    });
    assert.equal(tpl.statusCode, 200);
    assert.equal(
      (await get('/signal-templates', coord)).json().templates.find((x: { status: string }) => x.status === 'planned').subject,
      'Gepland: {{number}}',
    );
  });
});
