/**
 * Processing-log records written inside another module's one-statement write: the signals intake
 * stores a report, its mails and its log records in one INSERT … WITH statement (one round trip,
 * atomic without BEGIN/COMMIT; bench/signals-intake.bench.ts). `prepareProcessingRecord` builds a
 * record in memory beforehand (the pseudonym needs the installation key); `insertProcessingRecords`
 * is the INSERT on `audit_log` as the body of a data-modifying CTE. The table and its columns stay
 * known only to this module; records get the same fields as recordProcessing (audit-service.ts) writes.
 */
import { randomBytes } from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import { API_VERSION } from '../../core/api-version.ts';
import { actorLabel, type ServiceContext } from '../../core/context.ts';
import { PROCESSING_ACTIVITIES } from './activities.ts';
import { RESOURCE_NAME, type AuditEvent } from './audit-service.ts';
import { pseudonymFor } from './pseudonym.ts';

/** One record as insertProcessingRecords writes it (status OK; start and end time: the statement's). */
export interface PreparedProcessingRecord {
  trace_id: string;
  span_id: string;
  name: string;
  processing_activity_id: string;
  operation: string;
  actor: string;
  data_subject_type: string | null;
  data_subject_pseudonym: string | null;
  resource_name: string;
  resource_version: string;
  attributes: Record<string, unknown>;
}

export async function prepareProcessingRecord(
  ctx: ServiceContext,
  event: Pick<AuditEvent, 'activity' | 'operation' | 'subject' | 'attributes'>,
): Promise<PreparedProcessingRecord> {
  return {
    trace_id: ctx.traceId,
    span_id: randomBytes(8).toString('hex'),
    name: PROCESSING_ACTIVITIES[event.activity],
    processing_activity_id: event.activity,
    operation: event.operation,
    actor: actorLabel(ctx.actor),
    data_subject_type: event.subject?.type ?? null,
    data_subject_pseudonym: event.subject ? await pseudonymFor(ctx.db, event.subject.type, event.subject.id) : null,
    resource_name: RESOURCE_NAME,
    resource_version: API_VERSION,
    attributes: event.attributes ?? {},
  };
}

/** A value of the caller's statement merged into each record's attributes (see insertProcessingRecords). */
export interface ProcessingJoin {
  /** A FROM item of one row (e.g. a CTE of the caller's statement). */
  from: RawBuilder<unknown>;
  /** A jsonb object expression over `from`, e.g. jsonb_build_object('number', sig.number). */
  attributes: RawBuilder<unknown>;
}

/** `INSERT INTO audit_log … SELECT …` of prepared records, all OK at `at`; `join` adds facts the statement assigns. */
export function insertProcessingRecords(
  records: readonly PreparedProcessingRecord[],
  at: Date,
  join?: ProcessingJoin,
): RawBuilder<unknown> {
  return sql`INSERT INTO audit_log (trace_id, span_id, name, processing_activity_id, operation, actor, data_subject_type, data_subject_pseudonym,
      status_code, start_time, end_time, resource_name, resource_version, attributes)
    SELECT a.trace_id, a.span_id, a.name, a.processing_activity_id, a.operation, a.actor, a.data_subject_type, a.data_subject_pseudonym, 'OK',
      ${at}::timestamptz, ${at}::timestamptz, a.resource_name, a.resource_version, ${join ? sql`a.attributes || ${join.attributes}` : sql`a.attributes`}
    FROM ${join ? sql`${join.from}, ` : sql``}jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS a(trace_id text, span_id text, name text, processing_activity_id text,
      operation text, actor text, data_subject_type text, data_subject_pseudonym text, resource_name text, resource_version text, attributes jsonb)`;
}
