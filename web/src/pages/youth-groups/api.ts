/** The youth groups API calls of the web app, one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Reply } from '../../api/types.ts';
import type { Assessment, AssessmentBody, Counts, GroupBody, GroupPatch, GroupSummary, GroupView, Shortlist } from './types.ts';

const V1 = '/api/v1';
type Csrf = string | null;
const g = (id: string) => `${V1}/youth-groups/${encodeURIComponent(id)}`;

export const listGroups = async (area: string | null, c: ApiClient = api): Promise<GroupSummary[]> =>
  (await c.request<Reply<'/api/v1/youth-groups'>>(`${V1}/youth-groups${area ? `?area=${encodeURIComponent(area)}` : ''}`)).groups;
export const getGroup = (id: string, c: ApiClient = api) => c.request<GroupView>(g(id));
export const getShortlist = (c: ApiClient = api) => c.request<Shortlist>(`${V1}/youth-groups/shortlist`);
export const getCounts = (id: string, c: ApiClient = api) => c.request<Counts>(`${g(id)}/counts`);
export const createGroup = (body: GroupBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<GroupView>(`${V1}/youth-groups`, { method: 'POST', body, csrfToken: csrf });
export const changeGroup = (id: string, body: GroupPatch, csrf: Csrf, c: ApiClient = api) =>
  c.request<GroupView>(g(id), { method: 'PATCH', body, csrfToken: csrf });
export const addAssessment = (id: string, body: AssessmentBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<Assessment>(`${g(id)}/assessments`, { method: 'POST', body, csrfToken: csrf });

/** Partners and missions to choose from in the approach (names only). */
export const getPartnerChoices = async (c: ApiClient = api) =>
  (await c.request<Reply<'/api/v1/partners'>>(`${V1}/partners`)).partners.filter((p) => p.active).map((p) => ({ id: p.id, name: p.name }));
export const getMissionChoices = async (c: ApiClient = api) => {
  const reply = await c.request<Reply<'/api/v1/missions'>>(`${V1}/missions`);
  return reply.missions.map((m) => ({ id: m.id, title: m.title }));
};
