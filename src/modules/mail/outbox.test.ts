/** The outbox against a real local SMTP server (smtp-server): an outage loses no message. */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import type { Database } from '../../db/database.ts';
import { openTestDatabase } from '../../../test/helpers/test-database.ts';
import { sql } from 'kysely';
import { backoffSeconds, enqueueMail, insertMailStatement, MAX_ATTEMPTS, markFailed, outboxStats } from './outbox-store.ts';
import { redactAddresses } from './redact.ts';
import { createTransport, drainOnce } from './worker.ts';

function startSmtp(port: number, inbox: string[], refuseRecipients = false): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, cb) {
      if (!refuseRecipients) return cb();
      return cb(
        Object.assign(new Error(`<${address.address}>: Recipient address rejected: mailbox of ${address.address} unavailable`), {
          responseCode: 550,
        }),
      );
    },
    onData(stream, _session, cb) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString()));
      stream.on('end', () => {
        inbox.push(data);
        cb();
      });
    },
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

describe('mail outbox', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(async () => database.close());

  it('backs off exponentially up to an hour', () => {
    assert.deepEqual([1, 2, 3, 10, 20].map(backoffSeconds), [10, 20, 40, 3600, 3600]);
  });

  it("queues mails inside a caller's statement, a placeholder filled with a value the statement assigns", async () => {
    const at = new Date('2031-02-03T04:05:06Z');
    const mails = [
      { to: 'een@example.test', subject: 'Melding #N#', text: 'Nummer #N#; nog eens #N#.' },
      { to: 'twee@example.test', subject: 'Zonder', text: 'Niets' },
    ];
    const fill = { mark: '#N#', from: sql`assigned`, value: sql`assigned.number` };
    await sql`WITH assigned AS (SELECT 'M-2031-000042'::text AS number), mail AS (${insertMailStatement(mails, at, fill)}) SELECT 1`.execute(
      database.db,
    );
    await sql`WITH mail AS (${insertMailStatement([{ to: 'drie@example.test', subject: 'Los #N#', text: 'x' }], at)}) SELECT 1`.execute(
      database.db,
    );
    const rows = await database.db
      .selectFrom('mail_outbox')
      .select(['to_address', 'subject', 'body_text', 'status', 'created_at', 'next_attempt_at'])
      .where('created_at', '=', at)
      .orderBy('id')
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.to_address, r.subject, r.body_text, r.status]),
      [
        ['een@example.test', 'Melding M-2031-000042', 'Nummer M-2031-000042; nog eens M-2031-000042.', 'pending'],
        ['twee@example.test', 'Zonder', 'Niets', 'pending'],
        ['drie@example.test', 'Los #N#', 'x', 'pending'],
      ],
    );
    assert.ok(
      rows.every((r) => r.next_attempt_at.getTime() === at.getTime()),
      'due at once',
    );
    await database.db.deleteFrom('mail_outbox').where('created_at', '=', at).execute();
  });

  it('queues while the SMTP server is down and delivers each message exactly once when it is up', async () => {
    const probe = await startSmtp(0, []);
    const port = (probe.server.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    await enqueueMail(database.db, [
      { to: 'a@example.test', subject: 'Uw melding M-2026-000001', text: 'Eén' },
      { to: 'b@example.test', subject: 'Uw melding M-2026-000002', text: 'Twee' },
    ]);
    const transport = createTransport(`smtp://127.0.0.1:${port}`);
    const down = await drainOnce(database.db, transport, 'noreply@example.test');
    assert.equal(down.sent, 0);
    assert.ok(down.failed >= 1);
    const stats = await outboxStats(database.db);
    assert.equal(stats.pending, 2, 'nothing lost, nothing sent');
    const failedRow = await database.db.selectFrom('mail_outbox').selectAll().where('attempts', '>', 0).executeTakeFirstOrThrow();
    assert.ok(failedRow.last_error);
    assert.ok(failedRow.next_attempt_at.getTime() > Date.now(), 'retry is scheduled later');
    await database.db
      .updateTable('mail_outbox')
      .set({ next_attempt_at: new Date(Date.now() - 1000) })
      .execute(); // time passes

    const inbox: string[] = [];
    const smtp = await startSmtp(port, inbox);
    try {
      const up = await drainOnce(database.db, transport, 'noreply@example.test');
      assert.equal(up.sent, 2);
      const again = await drainOnce(database.db, transport, 'noreply@example.test');
      assert.equal(again.sent, 0, 'a sent message is not sent again');
      assert.equal(inbox.length, 2);
      assert.ok(inbox.some((m) => /M-2026-000001/.test(m)) && inbox.some((m) => /M-2026-000002/.test(m)));
      assert.ok(inbox.every((m) => /Message-ID: <outbox-\d+@/i.test(m)));
      assert.deepEqual(await outboxStats(database.db), { pending: 0, sending: 0, sent: 2, failed: 0 });
    } finally {
      transport.close();
      await new Promise<void>((r) => smtp.close(() => r()));
    }
  });

  it('gives up after MAX_ATTEMPTS, keeping the time of the last attempt (not a next one)', async () => {
    await enqueueMail(database.db, [{ to: 'laatste@voorbeeld.test', subject: 'Laatste poging', text: 'Vier' }]);
    const { id } = await database.db
      .selectFrom('mail_outbox')
      .select('id')
      .where('subject', '=', 'Laatste poging')
      .executeTakeFirstOrThrow();
    await markFailed(database.db, id, MAX_ATTEMPTS - 2, 'timeout');
    const retrying = await database.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(retrying.status, 'pending');
    assert.ok(retrying.next_attempt_at.getTime() > Date.now(), 'one more attempt, later');
    const before = Date.now();
    await markFailed(database.db, id, MAX_ATTEMPTS - 1, 'timeout');
    const failed = await database.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(failed.status, 'failed');
    assert.equal(failed.attempts, MAX_ATTEMPTS);
    assert.ok(failed.next_attempt_at.getTime() >= before - 1000 && failed.next_attempt_at.getTime() <= Date.now() + 1000);
  });

  it('keeps no address in a stored error: the server’s refusal naming the recipient is redacted', async () => {
    const smtp = await startSmtp(0, [], true);
    const transport = createTransport(`smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`);
    try {
      await enqueueMail(database.db, [{ to: 'jan.de.vries@voorbeeld.test', subject: 'Uw melding M-2026-000003', text: 'Drie' }]);
      assert.equal((await drainOnce(database.db, transport, 'noreply@example.test')).failed, 1);
      const row = await database.db
        .selectFrom('mail_outbox')
        .selectAll()
        .where('to_address', '=', 'jan.de.vries@voorbeeld.test')
        .executeTakeFirstOrThrow();
      assert.match(row.last_error!, /550/, row.last_error!);
      assert.match(row.last_error!, /…@voorbeeld\.test/, 'the domain stays, for diagnosis');
      assert.doesNotMatch(row.last_error!, /jan\.de\.vries|jan/);
    } finally {
      transport.close();
      await new Promise<void>((r) => smtp.close(() => r()));
    }
  });

  it('redacts every address in a text in linear time, whatever surrounds it', () => {
    assert.equal(
      redactAddresses('550 <a.b@x.nl>: rejected; also "c@y.org", (d@z.com) and user:pw@smtp.host:25'),
      '550 <…@x.nl>: rejected; also "…@y.org", (…@z.com) and user:…@smtp.host:25',
    );
    assert.equal(redactAddresses('no address here'), 'no address here');
    const hostile = `${'a'.repeat(500_000)}@${'b.'.repeat(250_000)}`;
    const started = performance.now();
    assert.ok(redactAddresses(hostile).startsWith('…@b.b.'));
    assert.ok(performance.now() - started < 2000, 'a megabyte takes well under two seconds (catastrophic-slowness guard)');
  });
});
