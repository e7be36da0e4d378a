/** SQL of the case itself: the case row, members, partners, household, links, status history. No authorisation here (openCase's job). */
import { randomUUID } from 'node:crypto';
import { type Insertable, sql, type Updateable } from 'kysely';
import type { Db } from '../../../db/database.ts';
import { dateText } from '../../../db/date-text.ts';
import type { CaseLinkKind, CaseMemberRole, CaseStatus, CasesTables } from '../tables.ts';

type CaseValues = Updateable<CasesTables['cases']>;

export const isoOf = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

/** The next free reference of the year: PGA-2026-0001, -0002, … */
export async function nextReference(db: Db, year: number): Promise<string> {
  const prefix = `PGA-${year}-`;
  const row = await db
    .selectFrom('cases')
    .select(sql<string | null>`max(reference)`.as('last'))
    .where('reference', 'like', `${prefix}%`)
    .executeTakeFirst();
  const last = row?.last ? Number(row.last.slice(prefix.length)) : 0;
  return `${prefix}${String(last + 1).padStart(4, '0')}`;
}

export async function insertCase(
  db: Db,
  gemeente: string,
  id: string,
  values: Omit<Insertable<CasesTables['cases']>, 'gemeente_code' | 'id'>,
): Promise<void> {
  await db
    .insertInto('cases')
    .values({ gemeente_code: gemeente, id, ...values })
    .execute();
}

export async function updateCase(db: Db, id: string, values: CaseValues): Promise<void> {
  await db
    .updateTable('cases')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

const caseColumns = [
  'id',
  'reference',
  'status',
  'criteria',
  'director_id',
  'person_name',
  dateText('person_birth_date').as('person_birth_date'),
  'person_bsn_enc',
  'person_address',
  'care_info_enc',
  'area_code',
  'trajectory',
  'agreement_id',
  'legal_basis',
  'closing_reason',
  'opened_at',
  'plan_set_at',
  'closed_at',
] as const;

export async function caseRow(db: Db, id: string) {
  return db.selectFrom('cases').select(caseColumns).where('id', '=', id).executeTakeFirst();
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof caseRow>>>;

/** The cases with these ids (optionally one status), newest first. */
export async function caseRows(db: Db, ids: readonly string[] | 'all', status?: CaseStatus): Promise<CaseRow[]> {
  if (ids !== 'all' && ids.length === 0) return [];
  let q = db.selectFrom('cases').select(caseColumns).where('anonymised_at', 'is', null);
  if (ids !== 'all') q = q.where('id', 'in', [...ids]);
  if (status) q = q.where('status', '=', status);
  return q.orderBy('opened_at', 'desc').execute();
}

/** The ids of the cases linked to a youth group. */
export async function caseIdsLinkedTo(db: Db, kind: CaseLinkKind, ref: string): Promise<string[]> {
  const rows = await db.selectFrom('case_links').select('case_id').where('kind', '=', kind).where('ref', '=', ref).execute();
  return rows.map((r) => r.case_id);
}

export async function memberRows(db: Db, caseIds: readonly string[]) {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('case_members')
    .select(['case_id', 'user_id', 'member_role', 'partner_id', 'added_at'])
    .where('case_id', 'in', [...caseIds])
    .orderBy('added_at')
    .execute();
}

export async function insertMember(
  db: Db,
  caseId: string,
  m: { userId: string; role: CaseMemberRole; partnerId: string | null; actorId: string | null },
) {
  await db
    .insertInto('case_members')
    .values({ case_id: caseId, user_id: m.userId, member_role: m.role, partner_id: m.partnerId, added_by: m.actorId })
    .execute();
  await insertMemberChange(db, caseId, 'added', m);
}

export async function deleteMember(
  db: Db,
  caseId: string,
  m: { userId: string; role: CaseMemberRole; partnerId: string | null; actorId: string | null },
) {
  await db.deleteFrom('case_members').where('case_id', '=', caseId).where('user_id', '=', m.userId).execute();
  await insertMemberChange(db, caseId, 'removed', m);
}

async function insertMemberChange(
  db: Db,
  caseId: string,
  change: 'added' | 'removed',
  m: { userId: string; role: CaseMemberRole; partnerId: string | null; actorId: string | null },
) {
  await db
    .insertInto('case_member_changes')
    .values({
      id: randomUUID(),
      case_id: caseId,
      user_id: m.userId,
      change,
      member_role: m.role,
      partner_id: m.partnerId,
      actor_id: m.actorId,
    })
    .execute();
}

export async function partnerIdsOfCase(db: Db, caseId: string): Promise<string[]> {
  const rows = await db.selectFrom('case_partners').select('partner_id').where('case_id', '=', caseId).execute();
  return rows.map((r) => r.partner_id);
}

export async function setCasePartners(db: Db, caseId: string, partnerIds: readonly string[]): Promise<void> {
  await db.deleteFrom('case_partners').where('case_id', '=', caseId).execute();
  if (partnerIds.length === 0) return;
  await db
    .insertInto('case_partners')
    .values([...new Set(partnerIds)].map((p) => ({ case_id: caseId, partner_id: p })))
    .execute();
}

export async function householdRows(db: Db, caseId: string) {
  return db
    .selectFrom('case_household')
    .select(['id', 'name', dateText('birth_date').as('birth_date'), 'relation'])
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertHousehold(
  db: Db,
  caseId: string,
  h: { name?: string | null; birthDate?: string | null; relation: string },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('case_household')
    .values({ id, case_id: caseId, name: h.name || null, birth_date: h.birthDate ?? null, relation: h.relation })
    .execute();
  return id;
}

export async function deleteHousehold(db: Db, caseId: string, id: string): Promise<boolean> {
  const res = await db.deleteFrom('case_household').where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

export async function insertStatus(
  db: Db,
  caseId: string,
  s: { from: CaseStatus | null; to: CaseStatus; reason: string | null; actorId: string | null },
) {
  await db
    .insertInto('case_status_history')
    .values({ id: randomUUID(), case_id: caseId, from_status: s.from, to_status: s.to, reason: s.reason, actor_id: s.actorId })
    .execute();
}

export async function statusHistory(db: Db, caseId: string) {
  return db
    .selectFrom('case_status_history')
    .select(['from_status', 'to_status', 'reason', 'actor_id', 'at'])
    .where('case_id', '=', caseId)
    .execute();
}

export async function memberChanges(db: Db, caseId: string) {
  return db
    .selectFrom('case_member_changes')
    .select(['user_id', 'change', 'member_role', 'actor_id', 'at'])
    .where('case_id', '=', caseId)
    .execute();
}

export async function breakGlassOpenings(db: Db, caseId: string) {
  return db.selectFrom('case_break_glass').select(['user_id', 'reason', 'opened_at']).where('case_id', '=', caseId).execute();
}
