/** The one-statement intake: all or nothing, races on one Idempotency-Key, buurt mail, cached configuration. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createSignalsApp, formToken, report } from '../../../../test/fixtures/signals/signals-app.ts';
import { loginAs } from '../../../../test/helpers/sessions.ts';
import type { TestApp } from '../../../../test/helpers/test-app.ts';
import { ConfigCache } from '../config/config-cache.ts';
import { NUMBER_MARK, writeIntake, type IntakeWrite } from './intake-store.ts';

const count = async (t: TestApp, table: 'signals' | 'mail_outbox' | 'audit_log' | 'signal_history') =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

function write(id: string, key: string): IntakeWrite {
  return {
    signal: {
      gemeente_code: 'GM0505',
      id,
      tracking_token_hash: `h-${id}`,
      category_slug: 'afval-dumping',
      suggested_category: null,
      description: 'x',
      status: 'new',
      lat: null,
      lon: null,
      x: null,
      y: null,
      address_text: 'Voorstraat 1',
      area_year: null,
      buurt_code: null,
      wijk_code: null,
      source: 'web',
      department: 'Stadsbeheer',
      partner: null,
      deadline: '2026-01-05',
    },
    year: 2031,
    now: new Date(),
    history: { actor: 'anonymous', data: {} },
    idempotency: { key, requestHash: 'h', reply: { id } },
    contact: { email: 'a@example.test', phone: null },
    audits: [],
    mails: [{ to: 'a@example.test', subject: `Melding ${NUMBER_MARK}`, text: `Nummer ${NUMBER_MARK}.` }],
  };
}

describe('intake in one statement', () => {
  let t: TestApp;
  before(async () => {
    t = await createSignalsApp();
  });
  after(async () => t.close());

  it('stores the report, history, reply, contact and mail with the assigned number', async () => {
    const id = randomUUID();
    const number = await writeIntake(t.database.db, write(id, 'store-key-0001'));
    assert.equal(number, 'M-2031-000001');
    const mail = await t.database.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('subject', '=', `Melding ${number}`)
      .executeTakeFirstOrThrow();
    assert.equal(mail.body_text, `Nummer ${number}.`);
    const idem = await t.database.db
      .selectFrom('signal_idempotency')
      .selectAll()
      .where('key', '=', 'store-key-0001')
      .executeTakeFirstOrThrow();
    const reply = (typeof idem.reply === 'string' ? JSON.parse(idem.reply) : idem.reply) as { number: string };
    assert.equal(reply.number, number);
    assert.equal((await t.database.db.selectFrom('signal_history').select('kind').where('signal_id', '=', id).execute()).length, 1);
  });

  it('leaves nothing behind when a part fails (a second writer of the same key)', async () => {
    const before = { signals: await count(t, 'signals'), mail: await count(t, 'mail_outbox'), history: await count(t, 'signal_history') };
    await assert.rejects(writeIntake(t.database.db, write(randomUUID(), 'store-key-0001')), /duplicate key|unique/i);
    assert.deepEqual(
      { signals: await count(t, 'signals'), mail: await count(t, 'mail_outbox'), history: await count(t, 'signal_history') },
      before,
    );
    assert.equal(
      await writeIntake(t.database.db, write(randomUUID(), 'store-key-0002')),
      'M-2031-000002',
      'the failed write took no number',
    );
  });

  it('makes one report for ten simultaneous requests with one Idempotency-Key', async () => {
    const token = await formToken(t.app);
    const replies = await Promise.all(
      Array.from({ length: 10 }, () => report(t.app, { formToken: token }, { 'idempotency-key': 'race-key-00001' })),
    );
    assert.ok(
      replies.every((r) => r.status === 201),
      JSON.stringify(replies.map((r) => r.body)),
    );
    assert.equal(new Set(replies.map((r) => r.body.number)).size, 1);
    assert.equal(new Set(replies.map((r) => r.body.trackingToken)).size, 1);
    assert.equal(
      (await t.database.db.selectFrom('signals').select('id').where('number', '=', replies[0]!.body.number).execute()).length,
      1,
    );
    assert.equal(
      (await t.database.db.selectFrom('signal_idempotency').select('key').where('key', '=', 'race-key-00001').execute()).length,
      1,
    );
  });

  it('mails confirmed buurt subscribers only, and logs the use of their addresses', async () => {
    const first = await report(t.app, {});
    const buurt = (await t.database.db.selectFrom('signals').select('buurt_code').where('id', '=', first.body.id).executeTakeFirstOrThrow())
      .buurt_code!;
    const sub = (email: string, confirmed: boolean) => ({
      id: randomUUID(),
      gemeente_code: 'GM0505',
      kind: 'buurt' as const,
      buurt_code: buurt,
      email,
      unsubscribe_token_hash: randomUUID(),
      confirmed_at: confirmed ? new Date() : null,
    });
    await t.database.db
      .insertInto('signal_subscriptions')
      .values([sub('ja@example.test', true), sub('nog-niet@example.test', false)])
      .execute();
    const r = await report(t.app, {});
    const mails = await t.database.db
      .selectFrom('mail_outbox')
      .select(['to_address', 'body_text'])
      .where('body_text', 'like', `%${r.body.number}%`)
      .execute();
    assert.deepEqual(
      mails.map((m) => m.to_address),
      ['ja@example.test'],
    );
    assert.match(mails[0]!.body_text, /Afmelden: https:\/\/meldingen\.example\.test\/meldingen\/afmelden\//);
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select('attributes')
      .where('processing_activity_id', '=', 'signals.notify')
      .execute();
    assert.ok(audit.some((a) => (a.attributes as { number?: string; recipients?: number }).number === r.body.number));
  });

  it('sees an admin change of a category at once (cache invalidated)', async () => {
    const admin = await loginAs(t.app, t.database, 'admin');
    const put = (active: boolean) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/signal-categories/afval-dumping',
        headers: admin.headers,
        payload: {
          parentSlug: 'openbare-ruimte',
          name: 'Afval en dumping',
          handlingDays: 3,
          department: 'Stadsbeheer',
          isPublic: true,
          isSensitive: false,
          active,
        },
      });
    assert.equal((await put(false)).statusCode, 200);
    assert.equal((await report(t.app, {})).status, 400, 'inactive category refused right after the change');
    assert.equal((await put(true)).statusCode, 200);
    assert.equal((await report(t.app, {})).status, 201);
  });

  it('reloads cached configuration after its time to live (changes by another server process)', async () => {
    let loads = 0;
    const cache = new ConfigCache(async () => ++loads, 1000);
    const db = t.database.db;
    assert.equal(await cache.get(db, 'GM0505', 0), 1);
    assert.equal(await cache.get(db, 'GM0505', 999), 1);
    assert.equal(await cache.get(db, 'GM0505', 1000), 2);
    cache.invalidate(db);
    assert.equal(await cache.get(db, 'GM0505', 1001), 3);
  });
});
