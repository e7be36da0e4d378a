/** SQL of break-glass openings: the case they open, a new opening, and the privacy officer's list and verdict. */
import type { Db } from '../../../db/database.ts';

export interface BreakGlassCase {
  id: string;
  reference: string;
  legal_basis: string;
  director_id: string | null;
  anonymised_at: Date | null;
}

export function findBreakGlassCase(db: Db, gemeente: string, caseId: string): Promise<BreakGlassCase | undefined> {
  return db
    .selectFrom('cases')
    .select(['id', 'reference', 'legal_basis', 'director_id', 'anonymised_at'])
    .where('id', '=', caseId)
    .where('gemeente_code', '=', gemeente)
    .executeTakeFirst();
}

export async function insertBreakGlass(
  db: Db,
  row: { id: string; caseId: string; userId: string; reason: string; openedAt: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('case_break_glass')
    .values({
      id: row.id,
      case_id: row.caseId,
      user_id: row.userId,
      reason: row.reason,
      opened_at: row.openedAt,
      expires_at: row.expiresAt,
    })
    .execute();
}
