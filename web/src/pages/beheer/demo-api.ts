/** The demo-content calls of the Beheer page, one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Reply } from '../../api/types.ts';

export type DemoStatus = Reply<'/api/v1/demo'>;
export type DemoRemoveReply = Reply<'/api/v1/demo/remove', 'post'>;
export type DemoLoadReply = Reply<'/api/v1/demo/load', 'post'>;

const DEMO = '/api/v1/demo';

export function demoStatus(client: ApiClient = api): Promise<DemoStatus> {
  return client.request<DemoStatus>(DEMO);
}

export function loadDemo(csrfToken: string | null, client: ApiClient = api): Promise<DemoLoadReply> {
  return client.request<DemoLoadReply>(`${DEMO}/load`, { method: 'POST', csrfToken });
}

export function removeDemo(csrfToken: string | null, client: ApiClient = api): Promise<DemoRemoveReply> {
  return client.request<DemoRemoveReply>(`${DEMO}/remove`, { method: 'POST', csrfToken });
}
