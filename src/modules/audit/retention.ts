/**
 * Retention of the processing log itself. The log is append-only for the application; only this
 * job may delete, and only records older than the retention period (it sets the transaction-local
 * flag the append-only trigger checks).
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

export async function purgeExpiredAuditRecords(db: Db, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000);
  return db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('stadsveilig.audit_retention', 'on', true)`.execute(trx);
    const result = await trx.deleteFrom('audit_log').where('end_time', '<', cutoff).executeTakeFirst();
    return Number(result.numDeletedRows);
  });
}
