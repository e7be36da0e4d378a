/**
 * One e-mail field with an "keep me informed" choice: the reply says exactly what will be mailed,
 * so the confirmation page never promises more than the platform sends.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSignalsApp, report } from '../../../../test/fixtures/signals/signals-app.ts';
import { loginAs } from '../../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';

const outboxTo = (t: TestApp, to: string) =>
  t.database.db.selectFrom('mail_outbox').select('subject').where('to_address', '=', to).execute();
const contactOf = (t: TestApp, id: string) =>
  t.database.db.selectFrom('signal_contacts').selectAll().where('signal_id', '=', id).executeTakeFirstOrThrow();

describe('intake: what the reporter is promised by mail', () => {
  let mailing: TestApp;
  let silent: TestApp;
  before(async () => {
    // The SMTP URL is only read by the outbox worker, which these tests do not start.
    mailing = await createSignalsApp({ smtpUrl: 'smtp://127.0.0.1:1' });
    silent = await createSignalsApp();
  });
  after(async () => {
    await mailing.close();
    await silent.close();
  });

  it('e-mail + updates (the default) with mail configured: confirmation and updates promised and queued', async () => {
    const r = await report(mailing.app, { email: 'a@example.test', contactConsent: true });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.deepEqual(r.body.mail, { confirmation: true, updates: true });
    assert.equal((await outboxTo(mailing, 'a@example.test')).length, 1);
    assert.equal((await contactOf(mailing, r.body.id)).updates, true);
  });

  it('e-mail without the updates tick: kept for questions, nothing mailed, nothing promised', async () => {
    const r = await report(mailing.app, { email: 'b@example.test', contactConsent: true, updates: false });
    assert.deepEqual(r.body.mail, { confirmation: false, updates: false });
    assert.equal((await outboxTo(mailing, 'b@example.test')).length, 0);
    const contact = await contactOf(mailing, r.body.id);
    assert.deepEqual([contact.email, contact.updates], ['b@example.test', false]);
  });

  it('without the updates tick no status mail goes out either; with it, one does', async () => {
    const coord = await loginAs(mailing.app, mailing.database, 'coordinator');
    const quiet = await report(mailing.app, { email: 'd@example.test', contactConsent: true, updates: false });
    const kept = await report(mailing.app, { email: 'e@example.test', contactConsent: true });
    for (const r of [quiet, kept]) {
      const res = await mailing.app.inject({
        method: 'POST',
        url: `/api/v1/signals/${r.body.id}/transitions`,
        headers: coord.headers,
        payload: { to: 'accepted' },
      });
      assert.equal(res.statusCode, 200, res.body);
    }
    assert.equal((await outboxTo(mailing, 'd@example.test')).length, 0);
    assert.equal((await outboxTo(mailing, 'e@example.test')).length, 2, 'confirmation and the status change');
  });

  it('no e-mail, or no mail configured: nothing promised', async () => {
    assert.deepEqual((await report(mailing.app, {})).body.mail, { confirmation: false, updates: false });
    const r = await report(silent.app, { email: 'c@example.test', contactConsent: true, updates: true });
    assert.deepEqual(r.body.mail, { confirmation: false, updates: false });
  });
});
