/** The partner pages' API calls (partners, contact persons, agreements), one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Body, Query, Reply } from '../../api/types.ts';

export type Partner = Reply<'/api/v1/partners'>['partners'][number];
export { PARTNER_KINDS, type PartnerKind } from '../../api/types.ts';
export type PartnerDetail = Reply<'/api/v1/partners/{id}'>;
export type Contact = NonNullable<PartnerDetail['contacts']>[number];
export type Agreement = PartnerDetail['agreements'][number];
export type AgreementKind = Agreement['kind'];
export type PartnerFilter = NonNullable<Query<'/api/v1/partners'>>;
export type NewPartner = Body<'/api/v1/partners'>;
export type PartnerChange = Body<'/api/v1/partners/{id}', 'patch'>;
export type NewContact = Body<'/api/v1/partners/{id}/contacts'>;
export type ContactChange = Body<'/api/v1/partners/{id}/contacts/{contactId}', 'patch'>;
export type NewAgreement = Body<'/api/v1/partners/{id}/agreements'>;
export type AgreementChange = Body<'/api/v1/partners/{id}/agreements/{agreementId}', 'patch'>;

type Csrf = string | null;
const PARTNERS = '/api/v1/partners';
const one = (id: string) => `${PARTNERS}/${encodeURIComponent(id)}`;

export function listPartners(filter: PartnerFilter, c: ApiClient = api): Promise<Partner[]> {
  const q = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])));
  const query = q.toString();
  return c.request<Reply<'/api/v1/partners'>>(query ? `${PARTNERS}?${query}` : PARTNERS).then((r) => r.partners);
}
export const getPartner = (id: string, c: ApiClient = api) => c.request<PartnerDetail>(one(id));
export const createPartner = (body: NewPartner, csrfToken: Csrf, c: ApiClient = api) =>
  c.request<Partner>(PARTNERS, { method: 'POST', body, csrfToken });
export const changePartner = (id: string, body: PartnerChange, csrfToken: Csrf, c: ApiClient = api) =>
  c.request<Partner>(one(id), { method: 'PATCH', body, csrfToken });

export const addContact = (id: string, body: NewContact, csrfToken: Csrf, c: ApiClient = api) =>
  c.request<Contact>(`${one(id)}/contacts`, { method: 'POST', body, csrfToken });
export const changeContact = (id: string, contactId: string, body: ContactChange, csrfToken: Csrf, c: ApiClient = api) =>
  c.request<Contact>(`${one(id)}/contacts/${encodeURIComponent(contactId)}`, { method: 'PATCH', body, csrfToken });
export const removeContact = (id: string, contactId: string, csrfToken: Csrf, c: ApiClient = api) =>
  c.request<void>(`${one(id)}/contacts/${encodeURIComponent(contactId)}`, { method: 'DELETE', csrfToken });

export const addAgreement = (id: string, body: NewAgreement, csrfToken: Csrf, c: ApiClient = api) =>
  c.request<Agreement>(`${one(id)}/agreements`, { method: 'POST', body, csrfToken });
export const changeAgreement = (id: string, agreementId: string, body: AgreementChange, csrfToken: Csrf, c: ApiClient = api) =>
  c.request<Agreement>(`${one(id)}/agreements/${encodeURIComponent(agreementId)}`, { method: 'PATCH', body, csrfToken });

export const AGREEMENT_KINDS = ['convenant', 'information-sharing', 'other'] as const satisfies readonly AgreementKind[];
