/** zod schemas of case meetings (casusoverleg): agenda, attendees per organisation, notes, decisions, actions. */
import { z } from 'zod';
import { MEETING_STATUSES } from '../tables.ts';

const isoDate = z.iso.date('must be a date (YYYY-MM-DD)');
const ref = z.object({ id: z.string(), name: z.string() });
const NO_CASE_CONTENT = 'The general minutes are read by every attendee: no names, no case content (use the notes per agenda item).';

export const meetingParams = z.object({ id: z.uuid('must be a meeting id (UUID)') });
export const itemParams = meetingParams.extend({ caseId: z.uuid('must be a case id (UUID)') });
export const actionParams = meetingParams.extend({ actionId: z.uuid('must be an action id (UUID)') });

const attendee = z.object({
  userId: z.uuid('must be a user id (UUID)'),
  partnerId: z
    .uuid('must be a partner id (UUID)')
    .nullable()
    .optional()
    .describe('The organisation the attendee acts for; null = the municipality'),
});
const uniqueBy =
  <T>(key: (x: T) => string) =>
  (list: T[]) =>
    new Set(list.map(key)).size === list.length;

export const meetingBody = z.object({
  title: z.string().trim().min(2).max(200).describe(NO_CASE_CONTENT),
  startsAt: z.iso.datetime({ offset: true }).describe('Date and time of the meeting'),
  location: z.string().trim().max(200).nullable().optional(),
  attendees: z
    .array(attendee)
    .min(1)
    .max(60)
    .refine(
      uniqueBy((a: { userId: string }) => a.userId),
      'each attendee at most once',
    ),
  agenda: z
    .array(z.uuid('must be a case id (UUID)'))
    .min(1)
    .max(40)
    .refine(
      uniqueBy((c: string) => c),
      'each case at most once',
    )
    .describe('Case ids; the creator must have access to each'),
});
export type MeetingInput = z.infer<typeof meetingBody>;

export const meetingChangeBody = z.object({
  title: z.string().trim().min(2).max(200).optional(),
  startsAt: z.iso.datetime({ offset: true }).optional(),
  location: z.string().trim().max(200).nullable().optional(),
  status: z.enum(MEETING_STATUSES).optional(),
  generalMinutes: z.string().trim().max(8000).nullable().optional().describe(NO_CASE_CONTENT),
});
export type MeetingChange = z.infer<typeof meetingChangeBody>;

export const itemNotesBody = z.object({
  notes: z.string().trim().max(8000).nullable().describe('The minutes of this case; read only by those with a role in it'),
});

export const decisionBody = z.object({
  text: z.string().trim().min(2).max(2000),
  actions: z
    .array(
      z.object({
        text: z.string().trim().min(2).max(1000),
        ownerUserId: z.uuid('must be a user id (UUID)'),
        deadline: isoDate.nullable().optional(),
      }),
    )
    .max(20)
    .default([])
    .describe('Agreed actions; each owner must be assigned to the case'),
});
export type DecisionInput = z.infer<typeof decisionBody>;

export const actionChangeBody = z.object({ done: z.boolean() });

export const actionView = z.object({
  id: z.string(),
  text: z.string().nullable(),
  owner: ref.nullable(),
  deadline: z.string().nullable(),
  doneAt: z.string().nullable(),
});
export type ActionView = z.infer<typeof actionView>;
export const decisionView = z.object({
  id: z.string(),
  text: z.string().nullable(),
  createdAt: z.string(),
  actions: z.array(actionView),
});
export type DecisionView = z.infer<typeof decisionView>;

const shownItem = z.object({
  position: z.number(),
  visible: z.literal(true),
  caseId: z.string(),
  reference: z.string(),
  personName: z.string().nullable(),
  notes: z.string().nullable(),
  decisions: z.array(decisionView),
  members: z.array(ref).describe('Who is assigned to the case: the possible owners of an action'),
  mayEdit: z.boolean(),
});
const hiddenItem = z.object({
  position: z.number(),
  visible: z.literal(false).describe('A case on the agenda you have no role in: no reference, no name'),
});
export const agendaItem = z.discriminatedUnion('visible', [shownItem, hiddenItem]);
export type AgendaItem = z.infer<typeof agendaItem>;

export const meetingSummary = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: z.string(),
  location: z.string().nullable(),
  status: z.enum(MEETING_STATUSES),
  items: z.number().describe('Cases on the agenda'),
  myItems: z.number().describe('Of those, the cases you have a role in'),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

export const meetingView = meetingSummary.extend({
  generalMinutes: z.string().nullable(),
  attendees: z.array(ref.extend({ partner: ref.nullable().describe('null = the municipality') })),
  agenda: z.array(agendaItem),
  mayChange: z.boolean().describe('The creator and the attendees may change the meeting and its general minutes'),
});
export type MeetingView = z.infer<typeof meetingView>;

export const attendeeChoices = z.object({
  people: z.array(ref.extend({ partnerId: z.string().nullable() })).describe('People assigned to the cases you have a role in'),
  partners: z.array(ref),
  cases: z
    .array(z.object({ id: z.string(), reference: z.string() }))
    .describe('Cases you are assigned to, to put on the agenda (reference only)'),
});
export type AttendeeChoices = z.infer<typeof attendeeChoices>;
