/** The partner-organisation calls of the Beheer page, one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Body, Reply } from '../../api/types.ts';

export type PartnerView = Reply<'/api/v1/partners'>['partners'][number];
export type PartnerKind = PartnerView['kind'];
export type NewPartner = Body<'/api/v1/partners'>;
export type PartnerChange = Body<'/api/v1/partners/{id}', 'patch'>;
export type PartnerAccount = Reply<'/api/v1/partners/{id}/accounts'>['accounts'][number];
export type NewPartnerAccount = Body<'/api/v1/partners/{id}/accounts'>;
export type InvitedPartnerAccount = Reply<'/api/v1/partners/{id}/accounts', 'post'>;

const PARTNERS = '/api/v1/partners';
const one = (id: string) => `${PARTNERS}/${encodeURIComponent(id)}`;

export function listPartners(client: ApiClient = api): Promise<PartnerView[]> {
  return client.request<{ partners: PartnerView[] }>(PARTNERS).then((r) => r.partners);
}

export function createPartner(body: NewPartner, csrfToken: string | null, client: ApiClient = api): Promise<PartnerView> {
  return client.request<PartnerView>(PARTNERS, { method: 'POST', body, csrfToken });
}

export function changePartner(id: string, body: PartnerChange, csrfToken: string | null, client: ApiClient = api): Promise<PartnerView> {
  return client.request<PartnerView>(one(id), { method: 'PATCH', body, csrfToken });
}

export function listPartnerAccounts(id: string, client: ApiClient = api): Promise<PartnerAccount[]> {
  return client.request<{ accounts: PartnerAccount[] }>(`${one(id)}/accounts`).then((r) => r.accounts);
}

export function invitePartnerAccount(
  id: string,
  body: NewPartnerAccount,
  csrfToken: string | null,
  client: ApiClient = api,
): Promise<InvitedPartnerAccount> {
  return client.request<InvitedPartnerAccount>(`${one(id)}/accounts`, { method: 'POST', body, csrfToken });
}

export function removePartnerAccount(id: string, userId: string, csrfToken: string | null, client: ApiClient = api): Promise<void> {
  return client.request<void>(`${one(id)}/accounts/${encodeURIComponent(userId)}`, { method: 'DELETE', csrfToken });
}

/** Area codes typed as a list separated by commas or spaces. Pure. */
export function parseAreaCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
}
