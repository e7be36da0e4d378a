/** Queries on partners' contact persons (work contact only); no authorisation here (the service's job). */
import type { Db } from '../../db/database.ts';

export interface ContactRow {
  id: string;
  partner_id: string;
  name: string;
  job_title: string | null;
  work_email: string | null;
  work_phone: string | null;
}

const COLUMNS = ['id', 'partner_id', 'name', 'job_title', 'work_email', 'work_phone'] as const;

/** The contact persons of these partners, by name. */
export async function contactRows(db: Db, partnerIds: readonly string[]): Promise<ContactRow[]> {
  if (partnerIds.length === 0) return [];
  return db
    .selectFrom('partner_contacts')
    .select([...COLUMNS])
    .where('partner_id', 'in', [...partnerIds])
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function findContact(db: Db, partnerId: string, id: string): Promise<ContactRow | undefined> {
  return db
    .selectFrom('partner_contacts')
    .select([...COLUMNS])
    .where('partner_id', '=', partnerId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertContact(db: Db, row: ContactRow): Promise<void> {
  await db.insertInto('partner_contacts').values(row).execute();
}

export async function updateContact(
  db: Db,
  partnerId: string,
  id: string,
  change: Partial<Pick<ContactRow, 'name' | 'job_title' | 'work_email' | 'work_phone'>>,
): Promise<boolean> {
  if (Object.keys(change).length === 0) return Boolean(await findContact(db, partnerId, id));
  const r = await db
    .updateTable('partner_contacts')
    .set(change)
    .where('partner_id', '=', partnerId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteContact(db: Db, partnerId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('partner_contacts').where('partner_id', '=', partnerId).where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** The job titles (functions) of each partner's contact persons — no names, no contact details. */
export async function contactFunctions(db: Db, partnerIds: readonly string[]): Promise<Map<string, string[]>> {
  const rows = await contactRows(db, partnerIds);
  const out = new Map<string, string[]>();
  for (const r of rows) if (r.job_title) out.set(r.partner_id, [...new Set([...(out.get(r.partner_id) ?? []), r.job_title])]);
  return out;
}
