/**
 * The public map's tapped pin (GET /public/signals/{number}) and "meld mij nieuwe meldingen hier"
 * (POST /public/map/subscriptions): what the public reads of a public vs a sensitive report, and
 * which new reports a point subscription hears of.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createSignalsApp, DORDRECHT_CENTRE, DORDRECHT_EAST, report } from '../../../../test/fixtures/signals/signals-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';
import { purgeExpiredSignalData } from '../records/retention.ts';

describe('the public map: a tapped pin and point subscriptions', () => {
  let t: TestApp;
  let coord: TestSession;
  before(async () => {
    t = await createSignalsApp();
    coord = await loginAs(t.app, t.database, 'coordinator');
  });
  after(async () => t.close());

  const pin = (n: string) => t.app.inject({ method: 'GET', url: `/api/v1/public/signals/${n}` });
  const mails = (to: string) =>
    t.database.db.selectFrom('mail_outbox').select(['subject', 'body_text']).where('to_address', '=', to).orderBy('id').execute();
  const subscribePoint = (payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/public/map/subscriptions', payload });
  const addPublicPhoto = async (signalId: string) => {
    const id = randomUUID();
    await t.database.db
      .insertInto('signal_photos')
      .values({
        id,
        signal_id: signalId,
        content_type: 'image/jpeg',
        bytes: Buffer.from('jpeg'),
        width: 1,
        height: 1,
        size: 4,
        is_public: true,
      })
      .execute();
    return id;
  };

  it('shows category, status and date of a public report, its description and photo only once published', async () => {
    const r = await report(t.app, { categorySlug: 'straatverlichting', description: 'Lamp PIN-7Q brandt niet' });
    const photo = await addPublicPhoto(r.body.id);
    const before = await pin(r.body.number);
    assert.equal(before.statusCode, 200, before.body);
    const b = before.json();
    assert.equal(b.categoryName, 'Straatverlichting');
    assert.equal(b.statusLabel, 'Ontvangen');
    assert.match(b.createdDate, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(b.description, null, 'not published yet');
    assert.equal(b.photoUrl, `/api/v1/public/photos/${photo}`);
    const pub = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/signals/${r.body.id}/description/publication`,
      headers: coord.headers,
      payload: { published: true },
    });
    assert.equal(pub.statusCode, 200, pub.body);
    assert.equal((await pin(r.body.number)).json().description, 'Lamp PIN-7Q brandt niet');
  });

  it('answers a sensitive, a non-public and an unknown number alike: 404, nothing of the report', async () => {
    const sensitive = await report(t.app, { categorySlug: 'drugshandel', description: 'Er wordt gedeald PIN-7Q' });
    await addPublicPhoto(sensitive.body.id);
    const hidden = await report(t.app, { categorySlug: 'verward-gedrag', description: 'Man loopt verward PIN-7Q' });
    const unknown = await pin('M-2001-000001');
    assert.equal(unknown.statusCode, 404);
    for (const n of [sensitive.body.number, hidden.body.number]) {
      const res = await pin(n);
      assert.equal(res.statusCode, 404);
      assert.equal(res.json().title, unknown.json().title);
      assert.ok(!res.body.includes('PIN-7Q'));
    }
    assert.equal((await pin('not-a-number')).statusCode, 400);
  });

  it('subscribes to a point with double opt-in and mails new public reports within its radius only', async () => {
    const email = 'punt@example.test';
    const refused = await subscribePoint({ email, ...DORDRECHT_CENTRE, radius: 300 });
    assert.equal(refused.statusCode, 400);
    assert.match(String(refused.headers['content-type']), /problem\+json/);
    const outside = await subscribePoint({ email, lat: 52.37, lon: 4.9, radius: 500 });
    assert.equal(outside.statusCode, 400, 'a point outside the municipality');
    const sub = await subscribePoint({ email: 'Punt@Example.test', ...DORDRECHT_CENTRE, radius: 500 });
    assert.equal(sub.statusCode, 201, sub.body);
    const [confirmation] = await mails(email);
    assert.match(confirmation!.body_text, /500 meter/);
    const token = /\/meldingen\/bevestigen\/([A-Za-z0-9_-]{43})/.exec(confirmation!.body_text)![1]!;
    await report(t.app, { categorySlug: 'straatverlichting' });
    assert.equal((await mails(email)).length, 1, 'no mail before confirming');
    assert.equal((await t.app.inject({ method: 'POST', url: `/api/v1/public/subscriptions/${token}/confirm` })).statusCode, 200);

    const near = await report(t.app, {
      categorySlug: 'straatverlichting',
      location: { lat: DORDRECHT_CENTRE.lat + 0.002, lon: DORDRECHT_CENTRE.lon },
    });
    let got = await mails(email);
    assert.equal(got.length, 2, 'a report ~220 m away is announced');
    assert.match(got[1]!.body_text, new RegExp(near.body.number));
    assert.match(got[1]!.body_text, /Afmelden: https:\/\/meldingen\.example\.test\/meldingen\/afmelden\//);
    assert.match(
      got[1]!.body_text,
      /Bekijk de kaart: https:\/\/meldingen\.example\.test\/melden\/kaart\n/,
      'the public map, not a login page',
    );
    await report(t.app, { categorySlug: 'straatverlichting', location: DORDRECHT_EAST });
    await report(t.app, { categorySlug: 'straatverlichting', location: { lat: DORDRECHT_CENTRE.lat + 0.006, lon: DORDRECHT_CENTRE.lon } });
    await report(t.app, { categorySlug: 'drugshandel', description: 'Gedeald vlakbij' });
    got = await mails(email);
    assert.equal(got.length, 2, 'none for a report ~670 m or farther away, none for a sensitive one');

    const log = await t.database.db
      .selectFrom('audit_log')
      .select(['operation', 'attributes'])
      .where('processing_activity_id', '=', 'signals.notify')
      .execute();
    assert.ok(
      log.some((l) => JSON.stringify(l.attributes).includes('"point":true')),
      'the use of the address is logged',
    );

    const unsub = /\/meldingen\/afmelden\/([A-Za-z0-9_-]{43})/.exec(got[1]!.body_text)![1]!;
    assert.equal((await t.app.inject({ method: 'POST', url: `/api/v1/public/subscriptions/${unsub}/unsubscribe` })).statusCode, 200);
    await report(t.app, { categorySlug: 'straatverlichting' });
    assert.equal((await mails(email)).length, 2, 'nothing after unsubscribing');
  });

  it('forgets an unconfirmed point subscription after 48 hours', async () => {
    assert.equal((await subscribePoint({ email: 'vergeten@example.test', ...DORDRECHT_EAST, radius: 250 })).statusCode, 201);
    const later = new Date(Date.now() + 49 * 3_600_000);
    await purgeExpiredSignalData(t.database.db, 365, later);
    const left = await t.database.db.selectFrom('signal_subscriptions').select('id').where('email', '=', 'vergeten@example.test').execute();
    assert.equal(left.length, 0);
  });
});
