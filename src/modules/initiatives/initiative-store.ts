/** Queries on the initiatives tables; no authorisation here (the services' job). */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { dateText } from '../../db/date-text.ts';
import type { InitiativeKind, InitiativeStatus, SupportKind } from './tables.ts';

export interface InitiativeRow {
  id: string;
  kind: InitiativeKind;
  title: string;
  description: string;
  buurt_code: string;
  lat: number | null;
  lon: number | null;
  people_estimate: number | null;
  support_asked: string[];
  support_note: string | null;
  status: InitiativeStatus;
  publish: boolean;
  publish_contact_email: boolean;
  published: boolean;
  reviewer_id: string | null;
  mission_ids: string[];
  next_check_in: string | null;
  created_at: Date;
  demo: boolean;
  /** The contact e-mail when the initiators agreed to publish it (else null). */
  public_email: string | null;
  has_contact: boolean;
}

export interface RowFilter {
  id?: string;
  statuses?: readonly InitiativeStatus[];
  buurtCodes?: readonly string[];
  kind?: InitiativeKind;
  /** Only those published with consent. */
  publicOnly?: boolean;
}

/** The initiatives of a municipality matching `filter`, newest first. */
export async function initiativeRows(db: Db, gemeente: string, filter: RowFilter = {}): Promise<InitiativeRow[]> {
  let query = db
    .selectFrom('initiatives as i')
    .leftJoin('initiative_contacts as c', 'c.initiative_id', 'i.id')
    .select([
      'i.id',
      'i.kind',
      'i.title',
      'i.description',
      'i.buurt_code',
      'i.lat',
      'i.lon',
      'i.people_estimate',
      'i.support_asked',
      'i.support_note',
      'i.status',
      'i.publish',
      'i.publish_contact_email',
      'i.published',
      'i.reviewer_id',
      'i.mission_ids',
      dateText('i.next_check_in').as('next_check_in'),
      'i.created_at',
      'i.demo',
      sql<string | null>`CASE WHEN i.publish_contact_email THEN c.email END`.as('public_email'),
      sql<boolean>`c.initiative_id IS NOT NULL`.as('has_contact'),
    ])
    .where('i.gemeente_code', '=', gemeente);
  if (filter.id) query = query.where('i.id', '=', filter.id);
  if (filter.statuses) query = query.where('i.status', 'in', [...filter.statuses]);
  if (filter.buurtCodes) query = query.where('i.buurt_code', 'in', filter.buurtCodes.length ? [...filter.buurtCodes] : ['-']);
  if (filter.kind) query = query.where('i.kind', '=', filter.kind);
  if (filter.publicOnly) query = query.where('i.publish', '=', true).where('i.published', '=', true);
  const rows = await query.orderBy('i.created_at', 'desc').orderBy('i.id').execute();
  return rows.map((r) => ({ ...r, has_contact: Boolean(r.has_contact), created_at: new Date(r.created_at) }));
}

export interface NewInitiative {
  id: string;
  gemeente: string;
  kind: InitiativeKind;
  title: string;
  description: string;
  buurtCode: string;
  point: { lat: number; lon: number } | null;
  peopleEstimate: number | null;
  supportAsked: string[];
  supportNote: string | null;
  publish: boolean;
  publishContactEmail: boolean;
  contact: { name: string; email: string; phone: string | null };
  demo?: boolean;
  createdAt?: Date;
}

/** Stores an initiative, its contact details and the first history entry in one transaction. */
export async function insertInitiative(db: Db, i: NewInitiative, historyId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('initiatives')
      .values({
        id: i.id,
        gemeente_code: i.gemeente,
        kind: i.kind,
        title: i.title,
        description: i.description,
        buurt_code: i.buurtCode,
        lat: i.point?.lat ?? null,
        lon: i.point?.lon ?? null,
        people_estimate: i.peopleEstimate,
        support_asked: i.supportAsked,
        support_note: i.supportNote,
        publish: i.publish,
        publish_contact_email: i.publishContactEmail,
        reviewer_id: null,
        demo: i.demo ?? false,
        ...(i.createdAt ? { created_at: i.createdAt, updated_at: i.createdAt } : {}),
      })
      .execute();
    await trx
      .insertInto('initiative_contacts')
      .values({ initiative_id: i.id, ...i.contact })
      .execute();
    await trx
      .insertInto('initiative_history')
      .values({
        id: historyId,
        initiative_id: i.id,
        actor: 'resident',
        event: 'registered',
        to_status: 'new',
        from_status: null,
        note: null,
      })
      .execute();
  });
}

export type InitiativeUpdate = Partial<{
  status: InitiativeStatus;
  published: boolean;
  reviewer_id: string | null;
  mission_ids: string[];
  next_check_in: string | null;
  ended_at: Date | null;
}>;

export async function updateInitiative(db: Db, id: string, change: InitiativeUpdate, now: Date): Promise<void> {
  await db
    .updateTable('initiatives')
    .set({ ...change, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export interface HistoryInsert {
  id: string;
  initiativeId: string;
  actor: string;
  event: 'status' | 'check-in' | 'support' | 'review';
  fromStatus?: string | null;
  toStatus?: string | null;
  note?: string | null;
}

export async function insertHistory(db: Db, h: HistoryInsert): Promise<void> {
  await db
    .insertInto('initiative_history')
    .values({
      id: h.id,
      initiative_id: h.initiativeId,
      actor: h.actor,
      event: h.event,
      from_status: h.fromStatus ?? null,
      to_status: h.toStatus ?? null,
      note: h.note ?? null,
    })
    .execute();
}

export async function historyRows(db: Db, initiativeId: string) {
  return db
    .selectFrom('initiative_history')
    .select(['at', 'actor', 'event', 'from_status', 'to_status', 'note'])
    .where('initiative_id', '=', initiativeId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

export interface SupportRow {
  id: string;
  kind: SupportKind;
  amount_euro: string | number | null;
  description: string;
  given_on: string | null;
  until: string | null;
}

export async function supportRows(db: Db, initiativeId: string): Promise<SupportRow[]> {
  return db
    .selectFrom('initiative_support')
    .select(['id', 'kind', 'amount_euro', 'description', dateText('given_on').as('given_on'), dateText('until').as('until')])
    .where('initiative_id', '=', initiativeId)
    .orderBy('given_on')
    .orderBy('created_at')
    .execute();
}

export async function insertSupport(
  db: Db,
  s: {
    id: string;
    initiativeId: string;
    kind: SupportKind;
    amountEuro: number | null;
    description: string;
    givenOn: string;
    until: string | null;
  },
): Promise<void> {
  await db
    .insertInto('initiative_support')
    .values({
      id: s.id,
      initiative_id: s.initiativeId,
      kind: s.kind,
      amount_euro: s.amountEuro,
      description: s.description,
      given_on: s.givenOn,
      until: s.until,
    })
    .execute();
}

export async function contactOf(db: Db, initiativeId: string) {
  return db
    .selectFrom('initiative_contacts')
    .select(['name', 'email', 'phone'])
    .where('initiative_id', '=', initiativeId)
    .executeTakeFirst();
}
