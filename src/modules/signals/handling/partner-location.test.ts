/** Partner accounts (need-to-know) and staff corrections of a report's place. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createSignalsApp, DORDRECHT_EAST, report } from '../../../../test/fixtures/signals/signals-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';

describe('partner access and location corrections', () => {
  let t: TestApp;
  let coord: TestSession;
  let admin: TestSession;
  let police: TestSession;
  let loner: TestSession;
  before(async () => {
    t = await createSignalsApp();
    coord = await loginAs(t.app, t.database, 'coordinator');
    admin = await loginAs(t.app, t.database, 'admin');
    police = await loginAs(t.app, t.database, 'partner');
    loner = await loginAs(t.app, t.database, 'partner');
    const partnerId = randomUUID();
    await t.database.db
      .insertInto('partners')
      .values({ gemeente_code: t.config.municipality, id: partnerId, name: 'Politie Dordrecht', kind: 'police' })
      .execute();
    await t.database.db.insertInto('partner_members').values({ partner_id: partnerId, user_id: police.userId }).execute();
    await t.database.db
      .insertInto('partners')
      .values({ gemeente_code: t.config.municipality, id: randomUUID(), name: 'Woonbron', kind: 'housing-corporation' })
      .execute();
  });
  after(async () => t.close());

  const get = (url: string, s: TestSession) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: s.cookie } });
  const send = (method: 'POST' | 'PATCH' | 'PUT', url: string, s: TestSession, payload: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: s.headers, payload });
  const forward = async (id: string, partner: string) =>
    assert.equal((await send('PATCH', `/signals/${id}`, coord, { partner })).statusCode, 200);

  it('shows a partner only the reports forwarded to its organisation, and lets it handle them', async () => {
    const mine = await report(t.app, {
      categorySlug: 'jeugdoverlast',
      description: 'Jongeren maken elke avond lawaai bij het speelveld',
      email: 'melder@example.test',
      contactConsent: true,
    });
    const other = await report(t.app, { description: 'Afval naast de container bij de school' });
    await forward(mine.body.id, 'politie dordrecht');
    await forward(other.body.id, 'Woonbron');
    const inbox = await get('/signals?limit=500', police);
    assert.equal(inbox.statusCode, 200);
    assert.deepEqual(
      inbox.json().items.map((s: { number: string }) => s.number),
      [mine.body.number],
    );
    assert.equal(inbox.json().items[0].permissions.edit, false);
    assert.equal((await get(`/signals/${other.body.id}`, police)).statusCode, 404, 'not forwarded to this partner: as if absent');
    const detail = await get(`/signals/${mine.body.id}`, police);
    assert.equal(detail.statusCode, 200);
    assert.equal(detail.json().permissions.handle, true);
    assert.equal(detail.json().permissions.viewContact, false);
    assert.equal((await send('POST', `/signals/${mine.body.id}/transitions`, police, { to: 'in_progress' })).statusCode, 200);
    assert.equal(
      (await send('POST', `/signals/${mine.body.id}/notes`, police, { text: 'Wijkagent gaat langs', isPublic: false })).statusCode,
      200,
    );
    assert.equal((await send('POST', `/signals/${other.body.id}/notes`, police, { text: 'x' })).statusCode, 404);
    assert.equal((await send('PATCH', `/signals/${mine.body.id}`, police, { partner: null })).statusCode, 403, 'routing stays with staff');
    assert.equal((await get('/signals/export.csv', police)).statusCode, 403);
    assert.equal((await get('/signals?limit=500', loner)).json().total, 0, 'a partner account without organisation sees nothing');
  });

  it('gives a partner contact details only when the category allows it, and logs the view', async () => {
    const r = await report(t.app, {
      categorySlug: 'jeugdoverlast',
      description: 'Jongeren met vuurwerk bij de flat',
      email: 'buur@example.test',
      contactConsent: true,
    });
    await forward(r.body.id, 'Politie Dordrecht');
    assert.equal((await get(`/signals/${r.body.id}/contact`, police)).statusCode, 403);
    const cat = (await get('/signal-categories', admin))
      .json()
      .categories.flatMap((c: { children: object[] }) => c.children)
      .find((c: { slug: string }) => c.slug === 'jeugdoverlast');
    const { slug, children: _c, ...body } = cat;
    assert.equal((await send('PUT', `/signal-categories/${slug}`, admin, { ...body, partnerContact: true })).statusCode, 200);
    const contact = await get(`/signals/${r.body.id}/contact`, police);
    assert.equal(contact.statusCode, 200);
    assert.equal(contact.json().email, 'buur@example.test');
    const log = await t.database.db
      .selectFrom('audit_log')
      .select('actor')
      .where('processing_activity_id', '=', 'signals.contact')
      .execute();
    assert.ok(log.some((l) => l.actor === `user:${police.userId}`));
  });

  it('lets staff correct the place: new point, buurt located again, history entry; refuses a point outside', async () => {
    const r = await report(t.app, { location: undefined, addressText: 'Ergens in de stad' });
    assert.equal((await get(`/signals/${r.body.id}`, coord)).json().buurtCode, null);
    const moved = await send('PATCH', `/signals/${r.body.id}`, coord, { location: DORDRECHT_EAST });
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(moved.json().location.lat, DORDRECHT_EAST.lat);
    assert.match(moved.json().buurtCode, /^BU0505/);
    const entry = moved.json().history.find((h: { kind: string }) => h.kind === 'location');
    assert.ok(entry, 'a location history entry');
    const rd = await send('PATCH', `/signals/${r.body.id}`, coord, { location: { x: 105_500, y: 424_000 }, addressText: 'Voorstraat 1' });
    assert.equal(rd.statusCode, 200);
    assert.equal(rd.json().addressText, 'Voorstraat 1');
    assert.notEqual(rd.json().buurtCode, moved.json().buurtCode);
    const outside = await send('PATCH', `/signals/${r.body.id}`, coord, { location: { lat: 52.37, lon: 4.89 } });
    assert.equal(outside.statusCode, 400);
    assert.equal((await get(`/signals/${r.body.id}`, coord)).json().buurtCode, rd.json().buurtCode, 'unchanged after a refused move');
    const addressOnly = await send('PATCH', `/signals/${r.body.id}`, coord, { addressText: 'Voorstraat 3' });
    assert.deepEqual(addressOnly.json().location, rd.json().location, 'a new address keeps the point');
  });
});
