/** The case meeting API calls (casusoverleg), one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Body, Reply } from '../../api/types.ts';

type Csrf = string | null;
const V1 = '/api/v1';
const m = (id: string) => `${V1}/case-meetings/${encodeURIComponent(id)}`;

export type MeetingSummary = Reply<'/api/v1/case-meetings'>['meetings'][number];
export type Meeting = Reply<'/api/v1/case-meetings/{id}'>;
export type AgendaItem = Meeting['agenda'][number];
export type ShownItem = Extract<AgendaItem, { visible: true }>;
export type Decision = ShownItem['decisions'][number];
export type MeetingBody = Body<'/api/v1/case-meetings'>;
export type MeetingPatch = Body<'/api/v1/case-meetings/{id}', 'patch'>;
export type DecisionBody = Body<'/api/v1/case-meetings/{id}/items/{caseId}/decisions'>;
export type AttendeeChoices = Reply<'/api/v1/case-meetings/attendee-choices'>;

export const listMeetings = async (a: ApiClient = api) => (await a.request<Reply<'/api/v1/case-meetings'>>(`${V1}/case-meetings`)).meetings;
export const getMeeting = (id: string, a: ApiClient = api) => a.request<Meeting>(m(id));
export const getAttendeeChoices = (a: ApiClient = api) => a.request<AttendeeChoices>(`${V1}/case-meetings/attendee-choices`);
export const createMeeting = (body: MeetingBody, csrf: Csrf, a: ApiClient = api) =>
  a.request<Meeting>(`${V1}/case-meetings`, { method: 'POST', body, csrfToken: csrf });
export const changeMeeting = (id: string, body: MeetingPatch, csrf: Csrf, a: ApiClient = api) =>
  a.request<Meeting>(m(id), { method: 'PATCH', body, csrfToken: csrf });
export const saveItemNotes = (id: string, caseId: string, notes: string | null, csrf: Csrf, a: ApiClient = api) =>
  a.request<Meeting>(`${m(id)}/items/${encodeURIComponent(caseId)}/notes`, { method: 'PUT', body: { notes }, csrfToken: csrf });
export const addDecision = (id: string, caseId: string, body: DecisionBody, csrf: Csrf, a: ApiClient = api) =>
  a.request<Decision>(`${m(id)}/items/${encodeURIComponent(caseId)}/decisions`, { method: 'POST', body, csrfToken: csrf });
export const changeAction = (id: string, actionId: string, done: boolean, csrf: Csrf, a: ApiClient = api) =>
  a.request<Decision['actions'][number]>(`${m(id)}/actions/${encodeURIComponent(actionId)}`, {
    method: 'PATCH',
    body: { done },
    csrfToken: csrf,
  });
