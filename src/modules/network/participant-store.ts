/** Queries on mission participants (partners, residents' initiatives, groups); no authorisation here. */
import { dateText } from '../../db/date-text.ts';
import type { Db } from '../../db/database.ts';
import type { ParticipantKind } from './tables.ts';

export interface ParticipantRow {
  id: string;
  missionId: string;
  kind: ParticipantKind;
  partnerId: string | null;
  partnerKind: string | null;
  name: string;
  role: string | null;
  joinedOn: string | null;
}

/** The participants of these missions, in the order they joined. */
export async function participantRows(db: Db, missionIds: readonly string[]): Promise<ParticipantRow[]> {
  if (missionIds.length === 0) return [];
  const rows = await db
    .selectFrom('mission_participants as mp')
    .leftJoin('partners as p', 'p.id', 'mp.partner_id')
    .select([
      'mp.id',
      'mp.mission_id',
      'mp.kind',
      'mp.partner_id',
      'p.kind as partner_kind',
      'mp.name',
      'mp.role',
      dateText('mp.joined_on').as('joined_on'),
    ])
    .where('mp.mission_id', 'in', missionIds)
    .orderBy('mp.created_at')
    .orderBy('mp.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    missionId: r.mission_id,
    kind: r.kind,
    partnerId: r.partner_id,
    partnerKind: r.partner_kind,
    name: r.name,
    role: r.role,
    joinedOn: r.joined_on,
  }));
}

/** Whether the partner already takes part in the mission. */
export async function partnerTakesPart(db: Db, missionId: string, partnerId: string): Promise<boolean> {
  return Boolean(
    await db
      .selectFrom('mission_participants')
      .select('id')
      .where('mission_id', '=', missionId)
      .where('partner_id', '=', partnerId)
      .executeTakeFirst(),
  );
}

export async function insertParticipant(db: Db, p: Omit<ParticipantRow, 'partnerKind'>): Promise<void> {
  await db
    .insertInto('mission_participants')
    .values({ id: p.id, mission_id: p.missionId, kind: p.kind, partner_id: p.partnerId, name: p.name, role: p.role, joined_on: p.joinedOn })
    .execute();
}

/** Removes a participant of the mission; false when there was none with this id. */
export async function deleteParticipant(db: Db, missionId: string, participantId: string): Promise<boolean> {
  const r = await db
    .deleteFrom('mission_participants')
    .where('id', '=', participantId)
    .where('mission_id', '=', missionId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Ids of the missions in which any of these partners takes part. */
export async function missionIdsOfPartners(db: Db, partnerIds: readonly string[]): Promise<string[]> {
  if (partnerIds.length === 0) return [];
  const rows = await db.selectFrom('mission_participants').select('mission_id').distinct().where('partner_id', 'in', partnerIds).execute();
  return rows.map((r) => r.mission_id);
}

/** Number of participants per mission (0 for a mission without any). */
export async function participantCounts(db: Db, missionIds: readonly string[]): Promise<Map<string, number>> {
  const out = new Map(missionIds.map((id) => [id, 0]));
  if (missionIds.length === 0) return out;
  const rows = await db
    .selectFrom('mission_participants')
    .select(['mission_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('mission_id', 'in', missionIds)
    .groupBy('mission_id')
    .execute();
  for (const r of rows) out.set(r.mission_id, Number(r.n));
  return out;
}
