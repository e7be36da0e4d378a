/**
 * SQL on the processing log (`audit_log`): insert one record, read a page of records. The table
 * is append-only (database trigger); deletion is retention's alone (retention.ts).
 */
import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { AuditStatus, AuditTables } from './tables.ts';

export type AuditRow = Selectable<AuditTables['audit_log']>;

export async function insertAuditRecord(db: Db, row: Insertable<AuditTables['audit_log']>): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

export interface AuditFilter {
  from?: Date;
  to?: Date;
  activity?: string;
  /** Records whose activity starts with this prefix (e.g. `cases.`). */
  activityPrefix?: string;
  actor?: string;
  traceId?: string;
  status?: AuditStatus;
  pseudonym?: string;
  /** Keyset pagination: records with id < before. */
  before?: number;
  limit: number;
}

/** Records matching the filter, newest (highest id) first, at most `limit`. */
export function findAuditRecords(db: Db, f: AuditFilter): Promise<AuditRow[]> {
  let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(f.limit);
  if (f.from) query = query.where('start_time', '>=', f.from);
  if (f.to) query = query.where('start_time', '<', f.to);
  if (f.activity) query = query.where('processing_activity_id', '=', f.activity);
  if (f.activityPrefix) query = query.where('processing_activity_id', 'like', `${f.activityPrefix.replace(/[\\%_]/g, '\\$&')}%`);
  if (f.actor) query = query.where('actor', '=', f.actor);
  if (f.traceId) query = query.where('trace_id', '=', f.traceId);
  if (f.status) query = query.where('status_code', '=', f.status);
  if (f.pseudonym) query = query.where('data_subject_pseudonym', '=', f.pseudonym);
  if (f.before !== undefined) query = query.where('id', '<', f.before);
  return query.execute();
}
