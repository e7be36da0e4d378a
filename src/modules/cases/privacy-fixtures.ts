/**
 * Test fixtures of the privacy tests (search, break-glass, review): an installation key and a case
 * stored the way the case service stores it (BSN encrypted, keyed search hashes), without going
 * through that service.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { encryptField, type FieldKey, fieldKeyOf, searchHashes } from './field-crypto.ts';

/** A fresh 32-byte case key (hex) for a test configuration. */
export const testCaseKey = () => randomBytes(32).toString('hex');

export interface FixtureCase {
  reference: string;
  gemeente: string;
  person: { name: string; birthDate: string; bsn?: string };
  directorId: string | null;
  memberIds?: string[];
  legalBasis?: string;
  anonymised?: boolean;
}

export async function insertFixtureCase(
  db: Db,
  config: { caseKey: string | undefined; caseKeyFile: string },
  c: FixtureCase,
): Promise<string> {
  const key: FieldKey = fieldKeyOf(config);
  const id = randomUUID();
  await db
    .insertInto('cases')
    .values({
      gemeente_code: c.gemeente,
      id,
      reference: c.reference,
      criteria: ['top-x'],
      director_id: c.directorId,
      person_name: c.anonymised ? null : c.person.name,
      person_birth_date: c.anonymised ? null : c.person.birthDate,
      person_bsn_enc: c.anonymised ? null : encryptField(key, c.person.bsn),
      search_hashes: c.anonymised ? [] : searchHashes(key, c.person),
      legal_basis: c.legalBasis ?? 'Convenant Zorg- en Veiligheidshuis Zuid-Holland Zuid',
      anonymised_at: c.anonymised ? new Date() : null,
    })
    .execute();
  const members = [
    ...(c.directorId ? [{ case_id: id, user_id: c.directorId, member_role: 'director' as const }] : []),
    ...(c.memberIds ?? []).map((u) => ({ case_id: id, user_id: u, member_role: 'member' as const })),
  ];
  if (members.length) await db.insertInto('case_members').values(members).execute();
  return id;
}
