/**
 * The processing log (Logboek Dataverwerkingen): every read or write of personal data is recorded
 * with trace id, span id, processing activity, actor, data-subject pseudonym, time and outcome.
 * The table is append-only (database trigger); this module only inserts and searches (SQL in audit-store.ts).
 */
import { randomBytes } from 'node:crypto';
import { actorLabel, authorize, type ServiceContext } from '../../core/context.ts';
import { API_VERSION } from '../../core/api-version.ts';
import type { ProcessingActivityId } from './activities.ts';
import { PROCESSING_ACTIVITIES } from './activities.ts';
import { pseudonymFor } from './pseudonym.ts';
import { type AuditFilter, type AuditRow, findAuditRecords, insertAuditRecord } from './audit-store.ts';
import type { AuditOperation, AuditStatus } from './tables.ts';

export const RESOURCE_NAME = 'stadsveilig';

export interface AuditEvent {
  activity: ProcessingActivityId;
  operation: AuditOperation;
  /** The person whose data was processed; stored only as a pseudonym. */
  subject?: { type: string; id: string };
  status?: AuditStatus;
  startTime?: Date;
  /** Extra, non-identifying facts (counts, filters, reasons). Never personal data. */
  attributes?: Record<string, unknown>;
  /** The legal basis of the processing (grondslag), e.g. the covenant a PGA case is processed under. */
  legalBasis?: string;
}

function spanId(): string {
  return randomBytes(8).toString('hex');
}

export async function recordProcessing(ctx: ServiceContext, event: AuditEvent): Promise<void> {
  const now = new Date();
  await insertAuditRecord(ctx.db, {
    trace_id: ctx.traceId,
    span_id: spanId(),
    parent_span_id: null,
    name: PROCESSING_ACTIVITIES[event.activity],
    processing_activity_id: event.activity,
    operation: event.operation,
    actor: actorLabel(ctx.actor),
    data_subject_type: event.subject?.type ?? null,
    data_subject_pseudonym: event.subject ? await pseudonymFor(ctx.db, event.subject.type, event.subject.id) : null,
    status_code: event.status ?? 'OK',
    start_time: event.startTime ?? now,
    end_time: now,
    resource_name: RESOURCE_NAME,
    resource_version: API_VERSION,
    attributes: JSON.stringify(event.attributes ?? {}) as unknown as Record<string, unknown>,
    legal_basis: event.legalBasis ?? null,
  });
}

export interface AuditQuery {
  from?: Date;
  to?: Date;
  activity?: string;
  actor?: string;
  traceId?: string;
  /** Find a person's records: the identifier is pseudonymised before the search. */
  subject?: { type: string; id: string };
  status?: AuditStatus;
  limit: number;
  /** Keyset pagination: return records with id < before. */
  before?: number;
}

export interface AuditRecord {
  id: number;
  traceId: string;
  spanId: string;
  name: string;
  processingActivityId: string;
  operation: AuditOperation;
  actor: string;
  dataSubjectType: string | null;
  dataSubjectPseudonym: string | null;
  statusCode: AuditStatus;
  startTime: string;
  endTime: string;
  resource: { name: string; version: string };
  attributes: Record<string, unknown>;
  legalBasis: string | null;
}

/** The store's filter for a query; a person's identifier is pseudonymised first. */
export async function storeFilter(ctx: ServiceContext, q: Omit<AuditQuery, 'limit'>, limit: number): Promise<AuditFilter> {
  const pseudonym = q.subject ? await pseudonymFor(ctx.db, q.subject.type, q.subject.id) : undefined;
  return {
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
    ...(q.activity ? { activity: q.activity } : {}),
    ...(q.actor ? { actor: q.actor } : {}),
    ...(q.traceId ? { traceId: q.traceId } : {}),
    ...(q.status ? { status: q.status } : {}),
    ...(pseudonym ? { pseudonym } : {}),
    ...(q.before !== undefined ? { before: q.before } : {}),
    limit,
  };
}

export function toRecord(r: AuditRow): AuditRecord {
  return {
    id: r.id,
    traceId: r.trace_id,
    spanId: r.span_id,
    name: r.name,
    processingActivityId: r.processing_activity_id,
    operation: r.operation,
    actor: r.actor,
    dataSubjectType: r.data_subject_type,
    dataSubjectPseudonym: r.data_subject_pseudonym,
    statusCode: r.status_code,
    startTime: r.start_time.toISOString(),
    endTime: r.end_time.toISOString(),
    resource: { name: r.resource_name, version: r.resource_version },
    attributes: r.attributes,
    legalBasis: r.legal_basis ?? null,
  };
}

export async function searchProcessingLog(
  ctx: ServiceContext,
  q: AuditQuery,
): Promise<{ records: AuditRecord[]; nextBefore: number | null }> {
  authorize(ctx, 'audit:read');
  const rows = await findAuditRecords(ctx.db, await storeFilter(ctx, q, q.limit + 1));
  const page = rows.slice(0, q.limit);
  // Reading the log is itself a processing; a search for one person names that person as data subject.
  await recordProcessing(ctx, {
    activity: 'audit.search',
    operation: 'read',
    ...(q.subject ? { subject: q.subject } : {}),
    attributes: { results: page.length, bySubject: Boolean(q.subject) },
  });
  return { records: page.map(toRecord), nextBefore: rows.length > q.limit ? (page.at(-1)?.id ?? null) : null };
}

/**
 * The records of one group of processing activities (`cases.` for the PGA privacy officer), newest
 * first. The caller authorises and logs its own reading of them; this function neither checks nor logs.
 */
export async function findProcessingRecordsByActivityPrefix(
  ctx: ServiceContext,
  q: { activityPrefix: string; from?: Date; to?: Date; limit: number; before?: number },
): Promise<{ records: AuditRecord[]; nextBefore: number | null }> {
  const rows = await findAuditRecords(ctx.db, {
    activityPrefix: q.activityPrefix,
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
    ...(q.before !== undefined ? { before: q.before } : {}),
    limit: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  return { records: page.map(toRecord), nextBefore: rows.length > q.limit ? (page.at(-1)?.id ?? null) : null };
}
