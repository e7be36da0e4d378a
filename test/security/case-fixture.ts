/**
 * One PGA case written straight into the tables of migration 0105 (as the cases API would store it,
 * BSN and care information encrypted with the installation's field key), whose person carries
 * unique marker strings, so a test can prove no reply of the API ever shows them to someone without
 * need-to-know. Assigned: a procesregisseur (caseworker) and a partner member.
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../../src/core/config.ts';
import type { Database } from '../../src/db/database.ts';
import { encryptField, fieldKeyOf, searchHashes } from '../../src/modules/cases/access/field-crypto.ts';

export const CASE_PERSON = {
  name: 'Zwanetta Quaadgras-Merkel',
  birthDate: '1961-07-23',
  bsn: '111222333',
  address: 'Markerstraat 99',
  careInfo: 'ZORGMARKER: ambulante begeleiding',
  householdMember: 'Huishoudlid Markervoort',
};

/** Strings that must never reach anyone without access (compared case-insensitively). */
export const PERSON_MARKERS = [
  'Zwanetta',
  'Quaadgras',
  'Markerstraat',
  'ZORGMARKER',
  'Markervoort',
  CASE_PERSON.bsn,
  '•••333',
  '&#8226;&#8226;&#8226;333',
  '\\u2022\\u2022\\u2022333',
  CASE_PERSON.birthDate,
];

export const CASE_REFERENCE = 'PGA-2026-0917';
export const CASE_AREA = 'BU05050101';

export interface CaseFixture {
  caseId: string;
  reference: string;
}

export async function insertMarkedCase(
  database: Database,
  config: Config,
  people: { directorId: string; partnerMemberId: string; partnerOrganisationId: string | null },
): Promise<CaseFixture> {
  const key = fieldKeyOf(config);
  const caseId = randomUUID();
  const p = CASE_PERSON;
  await database.db
    .insertInto('cases')
    .values({
      gemeente_code: config.municipality,
      id: caseId,
      reference: CASE_REFERENCE,
      status: 'in-behandeling',
      criteria: ['top-x'],
      director_id: people.directorId,
      person_name: p.name,
      person_birth_date: p.birthDate,
      person_bsn_enc: encryptField(key, p.bsn),
      person_address: p.address,
      care_info_enc: encryptField(key, p.careInfo),
      search_hashes: searchHashes(key, { name: p.name, birthDate: p.birthDate, bsn: p.bsn }),
      area_code: CASE_AREA,
      trajectory: 'zorg',
      legal_basis: 'Convenant Zorg- en Veiligheidshuis Zuid-Holland Zuid',
    })
    .execute();
  await database.db
    .insertInto('case_members')
    .values([
      { case_id: caseId, user_id: people.directorId, member_role: 'director', partner_id: null },
      { case_id: caseId, user_id: people.partnerMemberId, member_role: 'member', partner_id: people.partnerOrganisationId },
    ])
    .execute();
  if (people.partnerOrganisationId)
    await database.db.insertInto('case_partners').values({ case_id: caseId, partner_id: people.partnerOrganisationId }).execute();
  await database.db
    .insertInto('case_household')
    .values({ id: randomUUID(), case_id: caseId, name: p.householdMember, birth_date: '1988-01-02', relation: 'broer' })
    .execute();
  await database.db
    .insertInto('case_status_history')
    .values([
      { id: randomUUID(), case_id: caseId, from_status: null, to_status: 'aangemeld', reason: 'Aangemeld door de wijkagent (ZORGMARKER)' },
      { id: randomUUID(), case_id: caseId, from_status: 'aangemeld', to_status: 'in-behandeling', reason: 'Besproken' },
    ])
    .execute();
  await database.db
    .insertInto('case_links')
    .values({ id: randomUUID(), case_id: caseId, kind: 'address', ref: 'addr-markerstraat-99', label: p.address })
    .execute();
  await insertCaseDecision(database, config, caseId);
  return { caseId, reference: CASE_REFERENCE };
}

/**
 * A closure (register of decisions) linked to the case at the person's address, not yet published,
 * with a hearing due in a week: it must appear nowhere — list, deadlines, measures, public pages —
 * for anyone who may not open the case.
 */
async function insertCaseDecision(database: Database, config: Config, caseId: string): Promise<void> {
  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await database.db
    .insertInto('decisions')
    .values({
      gemeente_code: config.municipality,
      id: randomUUID(),
      number: 'BB-2026-0917',
      base_code: 'opiumwet-13b',
      title: `Sluiting ${CASE_PERSON.address}`,
      state: 'zienswijze',
      address_label: CASE_PERSON.address,
      lon: 4.67,
      lat: 51.8,
      buurt_code: CASE_AREA,
      case_id: caseId,
      hearing_invited_on: new Date().toISOString().slice(0, 10),
      hearing_due: inAWeek,
    })
    .execute();
}
