/** Queries on partner organisations and the accounts acting for them; no authorisation here (the service's job). */
import type { Db } from '../../db/database.ts';
import type { PartnerKind } from './tables.ts';

export interface PartnerRow {
  id: string;
  name: string;
  kind: PartnerKind;
  contact_role: string | null;
  description: string | null;
  active: boolean;
  area_codes: string[];
  /** Demo content (see demo.ts). */
  demo: boolean;
  /** Missions the partner takes part in. */
  missions: number;
}

/** The partners of a municipality by name, each with the number of missions it takes part in. */
export async function partnerRows(db: Db, gemeente: string): Promise<PartnerRow[]> {
  const rows = await db
    .selectFrom('partners as p')
    .leftJoin('mission_participants as mp', 'mp.partner_id', 'p.id')
    .select([
      'p.id',
      'p.name',
      'p.kind',
      'p.contact_role',
      'p.description',
      'p.active',
      'p.area_codes',
      'p.demo',
      (eb) => eb.fn.count<number>('mp.mission_id').distinct().as('missions'),
    ])
    .where('p.gemeente_code', '=', gemeente)
    .groupBy(['p.id', 'p.name', 'p.kind', 'p.contact_role', 'p.description', 'p.active', 'p.area_codes', 'p.demo'])
    .orderBy('p.name')
    .execute();
  return rows.map((r) => ({ ...r, missions: Number(r.missions) }));
}

/** The area codes of each of these partners (in the order asked; unknown ids left out). */
export async function areaCodesOfPartners(db: Db, ids: readonly string[]): Promise<string[][]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('partners')
    .select(['id', 'area_codes'])
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => r.area_codes);
}

/** Whether a partner of this name exists in the municipality (names are unique regardless of case). */
export async function partnerNameTaken(db: Db, gemeente: string, name: string, exceptId?: string): Promise<boolean> {
  let query = db
    .selectFrom('partners')
    .select('id')
    .where('gemeente_code', '=', gemeente)
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (exceptId) query = query.where('id', '!=', exceptId);
  const row = await query.executeTakeFirst();
  return Boolean(row);
}

export async function insertPartner(db: Db, gemeente: string, p: Omit<PartnerRow, 'missions' | 'active' | 'demo'>): Promise<void> {
  await db
    .insertInto('partners')
    .values({
      gemeente_code: gemeente,
      id: p.id,
      name: p.name,
      kind: p.kind,
      contact_role: p.contact_role,
      description: p.description,
      area_codes: p.area_codes,
    })
    .execute();
}

/** Changes a partner's fields; the name must stay unique (the caller checks). */
export async function updatePartner(
  db: Db,
  gemeente: string,
  id: string,
  change: Partial<Pick<PartnerRow, 'name' | 'kind' | 'contact_role' | 'description' | 'active' | 'area_codes'>>,
): Promise<void> {
  await db.updateTable('partners').set(change).where('gemeente_code', '=', gemeente).where('id', '=', id).execute();
}

/** Ids of the accounts acting for a partner. */
export async function memberIdsOfPartner(db: Db, partnerId: string): Promise<string[]> {
  const rows = await db.selectFrom('partner_members').select('user_id').where('partner_id', '=', partnerId).execute();
  return rows.map((r) => r.user_id);
}

/** The account no longer acts for the partner; false when it did not. */
export async function deleteMember(db: Db, partnerId: string, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('partner_members')
    .where('partner_id', '=', partnerId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** One partner of the municipality, or undefined. */
export async function findPartner(
  db: Db,
  gemeente: string,
  id: string,
): Promise<{ id: string; name: string; kind: PartnerKind } | undefined> {
  return db
    .selectFrom('partners')
    .select(['id', 'name', 'kind'])
    .where('id', '=', id)
    .where('gemeente_code', '=', gemeente)
    .executeTakeFirst();
}

/** Names of the partners with these ids (unknown ids are left out). */
export async function partnerNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('partners').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Lets an account act for a partner; adding it twice changes nothing. */
export async function insertMember(db: Db, partnerId: string, userId: string): Promise<void> {
  await db
    .insertInto('partner_members')
    .values({ partner_id: partnerId, user_id: userId })
    .onConflict((oc) => oc.columns(['partner_id', 'user_id']).doNothing())
    .execute();
}

/** Ids of the active partners an account acts for (a deactivated partner's accounts see nothing of it); of one municipality when given. */
export async function partnerIdsOfUser(db: Db, userId: string, gemeente?: string): Promise<string[]> {
  let query = db
    .selectFrom('partner_members as m')
    .innerJoin('partners as p', 'p.id', 'm.partner_id')
    .select('m.partner_id')
    .where('m.user_id', '=', userId)
    .where('p.active', '=', true);
  if (gemeente) query = query.where('p.gemeente_code', '=', gemeente);
  const rows = await query.execute();
  return rows.map((r) => r.partner_id);
}

/** The active partners of a municipality (id and name, by name): what staff may forward a report to. */
export async function activePartners(db: Db, gemeente: string): Promise<Array<{ id: string; name: string }>> {
  return db
    .selectFrom('partners')
    .select(['id', 'name'])
    .where('gemeente_code', '=', gemeente)
    .where('active', '=', true)
    .orderBy('name')
    .execute();
}
