/**
 * Retention: reporter contact details and report subscriptions are removed a configurable number
 * of days after the report was closed (default 365, STADSVEILIG_SIGNAL_CONTACT_RETENTION_DAYS);
 * unconfirmed e-mail subscriptions after 48 hours; Idempotency-Key replies after one day. Runs at start and hourly (src/server/first-start.ts).
 */
import { sql } from 'kysely';
import { systemContext } from '../../../core/context.ts';
import type { Db } from '../../../db/database.ts';
import { recordProcessing } from '../../audit/index.ts';
import { CONFIRM_HOURS } from '../residents/subscriptions.ts';

export async function purgeExpiredSignalData(
  db: Db,
  retentionDays: number,
  now = new Date(),
): Promise<{ contacts: number; subscriptions: number; idempotencyKeys: number; unconfirmedSubscriptions: number }> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  const closedBefore = db.selectFrom('signals').select('id').where('closed_at', '<', cutoff);
  const contacts = await db.deleteFrom('signal_contacts').where('signal_id', 'in', closedBefore).executeTakeFirst();
  const subs = await db
    .deleteFrom('signal_subscriptions')
    .where('kind', '=', 'signal')
    .where('signal_id', 'in', closedBefore)
    .executeTakeFirst();
  const unconfirmed = await db
    .deleteFrom('signal_subscriptions')
    .where('confirmed_at', 'is', null)
    .where('created_at', '<', new Date(now.getTime() - CONFIRM_HOURS * 3_600_000))
    .executeTakeFirst();
  const keys = await db
    .deleteFrom('signal_idempotency')
    .where('created_at', '<', sql<Date>`${new Date(now.getTime() - 86_400_000)}`)
    .executeTakeFirst();
  const out = {
    contacts: Number(contacts.numDeletedRows),
    subscriptions: Number(subs.numDeletedRows),
    idempotencyKeys: Number(keys.numDeletedRows),
    unconfirmedSubscriptions: Number(unconfirmed.numDeletedRows),
  };
  if (out.contacts || out.subscriptions || out.unconfirmedSubscriptions) {
    await recordProcessing(systemContext(db, 'retention'), {
      activity: 'signals.retention',
      operation: 'delete',
      attributes: { ...out, retentionDays },
    });
  }
  return out;
}
