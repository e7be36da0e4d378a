/**
 * The processing log as CSV, for a subject access request or an audit: the same filters as the
 * search, newest first, at most EXPORT_ROW_CAP records. The export is logged as its own processing.
 */
import { authorize, type ServiceContext } from '../../core/context.ts';
import { type AuditQuery, recordProcessing, storeFilter, toRecord } from './audit-service.ts';
import { findAuditRecords } from './audit-store.ts';

export const EXPORT_ROW_CAP = 10_000;

const HEAD = [
  'tijd',
  'activiteit',
  'omschrijving',
  'handeling',
  'actor',
  'betrokkene_type',
  'betrokkene_pseudoniem',
  'status',
  'trace_id',
  'span_id',
  'resource',
  'kenmerken',
  'grondslag',
];

/** One quoted cell; a leading formula character is neutralised (CSV injection). */
export function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replaceAll('"', '""')}"`;
}

export interface LogExport {
  csv: string;
  rows: number;
  /** More records matched than the cap: narrow the period. */
  truncated: boolean;
  cap: number;
}

export async function exportProcessingLogCsv(ctx: ServiceContext, q: Omit<AuditQuery, 'limit' | 'before'>): Promise<LogExport> {
  authorize(ctx, 'audit:read');
  const found = await findAuditRecords(ctx.db, await storeFilter(ctx, q, EXPORT_ROW_CAP + 1));
  const rows = found.slice(0, EXPORT_ROW_CAP).map(toRecord);
  const truncated = found.length > EXPORT_ROW_CAP;
  await recordProcessing(ctx, {
    activity: 'audit.export',
    operation: 'export',
    ...(q.subject ? { subject: q.subject } : {}),
    attributes: { format: 'csv', rows: rows.length, truncated, bySubject: Boolean(q.subject) },
  });
  const lines = rows.map((r) =>
    [
      r.startTime,
      r.processingActivityId,
      r.name,
      r.operation,
      r.actor,
      r.dataSubjectType,
      r.dataSubjectPseudonym,
      r.statusCode,
      r.traceId,
      r.spanId,
      `${r.resource.name} ${r.resource.version}`,
      JSON.stringify(r.attributes),
      r.legalBasis,
    ]
      .map(csvCell)
      .join(';'),
  );
  const csv = `\uFEFF${HEAD.map(csvCell).join(';')}\r\n${lines.join('\r\n')}${lines.length ? '\r\n' : ''}`;
  return { csv, rows: rows.length, truncated, cap: EXPORT_ROW_CAP };
}
