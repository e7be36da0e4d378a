/** The initiatives API calls of the web app, one function each (types from the generated OpenAPI types). */
import { type ApiClient, api } from '../../api/client.ts';
import type { Body, Query, Reply } from '../../api/types.ts';

const V1 = '/api/v1';
type Csrf = string | null;
const one = (id: string) => `${V1}/initiatives/${encodeURIComponent(id)}`;

export type RegisterBody = Body<'/api/v1/initiatives'>;
export type RegisterReply = Reply<'/api/v1/initiatives', 'post'>;
export type InitiativeList = Reply<'/api/v1/initiatives'>;
export type Initiative = InitiativeList['initiatives'][number];
export type InitiativeDetail = Reply<'/api/v1/initiatives/{id}'>;
export type InitiativeChange = Body<'/api/v1/initiatives/{id}', 'patch'>;
export type SupportBody = Body<'/api/v1/initiatives/{id}/support'>;
export type Contact = Reply<'/api/v1/initiatives/{id}/contact'>;
export type ListFilter = NonNullable<Query<'/api/v1/initiatives'>>;
export type InitiativeStatus = Initiative['status'];
export type InitiativeKind = Initiative['kind'];

export const registerInitiative = (body: RegisterBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<RegisterReply>(`${V1}/initiatives`, { method: 'POST', body, csrfToken: csrf });

export function listInitiatives(filter: ListFilter = {}, c: ApiClient = api) {
  const q = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
  const query = q.toString();
  return c.request<InitiativeList>(`${V1}/initiatives${query ? `?${query}` : ''}`);
}

export const getInitiative = (id: string, c: ApiClient = api) => c.request<InitiativeDetail>(one(id));

export const changeInitiative = (id: string, body: InitiativeChange, csrf: Csrf, c: ApiClient = api) =>
  c.request<InitiativeDetail>(one(id), { method: 'PATCH', body, csrfToken: csrf });

export const addSupport = (id: string, body: SupportBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<InitiativeDetail>(`${one(id)}/support`, { method: 'POST', body, csrfToken: csrf });

export const checkInDone = (id: string, note: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<InitiativeDetail>(`${one(id)}/check-in`, { method: 'POST', body: note ? { note } : {}, csrfToken: csrf });

export const readContact = (id: string, c: ApiClient = api) => c.request<Contact>(`${one(id)}/contact`);
