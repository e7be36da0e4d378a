/**
 * Prepares the database of the Beheer API-keys/mail browser test before the server starts: migrations
 * and the shipped data (as `serve` does), then one mail that really failed: queued, and offered to a
 * local SMTP server that refuses its recipient until the outbox gives up (MAX_ATTEMPTS), through the
 * outbox's own worker (`drainOnce`). Each retry is made due at once instead of waiting for the back-off.
 * Run: node --import tsx test/e2e/beheer-keys-mail-prepare.ts   (environment as for `serve`)
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../../src/core/config.ts';
import { databaseTarget } from '../../src/db/database-target.ts';
import { openDatabase } from '../../src/db/database.ts';
import { enqueueMail, MAX_ATTEMPTS, outboxStats } from '../../src/modules/mail/outbox-store.ts';
import { createTransport, drainOnce } from '../../src/modules/mail/worker.ts';
import { prepareDatabase } from '../../src/server/first-start.ts';

const FAILED_SUBJECT = 'Uw melding M-2026-000042 is ontvangen';

const refusing = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onRcptTo(address, _session, cb) {
    cb(Object.assign(new Error(`<${address.address}>: Recipient address rejected: mailbox unavailable`), { responseCode: 550 }));
  },
});
await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', () => resolve()));
const transport = createTransport(`smtp://127.0.0.1:${(refusing.server.address() as AddressInfo).port}`);
const config = loadConfig();
const database = await openDatabase(databaseTarget(config));
try {
  await prepareDatabase(database, config);
  await enqueueMail(database.db, [{ to: 'jan.de.vries@voorbeeld.test', subject: FAILED_SUBJECT, text: 'Bedankt voor uw melding.' }]);
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    await database.db
      .updateTable('mail_outbox')
      .set({ next_attempt_at: new Date(0) })
      .where('status', '=', 'pending')
      .execute();
    await drainOnce(database.db, transport, 'noreply@example.test');
  }
  const stats = await outboxStats(database.db);
  process.stdout.write(`outbox: ${JSON.stringify(stats)}\n`);
  if (stats.failed !== 1) throw new Error(`expected one failed mail: ${JSON.stringify(stats)}`);
} finally {
  transport.close();
  await new Promise<void>((resolve) => refusing.close(() => resolve()));
  await database.close();
}
