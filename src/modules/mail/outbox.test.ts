/** The outbox against a real local SMTP server (smtp-server): an outage loses no message. */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import type { Database } from '../../db/database.ts';
import { openTestDatabase } from '../../../test/helpers/test-database.ts';
import { backoffSeconds, enqueueMail, outboxStats } from './outbox.ts';
import { createTransport, drainOnce } from './worker.ts';

function startSmtp(port: number, inbox: string[]): Promise<SMTPServer> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, cb) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString()));
      stream.on('end', () => (inbox.push(data), cb()));
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
    await database.db.updateTable('mail_outbox').set({ next_attempt_at: new Date(Date.now() - 1000) }).execute(); // time passes

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
});
