/**
 * Early signals (vroegsignalen) through the API: a partner account raises one for its organisation
 * (POST /partner-signals); it lands in the staff inbox as a report with source 'partner' (filter
 * `source=partner`) with priority and deadline from the urgency; staff handle it; the raising
 * organisation lists and reads it (status, notes meant for partners) but does not handle it.
 * Refused: staff without signals:partner (403), an account of a deactivated organisation (403),
 * texts naming residents or giving contact details (400 naming body.text), unknown areas.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createSignalsApp } from '../../../../test/fixtures/signals/signals-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';
import { addWorkingDays, amsterdamDate } from '../records/working-days.ts';
import { signalCountsPerCategory } from '../figures/area-counts.ts';
import { findPersonalDetails } from './text-check.ts';

const BUURT = 'BU05050101';
const WIJK = 'WK050502';
const TEXT = 'Sinds twee weken hangt een groep van zes jongeren elke avond bij het speelveld en er wordt gedeald.';

describe('early signals from partners', () => {
  let t: TestApp;
  let coord: TestSession;
  let police: TestSession;
  let housing: TestSession;
  let closedOrg: TestSession;
  const ids: Record<string, string> = {};
  before(async () => {
    t = await createSignalsApp();
    coord = await loginAs(t.app, t.database, 'coordinator');
    police = await loginAs(t.app, t.database, 'partner');
    housing = await loginAs(t.app, t.database, 'partner');
    closedOrg = await loginAs(t.app, t.database, 'partner');
    for (const [name, member, active] of [
      ['Politie Dordrecht', police, true],
      ['Woonbron', housing, true],
      ['Opgeheven Stichting', closedOrg, false],
    ] as const) {
      const id = randomUUID();
      ids[name] = id;
      await t.database.db
        .insertInto('partners')
        .values({ gemeente_code: t.config.municipality, id, name, kind: 'other', active })
        .execute();
      await t.database.db.insertInto('partner_members').values({ partner_id: id, user_id: member.userId }).execute();
    }
  });
  after(async () => t.close());

  const get = (url: string, s: TestSession) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: s.cookie } });
  const post = (url: string, s: TestSession, payload: object) =>
    t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: s.headers, payload });
  const raise = (s: TestSession, body: Record<string, unknown> = {}) =>
    post('/partner-signals', s, { area: BUURT, theme: 'overlast-jeugd', urgency: 'normal', text: TEXT, ...body });
  const fieldNames = (res: { json(): unknown }) => (res.json() as { errors?: Array<{ name: string }> }).errors?.map((e) => e.name);

  it('a partner raises an early signal: a report with source partner, its theme as category, priority and deadline from the urgency', async () => {
    const res = await raise(police, { urgency: 'urgent', reference: 'PL-2026-0042' });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.match(body.number, /^M-\d{4}-\d{6}$/);
    assert.deepEqual(
      [body.partnerName, body.theme, body.priority, body.buurtCode, body.wijkCode, body.deadline],
      ['Politie Dordrecht', 'overlast-jeugd', 'urgent', BUURT, 'WK050501', amsterdamDate(new Date())],
    );
    const high = (await raise(police, { urgency: 'high', area: WIJK, theme: 'woonoverlast' })).json();
    assert.deepEqual([high.buurtCode, high.wijkCode], [null, WIJK], 'a wijk signal keeps the wijk, no buurt');
    assert.equal(high.deadline, addWorkingDays(amsterdamDate(new Date()), 1));
    const row = await t.database.db.selectFrom('signals').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
    assert.deepEqual(
      [row.source, row.raised_by_partner_id, row.priority, row.partner_reference, row.category_slug, row.lat, row.x, row.partner_id],
      ['partner', ids['Politie Dordrecht'], 'urgent', 'PL-2026-0042', 'vroegsignaal-overlast-jeugd', null, null, null],
    );
    const contact = await t.database.db
      .selectFrom('signal_contacts')
      .select('signal_id')
      .where('signal_id', '=', body.id)
      .executeTakeFirst();
    assert.equal(contact, undefined, 'no reporter contact');
  });

  it('lands in the staff inbox, labelled and filterable by source; other sources are left out of the filter', async () => {
    const inbox = (await get('/signals?source=partner', coord)).json();
    assert.ok(inbox.total >= 2);
    assert.ok(inbox.items.every((i: { source: string }) => i.source === 'partner'));
    const urgent = inbox.items.find((i: { earlySignal: { priority: string } | null }) => i.earlySignal?.priority === 'urgent');
    assert.deepEqual(
      [urgent.earlySignal.partnerName, urgent.earlySignal.theme, urgent.earlySignal.reference, urgent.categoryName],
      ['Politie Dordrecht', 'overlast-jeugd', 'PL-2026-0042', 'Overlast jeugd'],
    );
    const web = (await get('/signals?source=web', coord)).json();
    assert.ok(web.items.every((i: { source: string }) => i.source === 'web'));
    assert.equal((await get('/signals?source=nonsense', coord)).statusCode, 400);
  });

  it('refuses a text with a resident’s name, an e-mail address or a phone number, naming the field and how to write it', async () => {
    for (const text of [
      'Jan de Vries uit de flat aan de overkant veroorzaakt elke nacht overlast.',
      'De buurvrouw mevrouw Jansen wordt steeds lastiggevallen door jongeren.',
      'Bel de bewoner voor meer informatie op 06-12345678 graag vandaag nog.',
      'Meer weten? Mail de bewoner via iemand@example.nl, die weet er meer van.',
    ]) {
      const res = await raise(police, { text });
      assert.equal(res.statusCode, 400, text);
      assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.deepEqual(fieldNames(res), ['body.text'], text);
      assert.match(res.json().errors[0].reason, /without naming residents/);
    }
    assert.deepEqual(findPersonalDetails(TEXT), [], 'an ordinary observation passes');
    assert.deepEqual(fieldNames(await raise(police, { area: 'BU99999999' })), ['body.area']);
    assert.deepEqual(fieldNames(await raise(police, { theme: 'iets' })), ['body.theme']);
    assert.deepEqual(fieldNames(await raise(police, { urgency: 'asap' })), ['body.urgency']);
  });

  it('staff cannot raise one (403); nor can the account of a deactivated organisation (409) or for another organisation (403)', async () => {
    assert.equal((await raise(coord)).statusCode, 403);
    const closed = await raise(closedOrg);
    assert.equal(closed.statusCode, 409);
    assert.match(closed.json().detail, /active partner organisation/);
    assert.equal((await raise(police, { partnerId: ids.Woonbron })).statusCode, 403);
  });

  it('a partner lists only its organisation’s early signals; staff list all', async () => {
    await raise(housing, { theme: 'woonoverlast', text: 'Vervuilde galerij en veel klachten over lawaai in het portiek.' });
    const policeList = (await get('/partner-signals', police)).json();
    assert.equal(policeList.total, 2);
    assert.deepEqual(policeList.organisations, [{ id: ids['Politie Dordrecht'], name: 'Politie Dordrecht' }]);
    assert.ok(policeList.items.every((i: { partnerName: string }) => i.partnerName === 'Politie Dordrecht'));
    const housingList = (await get('/partner-signals', housing)).json();
    assert.deepEqual(
      housingList.items.map((i: { themeName: string }) => i.themeName),
      ['Woonoverlast'],
    );
    assert.equal((await get('/partner-signals', closedOrg)).json().total, 0);
    assert.equal((await get('/partner-signals', coord)).json().total, 3);
    assert.equal((await get(`/partner-signals?partnerId=${ids.Woonbron}`, coord)).json().total, 1);
  });

  it('staff handle it; the raising partner sees the status and the note for partners, not internal notes, and cannot handle it', async () => {
    const mine = (await get('/partner-signals', housing)).json().items[0];
    const other = (await get('/partner-signals', police)).json().items[0];
    assert.equal(
      (await post(`/signals/${mine.id}/notes`, coord, { text: 'Intern: wijkagent inlichten', visibility: 'internal' })).statusCode,
      200,
    );
    assert.equal(
      (await post(`/signals/${mine.id}/notes`, coord, { text: 'Wij gaan met de verhuurder praten.', visibility: 'partner' })).statusCode,
      200,
    );
    assert.equal((await post(`/signals/${mine.id}/transitions`, coord, { to: 'accepted' })).statusCode, 200);
    const detail = await get(`/signals/${mine.id}`, housing);
    assert.equal(detail.statusCode, 200);
    const d = detail.json();
    assert.equal(d.status, 'accepted');
    assert.deepEqual(d.history.map((h: { text: string | null }) => h.text).filter(Boolean), ['Wij gaan met de verhuurder praten.']);
    assert.deepEqual([d.permissions.handle, d.allowedTransitions, d.earlySignal.partnerName], [false, [], 'Woonbron']);
    const listed = (await get('/partner-signals', housing)).json().items[0];
    assert.deepEqual([listed.status, listed.latest.toStatus], ['accepted', 'accepted']);
    assert.equal((await post(`/signals/${mine.id}/transitions`, housing, { to: 'done', text: 'klaar' })).statusCode, 404);
    assert.equal((await post(`/signals/${mine.id}/notes`, housing, { text: 'nog iets', visibility: 'partner' })).statusCode, 404);
    assert.equal((await get(`/signals/${other.id}`, housing)).statusCode, 404, 'another organisation’s signal is absent');
    assert.equal((await get('/signals?source=partner', housing)).json().total, 0, 'the forwarded-reports inbox holds no raised signals');
  });

  it('stays out of the residents’ report counts that public figures use (safety profile)', async () => {
    const period = { gemeente: t.config.municipality, from: new Date(Date.now() - 86_400_000), to: new Date(Date.now() + 86_400_000) };
    const perCategory = await signalCountsPerCategory(t.database.db, period);
    assert.deepEqual(
      perCategory.filter((r) => r.category.startsWith('vroegsignaal')),
      [],
    );
    const early = await t.database.db.selectFrom('signals').select('id').where('source', '=', 'partner').execute();
    assert.equal(early.length, 3, 'the early signals exist');
  });

  it('is on no public path: the public map, the number lookup and the Open311 feed know no early signal', async () => {
    const numbers = (await t.database.db.selectFrom('signals').select('number').where('source', '=', 'partner').execute()).map(
      (r) => r.number,
    );
    assert.ok(numbers.length > 0);
    const map = await t.app.inject({ method: 'GET', url: '/api/v1/public/signals/map' });
    assert.equal(map.statusCode, 200, map.body);
    const feed = await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json' });
    assert.equal(feed.statusCode, 200, feed.body);
    for (const n of numbers) {
      assert.ok(!map.body.includes(n), `${n} on the public map`);
      assert.ok(!feed.body.includes(n), `${n} in the Open311 feed`);
      assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/public/signals/${n}` })).statusCode, 404, `${n} by number`);
    }
  });

  it('the list is logged as a read', async () => {
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['attributes'])
      .where('processing_activity_id', '=', 'signals.read')
      .where('actor', '=', `user:${police.userId}`)
      .execute();
    assert.ok(rows.some((r) => JSON.stringify(r.attributes).includes('partner-signals')));
  });
});
