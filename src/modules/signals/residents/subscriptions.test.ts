/** Double opt-in of e-mail subscriptions: confirmation link, no mail before confirming, expiry. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSignalsApp, report } from '../../../../test/fixtures/signals/signals-app.ts';
import { loginAs } from '../../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';
import { purgeExpiredSignalData } from '../records/retention.ts';

describe('e-mail subscriptions with double opt-in', () => {
  let t: TestApp;
  let buurt: string;
  before(async () => {
    t = await createSignalsApp();
    const first = await report(t.app, {});
    buurt = (await t.database.db.selectFrom('signals').select('buurt_code').where('id', '=', first.body.id).executeTakeFirstOrThrow())
      .buurt_code!;
  });
  after(async () => t.close());

  const mails = (to: string) =>
    t.database.db.selectFrom('mail_outbox').select(['subject', 'body_text']).where('to_address', '=', to).orderBy('id').execute();
  const linkIn = (body: string) => /\/meldingen\/bevestigen\/([A-Za-z0-9_-]{43})/.exec(body)?.[1];
  const confirm = (token: string) => t.app.inject({ method: 'POST', url: `/api/v1/public/subscriptions/${token}/confirm` });

  it('sends a confirmation link first and mails about new reports only after confirming', async () => {
    const sub = await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/buurten/${buurt}/subscriptions`,
      payload: { email: 'Buur@Example.test' },
    });
    assert.equal(sub.statusCode, 201);
    assert.deepEqual(sub.json(), { subscribed: true, confirmationRequired: true });
    const [confirmation] = await mails('buur@example.test');
    assert.match(confirmation!.subject, /Bevestig/);
    const token = linkIn(confirmation!.body_text);
    assert.ok(token, confirmation!.body_text);
    await report(t.app, {});
    assert.equal((await mails('buur@example.test')).length, 1, 'no mail before confirming');
    assert.equal((await confirm(token!)).statusCode, 200);
    assert.equal((await confirm(token!)).statusCode, 200, 'confirming twice is fine');
    const r = await report(t.app, {});
    const after = await mails('buur@example.test');
    assert.equal(after.length, 2);
    assert.match(after[1]!.body_text, new RegExp(r.body.number));
    assert.equal((await confirm('x'.repeat(43))).statusCode, 404);
    const log = await t.database.db
      .selectFrom('audit_log')
      .select('operation')
      .where('processing_activity_id', '=', 'signals.subscribe')
      .execute();
    assert.deepEqual(log.map((l) => l.operation).sort(), ['create', 'update']);
  });

  it('sends status updates of a followed report only to confirmed followers', async () => {
    const r = await report(t.app, {});
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/public/signals/${r.body.number}/subscriptions`,
      payload: { email: 'volger@example.test' },
    });
    const coord = await loginAs(t.app, t.database, 'coordinator');
    const move = (to: string) =>
      t.app.inject({ method: 'POST', url: `/api/v1/signals/${r.body.id}/transitions`, headers: coord.headers, payload: { to } });
    assert.equal((await move('accepted')).statusCode, 200);
    assert.equal((await mails('volger@example.test')).length, 1, 'only the confirmation');
    await confirm(linkIn((await mails('volger@example.test'))[0]!.body_text)!);
    assert.equal((await move('planned')).statusCode, 200);
    const list = await mails('volger@example.test');
    assert.equal(list.length, 2);
    assert.match(list[1]!.body_text, /Afmelden: /);
  });

  it('lets an unconfirmed subscription expire after 48 hours', async () => {
    await t.app.inject({ method: 'POST', url: `/api/v1/public/buurten/${buurt}/subscriptions`, payload: { email: 'laat@example.test' } });
    const token = linkIn((await mails('laat@example.test'))[0]!.body_text)!;
    await t.database.db
      .updateTable('signal_subscriptions')
      .set({ created_at: new Date(Date.now() - 49 * 3_600_000) })
      .where('email', '=', 'laat@example.test')
      .execute();
    assert.equal((await confirm(token)).statusCode, 404);
    const out = await purgeExpiredSignalData(t.database.db, 365);
    assert.equal(out.unconfirmedSubscriptions, 1);
    assert.equal(
      (
        await t.database.db
          .selectFrom('signal_subscriptions')
          .select('id')
          .where('email', 'in', ['laat@example.test', 'buur@example.test'])
          .execute()
      ).length,
      1,
    );
  });
});
