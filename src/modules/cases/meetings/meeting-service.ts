/**
 * Case meetings (casusoverleg): an agenda of cases, attendees per organisation, notes, decisions and
 * agreed actions per agenda item. A meeting is seen by its creator, its attendees and the directors
 * of the cases on its agenda; each of them sees the content of an agenda item (reference, person,
 * notes, decisions) ONLY for a case they are assigned to — every item shown is logged with the
 * case's legal basis. Other items show as "a case on the agenda you have no role in".
 */
import { randomUUID } from 'node:crypto';
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { forbidden, invalidInput, notFound } from '../../../core/errors.ts';
import { roleAllows } from '../../../core/roles.ts';
import { recordProcessing } from '../../audit/index.ts';
import { partnerNames } from '../../network/index.ts';
import { accountSummaries } from '../../users/index.ts';
import { type CaseAccess, caseAccessOrNull, caseSubject, openCase } from '../access/case-access.ts';
import { presentActions, presentMeeting, presentSummary, type ShownCase } from './meeting-present.ts';
import type { DecisionInput, DecisionView, MeetingChange, MeetingInput, MeetingSummary, MeetingView } from './meeting-schema.ts';
import {
  actionRows,
  assignedCaseIds,
  attendeeRows,
  casePersonRows,
  decisionRows,
  findMeeting,
  insertDecision,
  insertMeeting,
  itemRows,
  type MeetingRow,
  meetingsOfUser,
  membersOfCases,
  setActionDone,
  updateItemNotes,
  updateMeeting,
} from './meeting-store.ts';

export interface MeetingEnv {
  gemeente: string;
}

const userIdOf = (ctx: ServiceContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);
const meetingNotFound = (id: string) => notFound('Case meeting', id);

export async function listMeetings(ctx: ServiceContext, env: MeetingEnv): Promise<MeetingSummary[]> {
  authorize(ctx, 'cases:participate');
  const userId = userIdOf(ctx);
  if (!userId) return [];
  const meetings = await meetingsOfUser(ctx.db, env.gemeente, userId);
  const items = await itemRows(
    ctx.db,
    meetings.map((m) => m.id),
  );
  const mine = await assignedCaseIds(
    ctx.db,
    userId,
    items.map((i) => i.case_id),
  );
  return meetings.map((m) =>
    presentSummary(
      m,
      items.filter((i) => i.meeting_id === m.id),
      mine,
    ),
  );
}

interface MeetingAccess {
  meeting: MeetingRow;
  items: Awaited<ReturnType<typeof itemRows>>;
  /** Creator or attendee: may change the meeting and its general minutes. */
  mayChange: boolean;
  /** The caller's access to each case on the agenda (asked once per request). */
  accessByCase: Map<string, CaseAccess | null>;
}

/** The meeting, when the caller created it, attends it, or directs a case on its agenda (the system: always); else 404. */
async function meetingFor(ctx: ServiceContext, env: MeetingEnv, id: string): Promise<MeetingAccess> {
  const system = ctx.actor.kind === 'system';
  const userId = userIdOf(ctx);
  const meeting = userId || system ? await findMeeting(ctx.db, env.gemeente, id) : undefined;
  if (!meeting) throw meetingNotFound(id);
  const [items, attendees] = await Promise.all([itemRows(ctx.db, [id]), attendeeRows(ctx.db, id)]);
  const mayChange = system || meeting.created_by === userId || attendees.some((a) => a.user_id === userId);
  const accesses = await Promise.all(items.map((i) => caseAccessOrNull(ctx, i.case_id)));
  if (!mayChange && !accesses.some((a) => a?.via === 'director')) throw meetingNotFound(id);
  return { meeting, items, mayChange, accessByCase: new Map(items.map((i, k) => [i.case_id, accesses[k] ?? null])) };
}

/** The agenda items the caller is assigned to, each logged as shown (cases.meetings, the case's legal basis). */
async function shownCases(ctx: ServiceContext, m: MeetingAccess): Promise<Map<string, ShownCase>> {
  const shown = new Map<string, ShownCase>();
  for (const item of m.items) {
    const access = m.accessByCase.get(item.case_id);
    if (access?.via !== 'director' && access?.via !== 'member') continue;
    await recordProcessing(ctx, {
      activity: 'cases.meetings',
      operation: 'read',
      subject: caseSubject(item.case_id),
      legalBasis: access.legalBasis,
      attributes: { case: access.reference, meeting: m.meeting.id, part: 'agenda-item' },
    });
    shown.set(item.case_id, { reference: access.reference, mayEdit: access.mayEdit, personName: null });
  }
  for (const p of await casePersonRows(ctx.db, [...shown.keys()])) shown.get(p.id)!.personName = p.person_name;
  return shown;
}

export async function getMeeting(ctx: ServiceContext, env: MeetingEnv, id: string): Promise<MeetingView> {
  authorize(ctx, 'cases:participate');
  const m = await meetingFor(ctx, env, id);
  const shown = await shownCases(ctx, m);
  const caseIds = [...shown.keys()];
  const [attendees, decisions, actions, members] = await Promise.all([
    attendeeRows(ctx.db, id),
    decisionRows(ctx.db, id, caseIds),
    actionRows(ctx.db, id, { caseIds }),
    membersOfCases(ctx.db, caseIds),
  ]);
  const userIds = [
    ...attendees.map((a) => a.user_id),
    ...members.map((m) => m.user_id),
    ...actions.map((a) => a.owner_user_id).filter((u): u is string => !!u),
  ];
  const [people, partners] = await Promise.all([
    accountSummaries(ctx.db, userIds),
    partnerNames(
      ctx.db,
      attendees.map((a) => a.partner_id).filter((p): p is string => !!p),
    ),
  ]);
  return presentMeeting({ ...m, shown, attendees, decisions, actions, members, people, partners });
}

/** Attendees must be active accounts that may take part in cases; their organisation must exist. */
async function checkAttendees(ctx: ServiceContext, attendees: MeetingInput['attendees']): Promise<void> {
  const people = await accountSummaries(
    ctx.db,
    attendees.map((a) => a.userId),
  );
  attendees.forEach((a, k) => {
    const p = people.get(a.userId);
    if (p?.status !== 'active' || !roleAllows(p.role, 'cases:participate'))
      throw invalidInput([{ name: `body.attendees.${k}.userId`, reason: 'geen actief account dat aan casussen deelneemt' }]);
  });
  const partnerIds = attendees.map((a) => a.partnerId).filter((p): p is string => !!p);
  const known = await partnerNames(ctx.db, partnerIds);
  const unknown = partnerIds.find((p) => !known.has(p));
  if (unknown) throw invalidInput([{ name: 'body.attendees.partnerId', reason: 'deze partner bestaat niet' }]);
}

export async function createMeeting(ctx: ServiceContext, env: MeetingEnv, input: MeetingInput): Promise<MeetingView> {
  authorize(ctx, 'cases:direct');
  for (const caseId of input.agenda)
    await openCase(ctx, caseId, { operation: 'update', activity: 'cases.meetings', attributes: { part: 'meeting-agenda' } });
  await checkAttendees(ctx, input.attendees);
  const id = randomUUID();
  await insertMeeting(
    ctx.db,
    {
      id,
      gemeente_code: env.gemeente,
      title: input.title,
      starts_at: input.startsAt,
      location: input.location ?? null,
      created_by: userIdOf(ctx),
    },
    input.attendees.map((a) => ({ user_id: a.userId, partner_id: a.partnerId ?? null })),
    input.agenda,
  );
  return getMeeting(ctx, env, id);
}

export async function changeMeeting(ctx: ServiceContext, env: MeetingEnv, id: string, input: MeetingChange): Promise<MeetingView> {
  authorize(ctx, 'cases:participate');
  const m = await meetingFor(ctx, env, id);
  if (!m.mayChange) throw forbidden('Alleen wie het overleg aanmaakte of eraan deelneemt, wijzigt het.');
  const values: Parameters<typeof updateMeeting>[2] = {};
  if (input.title !== undefined) values.title = input.title;
  if (input.startsAt !== undefined) values.starts_at = input.startsAt;
  if (input.location !== undefined) values.location = input.location;
  if (input.status !== undefined) values.status = input.status;
  if (input.generalMinutes !== undefined) values.general_minutes = input.generalMinutes || null;
  await updateMeeting(ctx.db, id, values);
  return getMeeting(ctx, env, id);
}

/** The agenda item of a case, opened for a write (edit access to the case; logged as cases.meetings). */
async function openItem(ctx: ServiceContext, env: MeetingEnv, meetingId: string, caseId: string, part: string) {
  const m = await meetingFor(ctx, env, meetingId);
  if (!m.items.some((i) => i.case_id === caseId)) throw notFound('Agenda item', caseId);
  await openCase(ctx, caseId, { operation: 'update', activity: 'cases.meetings', attributes: { part, meeting: meetingId } });
  return m;
}

export async function saveItemNotes(
  ctx: ServiceContext,
  env: MeetingEnv,
  meetingId: string,
  caseId: string,
  notes: string | null,
): Promise<MeetingView> {
  authorize(ctx, 'cases:participate');
  await openItem(ctx, env, meetingId, caseId, 'meeting-notes');
  await updateItemNotes(ctx.db, meetingId, caseId, notes || null);
  return getMeeting(ctx, env, meetingId);
}

export async function addDecision(
  ctx: ServiceContext,
  env: MeetingEnv,
  meetingId: string,
  caseId: string,
  input: DecisionInput,
): Promise<DecisionView> {
  authorize(ctx, 'cases:participate');
  await openItem(ctx, env, meetingId, caseId, 'meeting-decision');
  const assigned = new Set((await membersOfCases(ctx.db, [caseId])).map((m) => m.user_id));
  input.actions.forEach((a, k) => {
    if (!assigned.has(a.ownerUserId))
      throw invalidInput([{ name: `body.actions.${k}.ownerUserId`, reason: 'de eigenaar moet aan de casus zijn toegewezen' }]);
  });
  const id = randomUUID();
  const actions = input.actions.map((a) => ({
    id: randomUUID(),
    text: a.text,
    owner_user_id: a.ownerUserId,
    deadline: a.deadline ?? null,
  }));
  await insertDecision(ctx.db, { id, meeting_id: meetingId, case_id: caseId, text: input.text, created_by: userIdOf(ctx) }, actions);
  const [decision] = (await decisionRows(ctx.db, meetingId, [caseId])).filter((d) => d.id === id);
  const rows = (await actionRows(ctx.db, meetingId, { caseIds: [caseId] })).filter((a) => a.decision_id === id);
  const people = await accountSummaries(
    ctx.db,
    rows.map((a) => a.owner_user_id).filter((u): u is string => !!u),
  );
  return { id, text: decision!.text, createdAt: new Date(decision!.created_at).toISOString(), actions: presentActions(rows, people) };
}

export async function changeAction(ctx: ServiceContext, env: MeetingEnv, meetingId: string, actionId: string, done: boolean) {
  authorize(ctx, 'cases:participate');
  await meetingFor(ctx, env, meetingId);
  const [action] = await actionRows(ctx.db, meetingId, { id: actionId });
  if (!action) throw notFound('Action', actionId);
  await openCase(ctx, action.case_id, {
    operation: 'update',
    activity: 'cases.meetings',
    attributes: { part: 'meeting-action', meeting: meetingId },
  });
  await setActionDone(ctx.db, actionId, done ? (action.done_at ?? new Date()) : null);
  const [row] = await actionRows(ctx.db, meetingId, { id: actionId });
  const people = await accountSummaries(ctx.db, row!.owner_user_id ? [row!.owner_user_id] : []);
  return presentActions([row!], people)[0]!;
}
