/** Retention of the outbox: sent messages leave after the period from sending, unsent ones from queueing. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../../db/database.ts';
import { openTestDatabase } from '../../../test/helpers/test-database.ts';
import { purgeOldMail } from './retention.ts';

const NOW = new Date('2031-06-30T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

describe('mail retention', () => {
  let database: Database;
  before(async () => {
    database = await openTestDatabase();
  });
  after(async () => database.close());

  it('removes sent messages 30 days after sending and unsent ones 30 days after queueing, and logs it', async () => {
    const rows = [
      { subject: 'sent-old', status: 'sent' as const, created_at: daysAgo(40), sent_at: daysAgo(31) },
      { subject: 'sent-recent', status: 'sent' as const, created_at: daysAgo(40), sent_at: daysAgo(29) },
      { subject: 'failed-old', status: 'failed' as const, created_at: daysAgo(31), sent_at: null },
      { subject: 'failed-recent', status: 'failed' as const, created_at: daysAgo(10), sent_at: null },
      { subject: 'pending-old', status: 'pending' as const, created_at: daysAgo(31), sent_at: null },
      { subject: 'sending-old', status: 'sending' as const, created_at: daysAgo(31), sent_at: null },
    ];
    await database.db
      .insertInto('mail_outbox')
      .values(rows.map((r) => ({ ...r, to_address: 'iemand@example.test', body_text: 'persoonlijke tekst' })))
      .execute();
    const purged = await purgeOldMail(database.db, 30, NOW);
    assert.deepEqual(purged, { sent: 1, unsent: 2 });
    const left = await database.db.selectFrom('mail_outbox').select('subject').orderBy('subject').execute();
    assert.deepEqual(
      left.map((r) => r.subject),
      ['failed-recent', 'sending-old', 'sent-recent'],
    );
    const logged = await database.db
      .selectFrom('audit_log')
      .select(['processing_activity_id as activity', 'attributes'])
      .where('processing_activity_id', '=', 'mail.retention')
      .execute();
    assert.equal(logged.length, 1);
    assert.deepEqual(await purgeOldMail(database.db, 30, NOW), { sent: 0, unsent: 0 }, 'a second run finds nothing');
    assert.equal(
      (await database.db.selectFrom('audit_log').select('id').where('processing_activity_id', '=', 'mail.retention').execute()).length,
      1,
    );
  });
});
