/** SQL of case meetings: the meeting, its attendees, agenda items with notes, decisions and actions. */
import type { Db } from '../../../db/database.ts';
import { dateText } from '../../../db/date-text.ts';
import type { MeetingStatus } from '../tables.ts';

export interface MeetingRow {
  id: string;
  title: string;
  starts_at: Date | string;
  location: string | null;
  status: MeetingStatus;
  general_minutes: string | null;
  created_by: string | null;
}

export interface ItemRow {
  meeting_id: string;
  case_id: string;
  position: number;
  notes: string | null;
}

const MEETING_COLUMNS = ['id', 'title', 'starts_at', 'location', 'status', 'general_minutes', 'created_by'] as const;

export function findMeeting(db: Db, gemeente: string, id: string): Promise<MeetingRow | undefined> {
  return db
    .selectFrom('case_meetings')
    .select(MEETING_COLUMNS)
    .where('gemeente_code', '=', gemeente)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Meetings the user created, attends, or directs a case on the agenda of; newest first. */
export function meetingsOfUser(db: Db, gemeente: string, userId: string): Promise<MeetingRow[]> {
  return db
    .selectFrom('case_meetings as m')
    .select(MEETING_COLUMNS.map((c) => `m.${c}` as const))
    .where('m.gemeente_code', '=', gemeente)
    .where((eb) =>
      eb.or([
        eb('m.created_by', '=', userId),
        eb.exists(
          eb
            .selectFrom('case_meeting_attendees as a')
            .select('a.user_id')
            .whereRef('a.meeting_id', '=', 'm.id')
            .where('a.user_id', '=', userId),
        ),
        eb.exists(
          eb
            .selectFrom('case_meeting_items as i')
            .innerJoin('case_members as cm', 'cm.case_id', 'i.case_id')
            .select('i.case_id')
            .whereRef('i.meeting_id', '=', 'm.id')
            .where('cm.user_id', '=', userId)
            .where('cm.member_role', '=', 'director'),
        ),
      ]),
    )
    .orderBy('m.starts_at', 'desc')
    .limit(500)
    .execute();
}

export function itemRows(db: Db, meetingIds: readonly string[]): Promise<ItemRow[]> {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('case_meeting_items')
    .select(['meeting_id', 'case_id', 'position', 'notes'])
    .where('meeting_id', 'in', meetingIds)
    .orderBy('position')
    .execute();
}

export function attendeeRows(db: Db, meetingId: string): Promise<Array<{ user_id: string; partner_id: string | null }>> {
  return db.selectFrom('case_meeting_attendees').select(['user_id', 'partner_id']).where('meeting_id', '=', meetingId).execute();
}

/** The cases the user is assigned to (director or member), of a list. */
export async function assignedCaseIds(db: Db, userId: string, caseIds?: readonly string[]): Promise<Set<string>> {
  if (caseIds && caseIds.length === 0) return new Set();
  let q = db.selectFrom('case_members').select('case_id').where('user_id', '=', userId);
  if (caseIds) q = q.where('case_id', 'in', caseIds);
  return new Set((await q.execute()).map((r) => r.case_id));
}

export function casePersonRows(
  db: Db,
  caseIds: readonly string[],
): Promise<Array<{ id: string; reference: string; person_name: string | null }>> {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('cases').select(['id', 'reference', 'person_name']).where('id', 'in', caseIds).execute();
}

export function caseReferences(db: Db, caseIds: readonly string[]): Promise<Array<{ id: string; reference: string }>> {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cases')
    .select(['id', 'reference'])
    .where('id', 'in', caseIds)
    .where('anonymised_at', 'is', null)
    .orderBy('reference')
    .execute();
}

/** Everyone assigned to these cases, with the organisation they act for. */
export function membersOfCases(
  db: Db,
  caseIds: readonly string[],
): Promise<Array<{ case_id: string; user_id: string; partner_id: string | null }>> {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('case_members').select(['case_id', 'user_id', 'partner_id']).where('case_id', 'in', caseIds).execute();
}

export async function insertMeeting(
  db: Db,
  m: { id: string; gemeente_code: string; title: string; starts_at: string; location: string | null; created_by: string | null },
  attendees: Array<{ user_id: string; partner_id: string | null }>,
  agenda: readonly string[],
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.insertInto('case_meetings').values(m).execute();
    await tx
      .insertInto('case_meeting_attendees')
      .values(attendees.map((a) => ({ ...a, meeting_id: m.id })))
      .execute();
    await tx
      .insertInto('case_meeting_items')
      .values(agenda.map((case_id, position) => ({ meeting_id: m.id, case_id, position })))
      .execute();
  });
}

export async function updateMeeting(
  db: Db,
  id: string,
  values: Partial<Pick<MeetingRow, 'title' | 'location' | 'status' | 'general_minutes'> & { starts_at: string }>,
): Promise<void> {
  await db
    .updateTable('case_meetings')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function updateItemNotes(db: Db, meetingId: string, caseId: string, notes: string | null): Promise<void> {
  await db.updateTable('case_meeting_items').set({ notes }).where('meeting_id', '=', meetingId).where('case_id', '=', caseId).execute();
}

export async function insertDecision(
  db: Db,
  d: { id: string; meeting_id: string; case_id: string; text: string; created_by: string | null },
  actions: Array<{ id: string; text: string; owner_user_id: string; deadline: string | null }>,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx.insertInto('case_meeting_decisions').values(d).execute();
    if (actions.length === 0) return;
    await tx
      .insertInto('case_meeting_actions')
      .values(actions.map((a) => ({ ...a, decision_id: d.id, meeting_id: d.meeting_id, case_id: d.case_id })))
      .execute();
  });
}

export function decisionRows(
  db: Db,
  meetingId: string,
  caseIds: readonly string[],
): Promise<Array<{ id: string; case_id: string; text: string | null; created_at: Date }>> {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('case_meeting_decisions')
    .select(['id', 'case_id', 'text', 'created_at'])
    .where('meeting_id', '=', meetingId)
    .where('case_id', 'in', caseIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export interface ActionRow {
  id: string;
  decision_id: string;
  case_id: string;
  text: string | null;
  owner_user_id: string | null;
  deadline: string | null;
  done_at: Date | null;
}

export function actionRows(db: Db, meetingId: string, filter: { caseIds?: readonly string[]; id?: string }): Promise<ActionRow[]> {
  if (filter.caseIds && filter.caseIds.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('case_meeting_actions')
    .select(['id', 'decision_id', 'case_id', 'text', 'owner_user_id', dateText('deadline').as('deadline'), 'done_at'])
    .where('meeting_id', '=', meetingId);
  if (filter.caseIds) q = q.where('case_id', 'in', filter.caseIds);
  if (filter.id) q = q.where('id', '=', filter.id);
  return q.orderBy('created_at').orderBy('id').execute();
}

export async function setActionDone(db: Db, id: string, doneAt: Date | null): Promise<void> {
  await db.updateTable('case_meeting_actions').set({ done_at: doneAt }).where('id', '=', id).execute();
}
