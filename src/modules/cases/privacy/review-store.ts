/** SQL of the privacy officer's review: break-glass openings with their case reference, and the verdict. */
import type { Db } from '../../../db/database.ts';

export interface BreakGlassRow {
  id: string;
  case_id: string;
  reference: string;
  legal_basis: string;
  user_id: string;
  reason: string;
  opened_at: Date;
  expires_at: Date;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  review_verdict: 'terecht' | 'onterecht' | null;
  review_note: string | null;
}

export interface BreakGlassFilter {
  gemeente: string;
  unreviewedOnly: boolean;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
}

function openings(db: Db) {
  return db
    .selectFrom('case_break_glass as b')
    .innerJoin('cases as c', 'c.id', 'b.case_id')
    .select([
      'b.id',
      'b.case_id',
      'c.reference',
      'c.legal_basis',
      'b.user_id',
      'b.reason',
      'b.opened_at',
      'b.expires_at',
      'b.reviewed_at',
      'b.reviewed_by',
      'b.review_verdict',
      'b.review_note',
    ]);
}

/** Openings of the municipality's cases, newest first. */
export function findBreakGlassOpenings(db: Db, f: BreakGlassFilter): Promise<BreakGlassRow[]> {
  let q = openings(db).where('c.gemeente_code', '=', f.gemeente).orderBy('b.opened_at', 'desc').limit(f.limit);
  if (f.unreviewedOnly) q = q.where('b.reviewed_at', 'is', null);
  if (f.from) q = q.where('b.opened_at', '>=', f.from);
  if (f.to) q = q.where('b.opened_at', '<', f.to);
  return q.execute();
}

export function findBreakGlassOpening(db: Db, gemeente: string, id: string): Promise<BreakGlassRow | undefined> {
  return openings(db).where('c.gemeente_code', '=', gemeente).where('b.id', '=', id).executeTakeFirst();
}

/** Stores the verdict unless one was given already; false when it was. */
export async function storeVerdict(
  db: Db,
  id: string,
  v: { by: string; at: Date; verdict: 'terecht' | 'onterecht'; note: string | null },
): Promise<boolean> {
  const done = await db
    .updateTable('case_break_glass')
    .set({ reviewed_at: v.at, reviewed_by: v.by, review_verdict: v.verdict, review_note: v.note })
    .where('id', '=', id)
    .where('reviewed_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) === 1;
}
