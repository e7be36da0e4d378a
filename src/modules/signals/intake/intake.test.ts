import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSignalsApp, DORDRECHT_CENTRE, formToken, report } from '../../../../test/fixtures/signals/signals-app.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';

describe('public intake and tracking', () => {
  let t: TestApp;
  before(async () => {
    t = await createSignalsApp();
  });
  after(async () => t.close());

  it('makes a report with number, tracking token, buurt, deadline in working days and history', async () => {
    const r = await report(t.app, { email: 'Bewoner@Example.test', contactConsent: true });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.match(r.body.number, /^M-\d{4}-\d{6}$/);
    assert.match(r.body.trackingToken, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(r.body.statusLabel, 'Ontvangen');
    assert.equal(r.body.categorySuggested, false);
    const row = await t.database.db.selectFrom('signals').selectAll().where('id', '=', r.body.id).executeTakeFirstOrThrow();
    assert.match(row.buurt_code ?? '', /^BU0505/);
    assert.equal(row.department, 'Stadsbeheer');
    assert.notEqual(row.tracking_token_hash, r.body.trackingToken, 'only the hash is stored');
    const contact = await t.database.db
      .selectFrom('signal_contacts')
      .selectAll()
      .where('signal_id', '=', r.body.id)
      .executeTakeFirstOrThrow();
    assert.equal(contact.email, 'bewoner@example.test');
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('processing_activity_id')
      .where('processing_activity_id', '=', 'signals.intake')
      .execute();
    assert.equal(audit.length, 1);
    const mail = await t.database.db.selectFrom('mail_outbox').selectAll().where('to_address', '=', 'bewoner@example.test').execute();
    assert.equal(mail.length, 1);
    assert.match(mail[0]!.subject, new RegExp(r.body.number));
    assert.match(mail[0]!.body_text, new RegExp(`https://meldingen.example.test/meldingen/volgen/${r.body.trackingToken}`));
  });

  it('numbers reports consecutively and suggests a category (Overig below the threshold)', async () => {
    const a = await report(t.app, { categorySlug: undefined, description: 'Een dealer verkoopt drugs vanuit een auto bij de school' });
    const b = await report(t.app, { categorySlug: undefined, description: 'Blablabla qwerty zonder betekenis' });
    assert.equal(a.body.categorySlug, 'drugshandel');
    assert.equal(a.body.categorySuggested, true);
    assert.equal(b.body.categorySlug, 'overig-overig');
    assert.equal(Number(b.body.number.slice(-6)), Number(a.body.number.slice(-6)) + 1);
    const s = await t.app.inject({
      method: 'POST',
      url: '/api/v1/public/signals/suggest-category',
      payload: { description: 'De lantaarnpaal brandt niet meer' },
    });
    assert.equal(s.json().categorySlug, 'straatverlichting');
  });

  it('accepts RD coordinates and an address without coordinates; refuses points outside Dordrecht', async () => {
    const rd = await report(t.app, { location: { x: 105_500, y: 424_000 } });
    assert.equal(rd.status, 201, JSON.stringify(rd.body));
    const addr = await report(t.app, { location: undefined, addressText: 'Voorstraat 1' });
    assert.equal(addr.status, 201);
    const outside = await report(t.app, { location: { lat: 52.37, lon: 4.89 } });
    assert.equal(outside.status, 400);
    assert.equal(outside.body.errors[0].name, 'body.location');
    const none = await report(t.app, { location: undefined });
    assert.equal(none.status, 400);
  });

  it('requires consent with contact details and validates every field', async () => {
    const r = await report(t.app, { email: 'a@example.test' });
    assert.equal(r.status, 400);
    assert.equal(r.body.errors[0].name, 'body.contactConsent');
    const bad = await report(t.app, { description: 'kort', categorySlug: 'BAD SLUG' });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors.map((e: { name: string }) => e.name).sort(), ['body.categorySlug', 'body.description']);
    const mainCat = await report(t.app, { categorySlug: 'openbare-ruimte' });
    assert.equal(mainCat.status, 400, 'a main category is not a leaf');
  });

  it('refuses bots: filled honeypot, forged or too-fresh form token', async () => {
    const honey = await report(t.app, { website: 'http://spam.example' });
    assert.equal(honey.status, 400);
    assert.equal(honey.body.type, 'https://stadsveilig.nl/problems/form-check-failed');
    const forged = await report(t.app, { formToken: `${Date.now() - 10_000}.abc.def` });
    assert.equal(forged.status, 400);
    const strict = await createSignalsApp({ signalIntakeMinSeconds: 5 }, false);
    try {
      const fresh = await report(strict.app, { location: undefined, addressText: 'Voorstraat 1' });
      assert.equal(fresh.status, 400);
      assert.match(fresh.body.detail, /too quickly/);
    } finally {
      await strict.close();
    }
  });

  it('honours Idempotency-Key: a retry returns the first reply and makes no second report', async () => {
    const headers = { 'idempotency-key': 'retry-key-0001' };
    const token = await formToken(t.app);
    const first = await report(t.app, { formToken: token }, headers);
    const again = await report(t.app, { formToken: token }, headers);
    assert.equal(first.status, 201);
    assert.equal(again.body.number, first.body.number);
    assert.equal(again.body.trackingToken, first.body.trackingToken);
    const n = await t.database.db.selectFrom('signals').select('id').where('number', '=', first.body.number).execute();
    assert.equal(n.length, 1);
    const other = await report(t.app, { formToken: token, description: 'Iets heel anders aan de hand hier' }, headers);
    assert.equal(other.status, 422);
  });

  it('tracks a report by token in plain Dutch and finds nearby open reports of the same category', async () => {
    const r = await report(t.app, {});
    const track = await t.app.inject({ method: 'GET', url: `/api/v1/public/signals/track/${r.body.trackingToken}` });
    assert.equal(track.statusCode, 200);
    assert.equal(track.json().statusLabel, 'Ontvangen');
    assert.equal(track.json().number, r.body.number);
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/public/signals/track/${'x'.repeat(43)}` })).statusCode, 404);
    const near = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/signals/nearby?lat=${DORDRECHT_CENTRE.lat + 0.0002}&lon=${DORDRECHT_CENTRE.lon}&categorySlug=afval-dumping`,
    });
    const found = near.json().signals as Array<{ number: string; withinMetres: number; distanceMetres?: number }>;
    assert.equal(found.find((s) => s.number === r.body.number)?.withinMetres, 25, '0.0002° of latitude is 22 m: the 25 m band');
    assert.ok(found.every((s) => [25, 50].includes(s.withinMetres) && s.distanceMetres === undefined));
    const far = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/signals/nearby?lat=${DORDRECHT_CENTRE.lat + 0.001}&lon=${DORDRECHT_CENTRE.lon}&categorySlug=afval-dumping`,
    });
    assert.equal(far.json().signals.length, 0, '110 m away is not nearby');
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/signals/nearby?lat=${DORDRECHT_CENTRE.lat}&lon=${DORDRECHT_CENTRE.lon}&categorySlug=groen`,
    });
    assert.equal(other.json().signals.length, 0);
  });

  it('shows the public map without personal data, blurring sensitive categories and hiding non-public ones', async () => {
    await report(t.app, {
      categorySlug: 'drugshandel',
      description: 'Er wordt gedeald op de hoek',
      email: 'geheim@example.test',
      contactConsent: true,
    });
    await report(t.app, { categorySlug: 'verward-gedrag', description: 'Een verwarde man roept op straat' });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/signals/map' });
    assert.equal(res.statusCode, 200);
    assert.doesNotMatch(res.body, /geheim@|example\.test/);
    const features = res.json().features as Array<{
      properties: { categorySlug: string; blurred: boolean; number: string | null };
      geometry: { coordinates: number[] };
    }>;
    assert.ok(!features.some((f) => f.properties.categorySlug === 'verward-gedrag'));
    const drugs = features.find((f) => f.properties.categorySlug === 'drugshandel')!;
    assert.equal(drugs.properties.blurred, true);
    assert.equal(drugs.properties.number, null);
    assert.notDeepEqual(drugs.geometry.coordinates, [DORDRECHT_CENTRE.lon, DORDRECHT_CENTRE.lat]);
  });

  it('subscribes to a report and unsubscribes with one click', async () => {
    const r = await report(t.app, {});
    const sub = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/signals/${r.body.number}/subscriptions`,
      payload: { email: 'buur@example.test' },
    });
    assert.equal(sub.statusCode, 201);
    const row = await t.database.db
      .selectFrom('signal_subscriptions')
      .selectAll()
      .where('email', '=', 'buur@example.test')
      .executeTakeFirstOrThrow();
    const { derivedToken } = await import('../records/secret.ts');
    const token = await derivedToken(t.database.db, 'unsubscribe', row.id);
    const un = await t.app.inject({ method: 'POST', url: `/api/v1/public/subscriptions/${token}/unsubscribe` });
    assert.equal(un.statusCode, 200);
    assert.equal((await t.database.db.selectFrom('signal_subscriptions').select('id').where('id', '=', row.id).execute()).length, 0);
  });
});
