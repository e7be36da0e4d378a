/** The Open311 API-key and mail-outbox calls of the Beheer page, one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type { ApiKeyView, NewApiKey, NewApiKeyBody, OutboxOverview } from './types.ts';

const KEYS = '/api/v1/open311-api-keys';
const OUTBOX = '/api/v1/mail-outbox';

export function listApiKeys(client: ApiClient = api): Promise<ApiKeyView[]> {
  return client.request<{ keys: ApiKeyView[] }>(KEYS).then((r) => r.keys);
}

export function createApiKey(body: NewApiKeyBody, csrfToken: string | null, client: ApiClient = api): Promise<NewApiKey> {
  return client.request<NewApiKey>(KEYS, { method: 'POST', body, csrfToken });
}

export function revokeApiKey(id: string, csrfToken: string | null, client: ApiClient = api): Promise<void> {
  return client.request<void>(`${KEYS}/${encodeURIComponent(id)}`, { method: 'DELETE', csrfToken });
}

export function setApiKeyQuota(
  id: string,
  quotaPerHour: number | null,
  csrfToken: string | null,
  client: ApiClient = api,
): Promise<ApiKeyView> {
  return client.request<ApiKeyView>(`${KEYS}/${encodeURIComponent(id)}`, { method: 'PATCH', body: { quotaPerHour }, csrfToken });
}

export function outboxOverview(client: ApiClient = api): Promise<OutboxOverview> {
  return client.request<OutboxOverview>(OUTBOX);
}

/** Queues failed messages again: the given ids, or every failed message. */
export function retryMail(ids: number[] | undefined, csrfToken: string | null, client: ApiClient = api): Promise<{ retried: number }> {
  return client.request<{ retried: number }>(`${OUTBOX}/retry`, { method: 'POST', body: ids ? { ids } : {}, csrfToken });
}
