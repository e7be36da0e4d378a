/**
 * Retention of the outbox. Message bodies hold tracking links and personal text, so a message
 * leaves `mail_outbox` `retentionDays` after it was sent; a message that was never sent (failed,
 * or still waiting because no SMTP server is configured) leaves the same number of days after it
 * was queued, as its links and news are stale by then. Messages being sent are left alone.
 * Runs with the hourly housekeeping; each purge that removes something is logged.
 */
import { systemContext } from '../../core/context.ts';
import type { Db } from '../../db/database.ts';
import { recordProcessing } from '../audit/index.ts';

export interface MailPurge {
  sent: number;
  unsent: number;
}

export async function purgeOldMail(db: Db, retentionDays: number, now = new Date()): Promise<MailPurge> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const sent = await db.deleteFrom('mail_outbox').where('status', '=', 'sent').where('sent_at', '<', cutoff).executeTakeFirst();
  const unsent = await db
    .deleteFrom('mail_outbox')
    .where('status', 'in', ['failed', 'pending'])
    .where('created_at', '<', cutoff)
    .executeTakeFirst();
  const out = { sent: Number(sent.numDeletedRows), unsent: Number(unsent.numDeletedRows) };
  if (out.sent || out.unsent) {
    await recordProcessing(systemContext(db, 'retention'), {
      activity: 'mail.retention',
      operation: 'delete',
      attributes: { ...out, retentionDays },
    });
  }
  return out;
}
