/** SQL of need-to-know: a case's identity, who is assigned to it, and open break-glass grants. */
import type { Db } from '../../../db/database.ts';
import type { CaseMemberRole } from '../tables.ts';

export interface CaseIdentity {
  id: string;
  gemeente_code: string;
  reference: string;
  legal_basis: string;
  director_id: string | null;
  anonymised_at: Date | null;
}

export function findCaseIdentity(db: Db, caseId: string): Promise<CaseIdentity | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(caseId)) return Promise.resolve(undefined);
  return db
    .selectFrom('cases')
    .select(['id', 'gemeente_code', 'reference', 'legal_basis', 'director_id', 'anonymised_at'])
    .where('id', '=', caseId)
    .executeTakeFirst();
}

export async function memberRoleOf(db: Db, caseId: string, userId: string): Promise<CaseMemberRole | null> {
  const row = await db
    .selectFrom('case_members')
    .select('member_role')
    .where('case_id', '=', caseId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.member_role ?? null;
}

/** The end of the user's open break-glass grant on the case, if one runs at `now`. */
export async function openBreakGlassUntil(db: Db, caseId: string, userId: string, now: Date): Promise<Date | null> {
  const row = await db
    .selectFrom('case_break_glass')
    .select('expires_at')
    .where('case_id', '=', caseId)
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .orderBy('expires_at', 'desc')
    .executeTakeFirst();
  return row?.expires_at ?? null;
}

/** The cases the user is assigned to, or holds an open break-glass grant on. */
export async function caseIdsOfUser(db: Db, userId: string, now: Date): Promise<{ assigned: string[]; breakGlass: string[] }> {
  const [assigned, glass] = await Promise.all([
    db.selectFrom('case_members').select('case_id').where('user_id', '=', userId).execute(),
    db.selectFrom('case_break_glass').select('case_id').where('user_id', '=', userId).where('expires_at', '>', now).execute(),
  ]);
  return { assigned: assigned.map((r) => r.case_id), breakGlass: [...new Set(glass.map((r) => r.case_id))] };
}
