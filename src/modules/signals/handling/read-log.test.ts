/**
 * Every read of residents' data writes a processing-log record with the Logboek Dataverwerkingen
 * fields: opening a report (staff and partner), the inbox, the CSV export (with its row count),
 * photos, the reporter's tracking page, the Open311 token look-up and the mail outbox view.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createSignalsApp, report } from '../../../../test/fixtures/signals/signals-app.ts';
import { loginAs, type TestSession } from '../../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';
import { pseudonymFor } from '../../audit/pseudonym.ts';

describe('reads of residents’ data are logged', () => {
  let t: TestApp;
  let coord: TestSession;
  let admin: TestSession;
  let police: TestSession;
  let r: { id: string; number: string; trackingToken: string };
  before(async () => {
    t = await createSignalsApp();
    coord = await loginAs(t.app, t.database, 'coordinator');
    admin = await loginAs(t.app, t.database, 'admin');
    police = await loginAs(t.app, t.database, 'partner');
    const partnerId = randomUUID();
    await t.database.db
      .insertInto('partners')
      .values({ gemeente_code: t.config.municipality, id: partnerId, name: 'Politie Dordrecht', kind: 'police' })
      .execute();
    await t.database.db.insertInto('partner_members').values({ partner_id: partnerId, user_id: police.userId }).execute();
    r = (await report(t.app, { description: 'Afval bij de flat van mijn buurman', email: 'melder@example.test', contactConsent: true }))
      .body as typeof r;
  });
  after(async () => t.close());

  const get = (url: string, s?: TestSession) => t.app.inject({ method: 'GET', url, ...(s ? { headers: { cookie: s.cookie } } : {}) });
  /** The records written by `fn` (new ids only). */
  async function recordsOf(fn: () => Promise<{ statusCode: number; body: string }>) {
    const last =
      (
        await t.database.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.max('id').as('m'))
          .executeTakeFirstOrThrow()
      ).m ?? 0;
    const res = await fn();
    assert.ok(res.statusCode < 300, `${res.statusCode} ${res.body.slice(0, 200)}`);
    return t.database.db.selectFrom('audit_log').selectAll().where('id', '>', Number(last)).orderBy('id').execute();
  }
  const attrs = (a: unknown) => (typeof a === 'string' ? JSON.parse(a) : a) as Record<string, unknown>;
  const reporter = () => pseudonymFor(t.database.db, 'signal-reporter', r.id);

  it('logs opening a report with the Logboek fields, for staff and for a partner', async () => {
    const [rec, ...rest] = await recordsOf(() => get(`/api/v1/signals/${r.number}`, coord));
    assert.equal(rest.length, 0);
    assert.equal(rec!.processing_activity_id, 'signals.read');
    assert.equal(rec!.operation, 'read');
    assert.equal(rec!.actor, `user:${coord.userId}`);
    assert.equal(rec!.data_subject_type, 'signal-reporter');
    assert.equal(rec!.data_subject_pseudonym, await reporter());
    assert.match(rec!.trace_id, /^[0-9a-f]{32}$/);
    assert.match(rec!.span_id, /^[0-9a-f]{16}$/);
    assert.equal(rec!.status_code, 'OK');
    assert.equal(rec!.resource_name, 'stadsveilig');
    assert.ok(rec!.name.length > 10);
    assert.deepEqual(attrs(rec!.attributes), { number: r.number, view: 'detail', scope: 'staff' });

    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/signals/${r.id}`,
      headers: coord.headers,
      payload: { partner: 'Politie Dordrecht' },
    });
    const [p] = await recordsOf(() => get(`/api/v1/signals/${r.id}`, police));
    assert.equal(p!.actor, `user:${police.userId}`);
    assert.equal(attrs(p!.attributes).scope, 'partner');
  });

  it('logs each inbox page with the numbers it showed, and the CSV export with its row count', async () => {
    const [inbox] = await recordsOf(() => get('/api/v1/signals?limit=500', coord));
    const a = attrs(inbox!.attributes);
    assert.equal(inbox!.processing_activity_id, 'signals.read');
    assert.equal(a.view, 'inbox');
    assert.ok((a.numbers as string[]).includes(r.number));
    assert.equal(a.results, (a.numbers as string[]).length);
    assert.deepEqual(a.filter, ['limit']);

    await report(t.app, { categorySlug: 'groen', description: 'Boom moet gesnoeid worden bij de school' });
    let csv = '';
    const [exp] = await recordsOf(async () => {
      const res = await get('/api/v1/signals/export.csv?category=openbare-ruimte', coord);
      csv = res.body;
      return res;
    });
    const rows = csv.trim().split('\r\n').length - 1;
    assert.ok(rows >= 2, csv);
    assert.equal(exp!.processing_activity_id, 'signals.export');
    assert.equal(exp!.operation, 'export');
    assert.deepEqual(attrs(exp!.attributes), { format: 'csv', rows, filter: ['category'] });
  });

  it('logs photo views by staff and by the reporter, the tracking page and the Open311 token look-up', async () => {
    const photoId = randomUUID();
    await t.database.db
      .insertInto('signal_photos')
      .values({
        id: photoId,
        signal_id: r.id,
        content_type: 'image/jpeg',
        bytes: Buffer.from([0xff, 0xd8, 0xff]),
        width: 1,
        height: 1,
        size: 3,
      })
      .execute();
    const [staff] = await recordsOf(() => get(`/api/v1/signals/${r.id}/photos/${photoId}`, coord));
    assert.deepEqual(
      [staff!.processing_activity_id, attrs(staff!.attributes).view, staff!.data_subject_pseudonym],
      ['signals.read', 'photo', await reporter()],
    );
    const [own] = await recordsOf(() => get(`/api/v1/public/signals/track/${r.trackingToken}/photos/${photoId}`));
    assert.deepEqual(
      [own!.processing_activity_id, own!.actor, own!.data_subject_pseudonym],
      ['signals.track', 'anonymous', await reporter()],
    );
    const [track] = await recordsOf(() => get(`/api/v1/public/signals/track/${r.trackingToken}`));
    assert.equal(track!.processing_activity_id, 'signals.track');
    const [tok] = await recordsOf(() => get(`/open311/v2/tokens/${r.trackingToken}.json`));
    assert.deepEqual([tok!.processing_activity_id, attrs(tok!.attributes).via], ['signals.track', 'open311']);
  });

  it('logs the mail outbox view (it names recipients’ domains and errors)', async () => {
    const [rec] = await recordsOf(() => get('/api/v1/mail-outbox', admin));
    assert.deepEqual([rec!.processing_activity_id, rec!.operation, rec!.actor], ['mail.outbox', 'read', `user:${admin.userId}`]);
  });

  it('writes nothing for a refused read', async () => {
    const viewer = await loginAs(t.app, t.database, 'viewer');
    const before = await t.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('processing_activity_id', '=', 'signals.export')
      .execute();
    assert.equal((await get('/api/v1/signals/export.csv', viewer)).statusCode, 403);
    const after = await t.database.db.selectFrom('audit_log').select('id').where('processing_activity_id', '=', 'signals.export').execute();
    assert.equal(after.length, before.length);
  });
});
