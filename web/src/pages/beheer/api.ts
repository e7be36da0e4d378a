/** The users API calls of the Beheer page, one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type { CreatedUser, InviteBody, InviteReply, NewUser, ResetPasswordReply, Role, UserView } from './types.ts';

const USERS = '/api/v1/users';

export function listUsers(client: ApiClient = api): Promise<UserView[]> {
  return client.request<{ users: UserView[] }>(USERS).then((r) => r.users);
}

export function inviteUser(body: NewUser, csrfToken: string | null, client: ApiClient = api): Promise<CreatedUser> {
  return client.request<CreatedUser>(USERS, { method: 'POST', body, csrfToken });
}

export function changeRole(id: string, role: Role, csrfToken: string | null, client: ApiClient = api): Promise<UserView> {
  return client.request<UserView>(`${USERS}/${encodeURIComponent(id)}`, { method: 'PATCH', body: { role }, csrfToken });
}

export function disableUser(id: string, csrfToken: string | null, client: ApiClient = api): Promise<UserView> {
  return client.request<UserView>(`${USERS}/${encodeURIComponent(id)}/disable`, { method: 'POST', csrfToken });
}

export function resetPassword(id: string, csrfToken: string | null, client: ApiClient = api): Promise<ResetPasswordReply> {
  return client.request<ResetPasswordReply>(`${USERS}/${encodeURIComponent(id)}/password-reset`, { method: 'POST', csrfToken });
}

/** Creates the account and mails it an invitation link (the reply carries the link only without SMTP). */
export function inviteByLink(body: InviteBody, csrfToken: string | null, client: ApiClient = api): Promise<InviteReply> {
  return client.request<InviteReply>(`${USERS}/invitations`, { method: 'POST', body, csrfToken });
}

export function resendInvitation(id: string, csrfToken: string | null, client: ApiClient = api): Promise<InviteReply> {
  return client.request<InviteReply>(`${USERS}/${encodeURIComponent(id)}/invitation`, { method: 'POST', csrfToken });
}

export function withdrawInvitation(id: string, csrfToken: string | null, client: ApiClient = api): Promise<UserView> {
  return client.request<UserView>(`${USERS}/${encodeURIComponent(id)}/invitation`, { method: 'DELETE', csrfToken });
}
