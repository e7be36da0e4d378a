/** SQL of the existence search: cases whose keyed hashes match, with only what a match may show. */
import { sql } from 'kysely';
import type { Db } from '../../../db/database.ts';

export interface SearchMatchRow {
  id: string;
  reference: string;
  director_id: string | null;
  legal_basis: string;
}

/** Cases (not anonymised) of the municipality with at least one of the hashes, by reference. */
export async function casesWithSearchHashes(db: Db, gemeente: string, hashes: string[]): Promise<SearchMatchRow[]> {
  if (hashes.length === 0) return [];
  return db
    .selectFrom('cases')
    .select(['id', 'reference', 'director_id', 'legal_basis'])
    .where('gemeente_code', '=', gemeente)
    .where('anonymised_at', 'is', null)
    .where(sql<boolean>`search_hashes && ARRAY[${sql.join(hashes)}]::text[]`)
    .orderBy('reference')
    .limit(20)
    .execute();
}
