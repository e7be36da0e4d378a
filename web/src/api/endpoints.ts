/** The API calls the web app makes, one function each. */
import { api, type ApiClient } from './client.ts';
import type { AreaCollection, AreaLevel, Instance, Session, Vintage } from './types.ts';

const V1 = '/api/v1';

export function getInstance(client: ApiClient = api): Promise<Instance> {
  return client.request<Instance>(`${V1}/instance`);
}

export function getSession(client: ApiClient = api): Promise<Session> {
  return client.request<Session>(`${V1}/session`);
}

export function logIn(email: string, password: string, client: ApiClient = api): Promise<Session> {
  return client.request<Session>(`${V1}/session`, { method: 'POST', body: { email, password } });
}

/** Changes the logged-in user's password; the reply is the session with its permissions. */
export function changePassword(
  currentPassword: string,
  newPassword: string,
  csrfToken: string | null,
  client: ApiClient = api,
): Promise<Session> {
  return client.request<Session>(`${V1}/session/password`, { method: 'POST', body: { currentPassword, newPassword }, csrfToken });
}

export function logOut(csrfToken: string | null, client: ApiClient = api): Promise<void> {
  return client.request<void>(`${V1}/session`, { method: 'DELETE', csrfToken });
}

export function getVintages(client: ApiClient = api): Promise<Vintage[]> {
  return client.request<Vintage[]>(`${V1}/areas/vintages`);
}

export function getAreas(level: AreaLevel, year: number, client: ApiClient = api): Promise<AreaCollection> {
  const query = new URLSearchParams({ level, year: String(year) });
  return client.request<AreaCollection>(`${V1}/areas?${query.toString()}`);
}

/** Accepts an invitation: the token from the link's fragment and the new password; logs in. */
export function acceptInvitation(token: string, password: string, client: ApiClient = api): Promise<Session> {
  return client.request<Session>(`${V1}/session/invitation`, { method: 'POST', body: { token, password }, csrfToken: null });
}
