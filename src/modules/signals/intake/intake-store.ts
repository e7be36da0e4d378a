/**
 * The intake's two round trips. `readIntakeState`: the stored reply of an Idempotency-Key, the
 * confirmed e-mail subscribers of the buurt and those of a point within whose radius the report
 * lies, in one SELECT. `writeIntake`: one INSERT statement
 * whose CTEs take the next number, insert the report, its history, the idempotency reply, the
 * contact details, the processing-log records and the outbox mails (their INSERTs come from the
 * audit and mail modules, which own those tables). One statement is atomic
 * without BEGIN/COMMIT: everything is stored or nothing. A second writer of the same key fails on
 * the primary key of signal_idempotency and the caller replays the first reply.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { insertProcessingRecords, type PreparedProcessingRecord } from '../../audit/index.ts';
import { insertMailStatement, type OutgoingMail } from '../../mail/index.ts';
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
  /** Confirmed point subscriptions whose radius holds `point` (none without a point). */
  pointSubscribers: Array<{ id: string; email: string; radius: number }>;
}

/** Metres per degree of latitude; a degree of longitude is this times cos(latitude). */
const M_PER_DEG = 111_320;

export async function readIntakeState(
  db: Db,
  q: { key?: string | undefined; gemeente: string; buurtCode?: string | null; point?: { lat: number; lon: number } | null },
): Promise<IntakeState> {
  const lat = q.point?.lat ?? null;
  const lon = q.point?.lon ?? null;
  const r = await sql<{
    idem: StoredReply | string | null;
    subs: Array<{ id: string; email: string }> | string;
    near: Array<{ id: string; email: string; radius: number }> | string;
  }>`
    SELECT
      (SELECT json_build_object('requestHash', request_hash, 'reply', reply) FROM signal_idempotency WHERE key = ${q.key ?? null}::text) AS idem,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'email', email) ORDER BY id), '[]'::json) FROM signal_subscriptions
        WHERE kind = 'buurt' AND gemeente_code = ${q.gemeente} AND buurt_code = ${q.buurtCode ?? null}::text AND confirmed_at IS NOT NULL) AS subs,
      (SELECT coalesce(json_agg(json_build_object('id', id, 'email', email, 'radius', radius_m) ORDER BY id), '[]'::json) FROM signal_subscriptions
        WHERE kind = 'point' AND gemeente_code = ${q.gemeente} AND confirmed_at IS NOT NULL
          AND lat BETWEEN ${lat}::float8 - 0.01 AND ${lat}::float8 + 0.01
          AND sqrt(power((lat - ${lat}::float8) * ${M_PER_DEG}, 2) + power((lon - ${lon}::float8) * ${M_PER_DEG} * cos(radians(${lat}::float8)), 2)) <= radius_m) AS near`.execute(
    db,
  );
  const row = r.rows[0]!;
  const parse = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
  const idem = row.idem === null ? null : parse(row.idem);
  if (idem && typeof idem.reply === 'string') idem.reply = JSON.parse(idem.reply) as Record<string, unknown>;
  return { idempotent: idem, buurtSubscribers: parse(row.subs), pointSubscribers: parse(row.near) };
}

export interface IntakeWrite {
  signal: Omit<NewSignalRow, 'number' | 'created_at' | 'updated_at'> & { id: string; gemeente_code: string };
  year: number;
  now: Date;
  history: { actor: string; data: Record<string, unknown> };
  idempotency?: { key: string; requestHash: string; reply: Record<string, unknown> } | undefined;
  /** `updates`: confirmation and status mails to the address (default true). */
  contact?: { email: string | null; phone: string | null; updates?: boolean } | undefined;
  /** Processing-log records (audit module); `number` is added to each record's attributes. */
  audits: PreparedProcessingRecord[];
  /** Outbox mails (mail module); NUMBER_MARK in subject or text becomes the number. */
  mails: OutgoingMail[];
}

const SIGNAL_COLUMNS = [
  'gemeente_code',
  'id',
  'tracking_token_hash',
  'category_slug',
  'suggested_category',
  'description',
  'status',
  'lat',
  'lon',
  'x',
  'y',
  'address_text',
  'area_year',
  'buurt_code',
  'wijk_code',
  'source',
  'department',
  'partner',
  'deadline',
  'raised_by_partner_id',
  'priority',
  'partner_reference',
] as const;

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
    out.push(
      sql`contact AS (INSERT INTO signal_contacts (signal_id, email, phone, consent, updates, created_at) VALUES (${w.signal.id}, ${w.contact.email}, ${w.contact.phone}, true, ${w.contact.updates ?? true}, ${w.now}))`,
    );
  }
  // The log records and the mails are the audit and mail modules' statements, joined to the new report's number.
  if (w.audits.length) {
    out.push(
      sql`audit AS (${insertProcessingRecords(w.audits, w.now, { from: sql`sig`, attributes: sql`jsonb_build_object('number', sig.number)` })})`,
    );
  }
  if (w.mails.length) {
    out.push(sql`mail AS (${insertMailStatement(w.mails, w.now, { mark: NUMBER_MARK, from: sql`sig`, value: sql`sig.number` })})`);
  }
  return out;
}

/** Stores the whole intake in one statement; returns the number. */
export async function writeIntake(db: Db, w: IntakeWrite): Promise<string> {
  const r = await sql<{ number: string }>`WITH ${sql.join(ctes(w))} SELECT number FROM sig`.execute(db);
  return r.rows[0]!.number;
}
