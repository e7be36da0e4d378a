/**
 * The intake's two round trips. `readIntakeState`: the stored reply of an Idempotency-Key and the
 * confirmed e-mail subscribers of the buurt, in one SELECT. `writeIntake`: one INSERT statement
 * whose CTEs take the next number, insert the report, its history, the idempotency reply, the
 * contact details, the processing-log records and the outbox mails. One statement is atomic
 * without BEGIN/COMMIT: everything is stored or nothing. A second writer of the same key fails on
 * the primary key of signal_idempotency and the caller replays the first reply.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { NewSignalRow } from '../records/signal-store.ts';

/** Stands for the report number in mails and audit attributes until the database assigns it. */
export const NUMBER_MARK = '\u2063{{sv-number}}\u2063';

export interface StoredReply {
  requestHash: string;
  reply: Record<string, unknown>;
}

export interface IntakeState {
  idempotent: StoredReply | null;
  buurtSubscribers: Array<{ id: string; email: string }>;
}

export async function readIntakeState(db: Db, q: { key?: string | undefined; gemeente: string; buurtCode?: string | null }): Promise<IntakeState> {
  const r = await sql<{ idem: StoredReply | string | null; subs: Array<{ id: string; email: string }> | string }>`
    SELECT
      (SELECT json_build_object('requestHash', request_hash, 'reply', reply) FROM signal_idempotency WHERE key = ${q.key ?? null}::text) AS idem,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'email', email) ORDER BY id), '[]'::json) FROM signal_subscriptions
        WHERE kind = 'buurt' AND gemeente_code = ${q.gemeente} AND buurt_code = ${q.buurtCode ?? null}::text AND confirmed_at IS NOT NULL) AS subs`.execute(db);
  const row = r.rows[0]!;
  const parse = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
  const idem = row.idem === null ? null : parse(row.idem);
  if (idem && typeof idem.reply === 'string') idem.reply = JSON.parse(idem.reply) as Record<string, unknown>;
  return { idempotent: idem, buurtSubscribers: parse(row.subs) };
}

export interface AuditRow {
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

export interface IntakeWrite {
  signal: Omit<NewSignalRow, 'number' | 'created_at' | 'updated_at'> & { id: string; gemeente_code: string };
  year: number;
  now: Date;
  history: { actor: string; data: Record<string, unknown> };
  idempotency?: { key: string; requestHash: string; reply: Record<string, unknown> } | undefined;
  contact?: { email: string | null; phone: string | null } | undefined;
  /** `number` is added to each record's attributes. */
  audits: AuditRow[];
  /** NUMBER_MARK in subject or body becomes the number. */
  mails: Array<{ to_address: string; subject: string; body_text: string }>;
}

const SIGNAL_COLUMNS = ['gemeente_code', 'id', 'tracking_token_hash', 'category_slug', 'suggested_category', 'description', 'status', 'lat', 'lon',
  'x', 'y', 'address_text', 'area_year', 'buurt_code', 'wijk_code', 'source', 'department', 'partner', 'deadline'] as const;

function ctes(w: IntakeWrite): RawBuilder<unknown>[] {
  const s = w.signal as Record<string, unknown>;
  const out: RawBuilder<unknown>[] = [
    sql`counter AS (INSERT INTO signal_counters (gemeente_code, year, last_value) VALUES (${w.signal.gemeente_code}, ${w.year}, 1)
      ON CONFLICT (gemeente_code, year) DO UPDATE SET last_value = signal_counters.last_value + 1
      RETURNING 'M-' || year::text || '-' || lpad(last_value::text, 6, '0') AS number)`,
    sql`sig AS (INSERT INTO signals (${sql.join(SIGNAL_COLUMNS.map((c) => sql.ref(c)))}, number, created_at, updated_at)
      VALUES (${sql.join(SIGNAL_COLUMNS.map((c) => sql`${s[c] ?? null}`))}, (SELECT number FROM counter), ${w.now}, ${w.now}) RETURNING id, number)`,
    sql`hist AS (INSERT INTO signal_history (signal_id, at, actor, kind, to_status, visibility, data)
      VALUES (${w.signal.id}, ${w.now}, ${w.history.actor}, 'created', 'new', 'reporter', ${JSON.stringify(w.history.data)}::jsonb))`,
  ];
  if (w.idempotency) {
    out.push(sql`idem AS (INSERT INTO signal_idempotency (key, request_hash, signal_id, reply, created_at) VALUES (${w.idempotency.key}, ${w.idempotency.requestHash},
      ${w.signal.id}, ${JSON.stringify(w.idempotency.reply)}::jsonb || jsonb_build_object('number', (SELECT number FROM counter)), ${w.now}))`);
  }
  if (w.contact) {
    out.push(sql`contact AS (INSERT INTO signal_contacts (signal_id, email, phone, consent, created_at) VALUES (${w.signal.id}, ${w.contact.email}, ${w.contact.phone}, true, ${w.now}))`);
  }
  if (w.audits.length) {
    out.push(sql`audit AS (INSERT INTO audit_log (trace_id, span_id, name, processing_activity_id, operation, actor, data_subject_type, data_subject_pseudonym,
        status_code, start_time, end_time, resource_name, resource_version, attributes)
      SELECT a.trace_id, a.span_id, a.name, a.processing_activity_id, a.operation, a.actor, a.data_subject_type, a.data_subject_pseudonym, 'OK',
        ${w.now}::timestamptz, ${w.now}::timestamptz, a.resource_name, a.resource_version, a.attributes || jsonb_build_object('number', sig.number)
      FROM sig, jsonb_to_recordset(${JSON.stringify(w.audits)}::jsonb) AS a(trace_id text, span_id text, name text, processing_activity_id text,
        operation text, actor text, data_subject_type text, data_subject_pseudonym text, resource_name text, resource_version text, attributes jsonb))`);
  }
  if (w.mails.length) {
    out.push(sql`mail AS (INSERT INTO mail_outbox (to_address, subject, body_text, created_at, next_attempt_at)
      SELECT m.to_address, replace(m.subject, ${NUMBER_MARK}::text, sig.number), replace(m.body_text, ${NUMBER_MARK}::text, sig.number), ${w.now}::timestamptz, ${w.now}::timestamptz
      FROM sig, jsonb_to_recordset(${JSON.stringify(w.mails)}::jsonb) AS m(to_address text, subject text, body_text text))`);
  }
  return out;
}

/** Stores the whole intake in one statement; returns the number. */
export async function writeIntake(db: Db, w: IntakeWrite): Promise<string> {
  const r = await sql<{ number: string }>`WITH ${sql.join(ctes(w))} SELECT number FROM sig`.execute(db);
  return r.rows[0]!.number;
}
