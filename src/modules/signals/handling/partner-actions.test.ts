/**
 * What a partner does with a report forwarded to its organisation, through the API: sees its photo,
 * changes the status and writes to the municipality (each logged under 'signals.partner', staff
 * read the note in the history), hands it back with a reason. A partner of another organisation
 * gets 404 for all of it, as if the report did not exist; a report not forwarded cannot be handed back.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { createSignalsApp, report } from '../../../../test/fixtures/signals/signals-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';

function multipartBody(bytes: Buffer) {
  const boundary = '----svpartner';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="p.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('partner actions on forwarded reports', () => {
  let t: TestApp;
  let coord: TestSession;
  let police: TestSession;
  let housing: TestSession;
  let admin: TestSession;
  before(async () => {
    t = await createSignalsApp();
    admin = await loginAs(t.app, t.database, 'admin');
    coord = await loginAs(t.app, t.database, 'coordinator');
    police = await loginAs(t.app, t.database, 'partner');
    housing = await loginAs(t.app, t.database, 'partner');
    for (const [name, member] of [
      ['Politie Dordrecht', police],
      ['Woonbron', housing],
    ] as const) {
      const id = randomUUID();
      await t.database.db.insertInto('partners').values({ gemeente_code: t.config.municipality, id, name, kind: 'other' }).execute();
      await t.database.db.insertInto('partner_members').values({ partner_id: id, user_id: member.userId }).execute();
    }
  });
  after(async () => t.close());

  const get = (url: string, s: TestSession) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: s.cookie } });
  const send = (method: 'POST' | 'PATCH', url: string, s: TestSession, payload: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: s.headers, payload });
  const forwarded = async (description: string) => {
    const r = await report(t.app, { categorySlug: 'jeugdoverlast', description });
    assert.equal((await send('PATCH', `/signals/${r.body.id}`, coord, { partner: 'Politie Dordrecht' })).statusCode, 200);
    return r.body as { id: string; number: string; trackingToken: string };
  };
  const partnerLog = (number: string) =>
    t.database.db
      .selectFrom('audit_log')
      .select(['actor', 'attributes'])
      .where('processing_activity_id', '=', 'signals.partner')
      .where('data_subject_type', '=', 'signal-reporter')
      .execute()
      .then((rows) => rows.filter((r) => JSON.stringify(r.attributes).includes(number)));

  it('shows the partner the photo of a forwarded report, and nobody else outside the organisation', async () => {
    const r = await forwarded('Jongeren breken de bushokjes af bij het station');
    const jpeg = await sharp({ create: { width: 32, height: 24, channels: 3, background: 'blue' } })
      .jpeg()
      .toBuffer();
    const up = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/signals/track/${r.trackingToken}/photos`,
      ...multipartBody(jpeg),
    });
    assert.equal(up.statusCode, 201, up.body);
    const photo = (await get(`/signals/${r.id}`, police)).json().photos[0].id as string;
    const seen = await get(`/signals/${r.id}/photos/${photo}`, police);
    assert.equal(seen.statusCode, 200);
    assert.match(String(seen.headers['content-type']), /image\/jpeg/);
    assert.equal((await get(`/signals/${r.id}/photos/${photo}`, housing)).statusCode, 404, 'another organisation: as if absent');
    const reads = await t.database.db
      .selectFrom('audit_log')
      .select('attributes')
      .where('processing_activity_id', '=', 'signals.read')
      .execute();
    assert.ok(
      reads.some((a) => JSON.stringify(a.attributes).includes(photo) && JSON.stringify(a.attributes).includes('partner')),
      'the partner’s photo view is logged with its scope',
    );
  });

  it('lets the partner take a status and write to the municipality; both logged, the note in the staff history', async () => {
    const r = await forwarded('Groep jongeren intimideert voorbijgangers bij de supermarkt');
    const accepted = await send('POST', `/signals/${r.id}/transitions`, police, { to: 'in_progress', notify: false });
    assert.equal(accepted.statusCode, 200, accepted.body);
    const note = await send('POST', `/signals/${r.id}/notes`, police, {
      text: 'Wijkagent is langs geweest, groep aangesproken',
      visibility: 'internal',
    });
    assert.equal(note.statusCode, 200);
    assert.equal((await send('POST', `/signals/${r.id}/transitions`, housing, { to: 'done', text: 'klaar' })).statusCode, 404);
    assert.equal((await send('POST', `/signals/${r.id}/notes`, housing, { text: 'x' })).statusCode, 404);
    const staff = (await get(`/signals/${r.id}`, coord)).json();
    assert.equal(staff.status, 'in_progress');
    const entry = staff.history.find((h: { kind: string; text: string | null }) => h.kind === 'note' && h.text?.includes('Wijkagent'));
    assert.ok(entry, 'staff read the partner’s note');
    assert.equal(entry.visibility, 'partner', 'a partner’s note is never internal');
    const log = await partnerLog(r.number);
    assert.deepEqual(log.map((l) => (l.attributes as { action: string }).action).sort(), ['note', 'transition']);
    assert.ok(log.every((l) => l.actor === `user:${police.userId}`));
  });

  it('lets the partner hand the report back with a reason: out of its inbox, routed back in the staff history', async () => {
    const r = await forwarded('Overlast van scooters op het schoolplein');
    assert.equal((await get(`/signals/${r.id}`, police)).json().permissions.returnToMunicipality, true);
    assert.equal((await get(`/signals/${r.id}`, coord)).json().permissions.returnToMunicipality, false);
    const short = await send('POST', `/signals/${r.id}/return`, police, { reason: 'x' });
    assert.equal(short.statusCode, 400);
    assert.match(String(short.headers['content-type']), /application\/problem\+json/);
    assert.equal((await send('POST', `/signals/${r.id}/return`, housing, { reason: 'niet van ons' })).statusCode, 404);
    const own = await report(t.app, { description: 'Losliggende stoeptegels bij de bibliotheek' });
    assert.equal(
      (await send('POST', `/signals/${own.body.id}/return`, coord, { reason: 'nergens heen' })).statusCode,
      409,
      'not forwarded',
    );
    assert.equal(
      (await send('POST', `/signals/${r.id}/return`, admin, { reason: 'x' })).statusCode,
      400,
      'staff pass the edge; input checked',
    );
    const back = await send('POST', `/signals/${r.id}/return`, police, { reason: 'Geen taak van de politie: handhaving' });
    assert.equal(back.statusCode, 200, back.body);
    assert.equal((await get(`/signals/${r.id}`, police)).statusCode, 404, 'no longer the partner’s');
    const inbox = (await get('/signals?limit=500', police)).json();
    assert.ok(Array.isArray(inbox.items), JSON.stringify(inbox));
    assert.ok(!inbox.items.some((s: { id: string }) => s.id === r.id));
    const staff = (await get(`/signals/${r.id}`, coord)).json();
    assert.equal(staff.partner, null);
    const routed = staff.history.find((h: { kind: string; text: string | null }) => h.kind === 'routed' && h.text?.includes('Geen taak'));
    assert.ok(routed, 'the reason is in the staff history');
    assert.equal(routed.actor, `user:${police.userId}`);
    assert.ok((await partnerLog(r.number)).some((l) => (l.attributes as { action: string }).action === 'return'));
  });

  it('refuses to hand back a closed report', async () => {
    const r = await forwarded('Vernieling van een bankje in het park');
    assert.equal(
      (await send('POST', `/signals/${r.id}/transitions`, police, { to: 'done', text: 'Bankje gerepareerd', notify: false })).statusCode,
      200,
    );
    assert.equal((await get(`/signals/${r.id}`, police)).json().permissions.returnToMunicipality, false);
    assert.equal((await send('POST', `/signals/${r.id}/return`, police, { reason: 'toch niet' })).statusCode, 409);
  });
});
