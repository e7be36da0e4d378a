/** The case API calls of the web app, one function each, typed from the generated OpenAPI types. */
import { type ApiClient, api } from '../../api/client.ts';
import type { Body, Query, Reply } from '../../api/types.ts';

const V1 = '/api/v1';
type Csrf = string | null;
const c1 = (id: string) => `${V1}/cases/${encodeURIComponent(id)}`;

export type CaseSummary = Reply<'/api/v1/cases'>['cases'][number];
export type CaseView = Reply<'/api/v1/cases/{id}'>;
export type CaseListQuery = Query<'/api/v1/cases'>;
export type NewCaseBody = Body<'/api/v1/cases'>;
export type CaseChange = Body<'/api/v1/cases/{id}', 'patch'>;
export type TransitionBody = Body<'/api/v1/cases/{id}/transitions'>;
export type LinkBody = Body<'/api/v1/cases/{id}/links'>;
export type HouseholdBody = Body<'/api/v1/cases/{id}/household'>;
export type Criterion = Reply<'/api/v1/case-criteria'>['criteria'][number];
export type AssignableUser = Reply<'/api/v1/cases/assignable-users'>['users'][number];
export type Covenant = Reply<'/api/v1/cases/covenants'>['covenants'][number];
export type TimelineEvent = Reply<'/api/v1/cases/{id}/timeline'>['events'][number];

/** The query string of the list: only the filters that are set. */
export function listQueryString(q: CaseListQuery): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const listCases = async (q: CaseListQuery, c: ApiClient = api) =>
  (await c.request<Reply<'/api/v1/cases'>>(`${V1}/cases${listQueryString(q)}`)).cases;
export const getCase = (id: string, c: ApiClient = api) => c.request<CaseView>(c1(id));
export const revealBsn = async (id: string, c: ApiClient = api) => (await c.request<Reply<'/api/v1/cases/{id}/bsn'>>(`${c1(id)}/bsn`)).bsn;
export const getTimeline = async (id: string, c: ApiClient = api) =>
  (await c.request<Reply<'/api/v1/cases/{id}/timeline'>>(`${c1(id)}/timeline`)).events;
export const createCase = (body: NewCaseBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<CaseView>(`${V1}/cases`, { method: 'POST', body, csrfToken: csrf });
export const changeCase = (id: string, body: CaseChange, csrf: Csrf, c: ApiClient = api) =>
  c.request<CaseView>(c1(id), { method: 'PATCH', body, csrfToken: csrf });
export const changeStatus = (id: string, body: TransitionBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<CaseView>(`${c1(id)}/transitions`, { method: 'POST', body, csrfToken: csrf });
export const addMember = (id: string, userId: string, csrf: Csrf, c: ApiClient = api) =>
  c.request(`${c1(id)}/members`, { method: 'POST', body: { userId }, csrfToken: csrf });
export const removeMember = (id: string, userId: string, csrf: Csrf, c: ApiClient = api) =>
  c.request(`${c1(id)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE', csrfToken: csrf });
export const addHousehold = (id: string, body: HouseholdBody, csrf: Csrf, c: ApiClient = api) =>
  c.request(`${c1(id)}/household`, { method: 'POST', body, csrfToken: csrf });
export const removeHousehold = (id: string, itemId: string, csrf: Csrf, c: ApiClient = api) =>
  c.request(`${c1(id)}/household/${encodeURIComponent(itemId)}`, { method: 'DELETE', csrfToken: csrf });
export const addLink = (id: string, body: LinkBody, csrf: Csrf, c: ApiClient = api) =>
  c.request(`${c1(id)}/links`, { method: 'POST', body, csrfToken: csrf });
export const removeLink = (id: string, itemId: string, csrf: Csrf, c: ApiClient = api) =>
  c.request(`${c1(id)}/links/${encodeURIComponent(itemId)}`, { method: 'DELETE', csrfToken: csrf });

export const getCriteria = async (c: ApiClient = api) => (await c.request<Reply<'/api/v1/case-criteria'>>(`${V1}/case-criteria`)).criteria;
export const getAssignableUsers = async (c: ApiClient = api) =>
  (await c.request<Reply<'/api/v1/cases/assignable-users'>>(`${V1}/cases/assignable-users`)).users;
export const getCovenants = async (c: ApiClient = api) =>
  (await c.request<Reply<'/api/v1/cases/covenants'>>(`${V1}/cases/covenants`)).covenants;
/** Active partners to choose the organisations involved from (names only). */
export const getPartnerChoices = async (c: ApiClient = api) =>
  (await c.request<Reply<'/api/v1/partners'>>(`${V1}/partners`)).partners.filter((p) => p.active).map((p) => ({ id: p.id, name: p.name }));
/** Youth groups to link (names only); empty for those who may not read the register. */
export const getYouthGroupChoices = async (c: ApiClient = api) => {
  try {
    return (await c.request<Reply<'/api/v1/youth-groups'>>(`${V1}/youth-groups`)).groups.map((g) => ({ id: g.id, name: g.name }));
  } catch {
    return [];
  }
};
