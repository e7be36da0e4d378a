/**
 * Low-level reads and writes of reports and their history. Services decide; this file only talks SQL.
 */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Db } from '../../../db/database.ts';
import type { DB } from '../../../db/schema.ts';
import { notFound } from '../../../core/errors.ts';
import type { HistoryKind, HistoryVisibility, SignalStatus, SignalTables } from '../tables.ts';
import { canRead, type Audience } from '../visibility.ts';

export type SignalRow = Selectable<SignalTables['signals']>;
export type NewSignalRow = Insertable<SignalTables['signals']>;
export type HistoryRow = Selectable<SignalTables['signal_history']>;

export async function insertSignal(db: Kysely<DB>, row: NewSignalRow): Promise<void> {
  await db.insertInto('signals').values(row).execute();
}

export interface HistoryEntry {
  signalId: string;
  actor: string;
  kind: HistoryKind;
  fromStatus?: SignalStatus | null;
  toStatus?: SignalStatus | null;
  text?: string | null;
  /** Who reads it besides staff (default 'internal'; see visibility.ts). */
  visibility?: HistoryVisibility;
  /** Staff published the text at once (e.g. a status text); default not public. */
  publishedAt?: Date | null;
  data?: Record<string, unknown>;
}

export async function addHistory(db: Kysely<DB>, e: HistoryEntry): Promise<void> {
  await db
    .insertInto('signal_history')
    .values({
      signal_id: e.signalId,
      actor: e.actor,
      kind: e.kind,
      from_status: e.fromStatus ?? null,
      to_status: e.toStatus ?? null,
      text: e.text ?? null,
      visibility: e.visibility ?? 'internal',
      published_at: e.publishedAt ?? null,
      data: JSON.stringify(e.data ?? {}) as never,
    })
    .execute();
}

export async function findSignal(db: Kysely<DB>, gemeente: string, idOrNumber: string): Promise<SignalRow | undefined> {
  const byNumber = /^M-\d{4}-\d{6}$/.test(idOrNumber);
  if (!byNumber && !/^[0-9a-f-]{36}$/i.test(idOrNumber)) return undefined;
  return db
    .selectFrom('signals')
    .selectAll()
    .where('gemeente_code', '=', gemeente)
    .where(byNumber ? 'number' : 'id', '=', idOrNumber)
    .executeTakeFirst();
}

export async function requireSignal(db: Kysely<DB>, gemeente: string, idOrNumber: string): Promise<SignalRow> {
  const row = await findSignal(db, gemeente, idOrNumber);
  if (!row) throw notFound('Report', idOrNumber);
  return row;
}

export async function findByTrackingHash(db: Db, hash: string): Promise<SignalRow | undefined> {
  return db.selectFrom('signals').selectAll().where('tracking_token_hash', '=', hash).executeTakeFirst();
}

/** The history of a report as `audience` may read it (visibility.ts), oldest first. */
export async function historyOf(db: Db, signalId: string, audience: Audience): Promise<HistoryRow[]> {
  const rows = await db.selectFrom('signal_history').selectAll().where('signal_id', '=', signalId).orderBy('id').execute();
  return rows.filter((r) => canRead(audience, r));
}
