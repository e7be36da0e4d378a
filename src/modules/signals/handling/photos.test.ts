/** Photos: content-type sniffing, EXIF/GPS stripped, authorised URLs only; contact retention. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { createSignalsApp, report } from '../../../../test/fixtures/signals/signals-app.ts';
import { loginAs } from '../../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';
import { purgeExpiredSignalData } from '../records/retention.ts';

function multipartBody(bytes: Buffer, type = 'image/jpeg') {
  const boundary = '----svtest';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="p.jpg"\r\nContent-Type: ${type}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('photos and retention', () => {
  let t: TestApp;
  before(async () => {
    t = await createSignalsApp({ signalPhotoMaxBytes: 200_000 }, false);
  });
  after(async () => t.close());

  it('strips GPS EXIF, checks the type by content, limits count and size, and serves only with authorisation', async () => {
    const r = await report(t.app, { location: undefined, addressText: 'Voorstraat 1' });
    const withGps = await sharp({ create: { width: 64, height: 48, channels: 3, background: 'red' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'TestCam' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 48/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 40/1 0/1' },
      } as never)
      .toBuffer();
    assert.ok((await sharp(withGps).metadata()).exif, 'the test photo has EXIF');
    const up = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/signals/track/${r.body.trackingToken}/photos`,
      ...multipartBody(withGps),
    });
    assert.equal(up.statusCode, 201, up.body);
    const id = up.json().id as string;
    const stored = await t.database.db.selectFrom('signal_photos').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const meta = await sharp(Buffer.from(stored.bytes)).metadata();
    assert.equal(meta.exif, undefined, 'no EXIF (and so no GPS) is stored');
    assert.ok(!Buffer.from(stored.bytes).includes(Buffer.from('TestCam')));
    const fake = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/signals/track/${r.body.trackingToken}/photos`,
      ...multipartBody(Buffer.from('<svg onload=alert(1)>'.repeat(10))),
    });
    assert.equal(fake.statusCode, 415, 'type is checked by content, not by the declared type');
    const big = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/signals/track/${r.body.trackingToken}/photos`,
      ...multipartBody(Buffer.concat([withGps, Buffer.alloc(300_000)])),
    });
    assert.equal(big.statusCode, 413);
    for (let i = 0; i < 2; i++)
      await t.app.inject({ method: 'POST', url: `/api/v1/public/signals/track/${r.body.trackingToken}/photos`, ...multipartBody(withGps) });
    const fourth = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/signals/track/${r.body.trackingToken}/photos`,
      ...multipartBody(withGps),
    });
    assert.equal(fourth.statusCode, 409);
    const own = await t.app.inject({ method: 'GET', url: `/api/v1/public/signals/track/${r.body.trackingToken}/photos/${id}` });
    assert.equal(own.statusCode, 200);
    assert.equal(own.headers['content-type'], 'image/jpeg');
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/public/photos/${id}` })).statusCode, 404, 'not public by default');
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/signals/${r.body.id}/photos/${id}` })).statusCode, 401);
    const coord = await loginAs(t.app, t.database, 'coordinator');
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/signals/${r.body.id}/photos/${id}/public`,
      headers: coord.headers,
      payload: { isPublic: true },
    });
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/public/photos/${id}` })).statusCode, 200);
  });

  it('keeps the three-photo limit under parallel uploads', async () => {
    const r = await report(t.app, { location: undefined, addressText: 'Voorstraat 4' });
    const photo = await sharp({ create: { width: 32, height: 32, channels: 3, background: 'blue' } })
      .jpeg()
      .toBuffer();
    const upload = () =>
      t.app.inject({ method: 'POST', url: `/api/v1/public/signals/track/${r.body.trackingToken}/photos`, ...multipartBody(photo) });
    const codes = (await Promise.all(Array.from({ length: 8 }, upload))).map((res) => res.statusCode).sort();
    assert.deepEqual(codes, [201, 201, 201, 409, 409, 409, 409, 409]);
    const stored = await t.database.db.selectFrom('signal_photos').select('id').where('signal_id', '=', r.body.id).execute();
    assert.equal(stored.length, 3);
  });

  it('never serves or publishes a photo of a sensitive category publicly', async () => {
    const r = await report(t.app, {
      location: undefined,
      addressText: 'Voorstraat 5',
      categorySlug: 'drugshandel',
      description: 'Er wordt gedeald in het portiek',
    });
    const photo = await sharp({ create: { width: 16, height: 16, channels: 3, background: 'green' } })
      .jpeg()
      .toBuffer();
    const up = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/signals/track/${r.body.trackingToken}/photos`,
      ...multipartBody(photo),
    });
    assert.equal(up.statusCode, 201, up.body);
    const coord = await loginAs(t.app, t.database, 'coordinator');
    const mark = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/signals/${r.body.id}/photos/${up.json().id}/public`,
      headers: coord.headers,
      payload: { isPublic: true },
    });
    assert.equal(mark.statusCode, 409);
    await t.database.db.updateTable('signal_photos').set({ is_public: true }).where('id', '=', up.json().id).execute(); // marked before the category became sensitive
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/public/photos/${up.json().id}` })).statusCode, 404);
  });

  it('removes reporter contact details after the retention period after closing, and logs it', async () => {
    const r = await report(t.app, { location: undefined, addressText: 'Voorstraat 2', email: 'oud@example.test', contactConsent: true });
    const open = await report(t.app, {
      location: undefined,
      addressText: 'Voorstraat 3',
      email: 'open@example.test',
      contactConsent: true,
    });
    await t.database.db
      .updateTable('signals')
      .set({ status: 'done', closed_at: new Date(Date.now() - 366 * 86_400_000) })
      .where('id', '=', r.body.id)
      .execute();
    const out = await purgeExpiredSignalData(t.database.db, 365);
    assert.equal(out.contacts, 1);
    assert.equal(
      (await t.database.db.selectFrom('signal_contacts').select('signal_id').where('signal_id', '=', r.body.id).execute()).length,
      0,
    );
    assert.equal(
      (await t.database.db.selectFrom('signal_contacts').select('signal_id').where('signal_id', '=', open.body.id).execute()).length,
      1,
    );
    const log = await t.database.db.selectFrom('audit_log').selectAll().where('processing_activity_id', '=', 'signals.retention').execute();
    assert.equal(log.length, 1);
  });
});
