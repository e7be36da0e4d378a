/** Queries on partner agreements and their parties; no authorisation here (the service's job). */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { dateText } from '../../db/date-text.ts';
import type { AgreementKind } from './tables.ts';

export interface AgreementRow {
  id: string;
  partner_id: string;
  kind: AgreementKind;
  title: string;
  legal_basis: string | null;
  starts_on: string;
  ends_on: string | null;
  data_covered: string | null;
  area_codes: string[];
  /** Parties (the partner it was created under included), by name. */
  parties: Array<{ id: string; name: string }>;
}

/** The agreements of the municipality that one of `partyIds` is party to (all when undefined), by end date. */
export async function agreementRows(db: Db, gemeente: string, partyIds?: readonly string[]): Promise<AgreementRow[]> {
  if (partyIds && partyIds.length === 0) return [];
  let query = db
    .selectFrom('partner_agreements as a')
    .select([
      'a.id',
      'a.partner_id',
      'a.kind',
      'a.title',
      'a.legal_basis',
      dateText('a.starts_on').as('starts_on'),
      dateText('a.ends_on').as('ends_on'),
      'a.data_covered',
      'a.area_codes',
    ])
    .where('a.gemeente_code', '=', gemeente);
  if (partyIds) {
    const ids = [...partyIds];
    query = query.where('a.id', 'in', (eb) =>
      eb.selectFrom('partner_agreement_parties').select('agreement_id').where('partner_id', 'in', ids),
    );
  }
  const rows = await query.orderBy(sql`a.ends_on IS NULL`).orderBy('a.ends_on').orderBy('a.title').execute();
  const parties = await partiesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, starts_on: r.starts_on ?? '', parties: parties.get(r.id) ?? [] }));
}

async function partiesOf(db: Db, agreementIds: readonly string[]): Promise<Map<string, Array<{ id: string; name: string }>>> {
  const out = new Map<string, Array<{ id: string; name: string }>>();
  if (agreementIds.length === 0) return out;
  const rows = await db
    .selectFrom('partner_agreement_parties as ap')
    .innerJoin('partners as p', 'p.id', 'ap.partner_id')
    .select(['ap.agreement_id', 'p.id', 'p.name'])
    .where('ap.agreement_id', 'in', [...agreementIds])
    .orderBy('p.name')
    .execute();
  for (const r of rows) out.set(r.agreement_id, [...(out.get(r.agreement_id) ?? []), { id: r.id, name: r.name }]);
  return out;
}

export interface NewAgreement {
  id: string;
  partner_id: string;
  kind: AgreementKind;
  title: string;
  legal_basis: string | null;
  starts_on: string;
  ends_on: string | null;
  data_covered: string | null;
  area_codes: string[];
}

/** Stores an agreement and its parties (the partner it is created under always one of them). */
export async function insertAgreement(db: Db, gemeente: string, a: NewAgreement, partyIds: readonly string[]): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('partner_agreements')
      .values({ gemeente_code: gemeente, ...a })
      .execute();
    await setParties(tx, a.id, [a.partner_id, ...partyIds]);
  });
}

/** Replaces the parties of an agreement. */
export async function setParties(db: Db, agreementId: string, partyIds: readonly string[]): Promise<void> {
  await db.deleteFrom('partner_agreement_parties').where('agreement_id', '=', agreementId).execute();
  const unique = [...new Set(partyIds)];
  await db
    .insertInto('partner_agreement_parties')
    .values(unique.map((partner_id) => ({ agreement_id: agreementId, partner_id })))
    .execute();
}

export async function updateAgreement(
  db: Db,
  id: string,
  change: Partial<Omit<NewAgreement, 'id' | 'partner_id'>> & { reminder_sent_at?: Date | null },
  partyIds?: { owner: string; others: readonly string[] },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    if (Object.keys(change).length > 0) await tx.updateTable('partner_agreements').set(change).where('id', '=', id).execute();
    if (partyIds) await setParties(tx, id, [partyIds.owner, ...partyIds.others]);
  });
}

/** The ids of these partners that exist in the municipality. */
export async function existingPartnerIds(db: Db, gemeente: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('partners')
    .select('id')
    .where('gemeente_code', '=', gemeente)
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Agreements of active partners ending between `from` and `to` (inclusive) whose reminder was not
 * queued yet. A demo partner's agreement shows its warning on the page but mails nobody.
 */
export async function agreementsDueForReminder(db: Db, gemeente: string, from: string, to: string) {
  return db
    .selectFrom('partner_agreements as a')
    .innerJoin('partners as p', 'p.id', 'a.partner_id')
    .select(['a.id', 'a.partner_id', 'a.title', dateText('a.ends_on').as('ends_on'), 'p.name as partner_name'])
    .where('a.gemeente_code', '=', gemeente)
    .where('a.reminder_sent_at', 'is', null)
    .where('p.active', '=', true)
    .where('p.demo', '=', false)
    .where(sql<boolean>`a.ends_on BETWEEN ${from}::date AND ${to}::date`)
    .orderBy('a.ends_on')
    .execute();
}

/** Marks the reminder as queued; false when another run did so first (exactly one reminder). */
export async function claimReminder(db: Db, id: string, at: Date): Promise<boolean> {
  const r = await db
    .updateTable('partner_agreements')
    .set({ reminder_sent_at: at })
    .where('id', '=', id)
    .where('reminder_sent_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
