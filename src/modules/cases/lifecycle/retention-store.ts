/** SQL of retention: the closed cases that fell due, the erasure of their person data, the yearly proofs. */
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

export interface DueCase {
  id: string;
  reference: string;
  legal_basis: string;
}

/** Closed, not yet anonymised cases of the municipality whose closing lies before `closedBefore`. */
export function findCasesDueForAnonymisation(db: Db, gemeente: string, closedBefore: Date): Promise<DueCase[]> {
  return db
    .selectFrom('cases')
    .select(['id', 'reference', 'legal_basis'])
    .where('gemeente_code', '=', gemeente)
    .where('anonymised_at', 'is', null)
    .where('closed_at', 'is not', null)
    .where('closed_at', '<', closedBefore)
    .orderBy('closed_at')
    .orderBy('reference')
    .execute();
}

/**
 * Erases what the 0105 tables hold on the person: name, date of birth, BSN, address, care
 * information, search hashes and the closing text; the household; the links to other records;
 * the free-text reasons of status changes and break-glass openings. Keeps the skeleton the figures
 * use: criteria, status, dates, area_code, trajectory, the members.
 */
export async function eraseCasePersonData(db: Db, caseId: string, now: Date): Promise<void> {
  await db
    .updateTable('cases')
    .set({
      person_name: null,
      person_birth_date: null,
      person_bsn_enc: null,
      person_address: null,
      care_info_enc: null,
      search_hashes: sql<string[]>`'{}'::text[]`,
      closing_reason: null,
      anonymised_at: now,
      updated_at: now,
    })
    .where('id', '=', caseId)
    .execute();
  await db.deleteFrom('case_household').where('case_id', '=', caseId).execute();
  await db.deleteFrom('case_links').where('case_id', '=', caseId).execute();
  await db.updateTable('case_status_history').set({ reason: null }).where('case_id', '=', caseId).execute();
  await db.updateTable('case_break_glass').set({ reason: ANONYMISED_TEXT, review_note: null }).where('case_id', '=', caseId).execute();
}

/** What stands in a required free-text column after anonymisation. */
export const ANONYMISED_TEXT = '(geanonimiseerd)';

export interface ProofRow {
  gemeente_code: string;
  year: number;
  run_at: Date;
  cases_anonymised: number;
  case_references: string[];
  checksum: string;
  method: string;
}

export function findProof(db: Db, gemeente: string, year: number): Promise<ProofRow | undefined> {
  return db
    .selectFrom('case_retention_proofs')
    .selectAll()
    .where('gemeente_code', '=', gemeente)
    .where('year', '=', year)
    .executeTakeFirst();
}

export function listProofs(db: Db, gemeente: string): Promise<ProofRow[]> {
  return db.selectFrom('case_retention_proofs').selectAll().where('gemeente_code', '=', gemeente).orderBy('year', 'desc').execute();
}

export async function saveProof(db: Db, row: ProofRow): Promise<void> {
  await db
    .insertInto('case_retention_proofs')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['gemeente_code', 'year']).doUpdateSet({
        run_at: row.run_at,
        cases_anonymised: row.cases_anonymised,
        case_references: row.case_references,
        checksum: row.checksum,
        method: row.method,
      }),
    )
    .execute();
}
