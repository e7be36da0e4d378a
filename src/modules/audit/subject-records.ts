/**
 * The processing records about one data subject, for a subject access export (AVG art. 15) by the
 * module that holds the subject's data. The caller has checked that the requester may see them;
 * the export is logged by the caller. Newest first, at most `limit`.
 */
import type { Db } from '../../db/database.ts';
import { findAuditRecords } from './audit-store.ts';
import { pseudonymFor } from './pseudonym.ts';
import type { AuditOperation, AuditStatus } from './tables.ts';

export interface SubjectProcessingRecord {
  time: string;
  activity: string;
  /** The activity's description (Logboek Dataverwerkingen `name`). */
  name: string;
  operation: AuditOperation;
  /** `user:<id>`, `system:<name>` or `anonymous`: the caller turns it into an organisation. */
  actor: string;
  status: AuditStatus;
  legalBasis: string | null;
}

export async function processingRecordsAbout(
  db: Db,
  subject: { type: string; id: string },
  limit = 5000,
): Promise<SubjectProcessingRecord[]> {
  const pseudonym = await pseudonymFor(db, subject.type, subject.id);
  const rows = await findAuditRecords(db, { pseudonym, limit });
  return rows
    .filter((r) => r.data_subject_type === subject.type)
    .map((r) => ({
      time: r.start_time.toISOString(),
      activity: r.processing_activity_id,
      name: r.name,
      operation: r.operation,
      actor: r.actor,
      status: r.status_code,
      legalBasis: r.legal_basis ?? null,
    }));
}
