/** Outbox administration: counts, failed messages without bodies or addresses, retry; admins only. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loginAs, type TestSession } from '../../../test/helpers/sessions.ts';
import { createTestApp, type TestApp } from '../../../test/helpers/test-app.ts';
import { enqueueMail, MAX_ATTEMPTS } from './outbox-store.ts';

describe('mail outbox administration', () => {
  let t: TestApp;
  let admin: TestSession;
  let coord: TestSession;
  before(async () => {
    t = await createTestApp();
    admin = await loginAs(t.app, t.database, 'admin');
    coord = await loginAs(t.app, t.database, 'coordinator');
    await enqueueMail(t.database.db, [
      {
        to: 'geheim.adres@voorbeeld.test',
        subject: 'Uw melding M-2026-000007 is ontvangen',
        text: 'Volg uw melding: https://x.test/meldingen/volgen/GEHEIM-TOKEN',
      },
      { to: 'ander@example.test', subject: 'Tweede', text: 'Wacht nog' },
    ]);
    // Stored before errors were redacted: the view redacts it too.
    await t.database.db
      .updateTable('mail_outbox')
      .set({ status: 'failed', attempts: MAX_ATTEMPTS, last_error: '550 5.1.1 <geheim.adres@voorbeeld.test>: mailbox unavailable' })
      .where('to_address', '=', 'geheim.adres@voorbeeld.test')
      .execute();
  });
  after(async () => t.close());

  it('shows counts and failed messages without body or address; only to admins', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/mail-outbox', headers: { cookie: coord.cookie } })).statusCode, 403);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/mail-outbox' })).statusCode, 401);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/mail-outbox', headers: { cookie: admin.cookie } });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.deepEqual(body.counts, { pending: 1, sending: 0, sent: 0, failed: 1 });
    assert.equal(body.failed.length, 1);
    assert.equal(body.failed[0].recipientDomain, 'voorbeeld.test');
    assert.equal(body.failed[0].lastError, '550 5.1.1 <…@voorbeeld.test>: mailbox unavailable');
    assert.doesNotMatch(res.body, /geheim\.adres|GEHEIM-TOKEN|volgen/);
    assert.ok(body.oldestPendingAt);
    // Recent: the messages that did not fail, newest first, also without body or address.
    assert.deepEqual(
      body.recent.map((m: { subject: string; recipientDomain: string; status: string; sentAt: string | null }) => [
        m.subject,
        m.recipientDomain,
        m.status,
        m.sentAt,
      ]),
      [['Tweede', 'example.test', 'pending', null]],
    );
  });

  it('queues failed messages again with a fresh count of attempts', async () => {
    assert.equal(
      (await t.app.inject({ method: 'POST', url: '/api/v1/mail-outbox/retry', headers: coord.headers, payload: {} })).statusCode,
      403,
    );
    const none = await t.app.inject({
      method: 'POST',
      url: '/api/v1/mail-outbox/retry',
      headers: admin.headers,
      payload: { ids: [999_999] },
    });
    assert.equal(none.json().retried, 0);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/mail-outbox/retry', headers: admin.headers, payload: {} });
    assert.equal(res.json().retried, 1);
    const row = await t.database.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', 'geheim.adres@voorbeeld.test')
      .executeTakeFirstOrThrow();
    assert.equal(row.status, 'pending');
    assert.equal(row.attempts, 0);
    assert.ok(row.next_attempt_at.getTime() <= Date.now());
  });
});
