/** SQL of the subject access export: every row the 0105 tables hold on one case. */
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { dateText } from '../../../db/date-text.ts';

export function findCaseRow(db: Db, caseId: string) {
  return db
    .selectFrom('cases')
    .selectAll()
    .select(dateText('person_birth_date').as('birth_date_text'))
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
}

export function findHousehold(db: Db, caseId: string) {
  return db
    .selectFrom('case_household')
    .select(['name', 'relation', 'created_at'])
    .select(dateText('birth_date').as('birth_date'))
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findMembers(db: Db, caseId: string) {
  return db
    .selectFrom('case_members')
    .select(['user_id', 'member_role', 'partner_id', 'added_at'])
    .where('case_id', '=', caseId)
    .orderBy('added_at')
    .execute();
}

export function findPartnerIds(db: Db, caseId: string) {
  return db.selectFrom('case_partners').select('partner_id').where('case_id', '=', caseId).execute();
}

export function findLinks(db: Db, caseId: string) {
  return db
    .selectFrom('case_links')
    .select(['kind', 'ref', 'label', 'created_at'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findStatusHistory(db: Db, caseId: string) {
  return db
    .selectFrom('case_status_history')
    .select(['from_status', 'to_status', 'reason', 'at'])
    .where('case_id', '=', caseId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export function findBreakGlass(db: Db, caseId: string) {
  return db
    .selectFrom('case_break_glass')
    .select(['user_id', 'reason', 'opened_at', 'expires_at', 'reviewed_at'])
    .where('case_id', '=', caseId)
    .orderBy('opened_at')
    .execute();
}

/** References of the other cases that share a search hash with these (the same person), oldest first. */
export async function findOtherCaseReferences(db: Db, caseId: string, hashes: readonly string[]): Promise<string[]> {
  if (hashes.length === 0) return [];
  const rows = await db
    .selectFrom('cases')
    .select('reference')
    .where('id', '!=', caseId)
    .where(sql<boolean>`search_hashes && ${sql.val([...hashes])}::text[]`)
    .orderBy('opened_at')
    .orderBy('reference')
    .execute();
  return rows.map((r) => r.reference);
}
