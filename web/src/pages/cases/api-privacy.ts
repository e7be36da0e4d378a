/** The privacy API calls of Casussen: the existence search, break-glass and the privacy officer's review. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Body, Query, Reply } from '../../api/types.ts';

const V1 = '/api/v1';
type Csrf = string | null;

export type SearchTerms = Body<'/api/v1/cases/search'>;
export type SearchAnswer = Reply<'/api/v1/cases/search', 'post'>;
export type SearchMatch = SearchAnswer['matches'][number];
export type BreakGlassOpened = Reply<'/api/v1/cases/{id}/break-glass', 'post'>;
export type Opening = Reply<'/api/v1/case-break-glass'>['openings'][number];
export type OpeningsQuery = Query<'/api/v1/case-break-glass'>;
export type Verdict = Body<'/api/v1/case-break-glass/{id}/review'>['verdict'];
export type CaseLogPage = Reply<'/api/v1/cases/processing-log'>;
export type CaseLogRecord = CaseLogPage['records'][number];

/** POST, so no name, date of birth or BSN ever appears in a URL or a server's access log. */
export const searchCases = (terms: SearchTerms, csrf: Csrf, c: ApiClient = api) =>
  c.request<SearchAnswer>(`${V1}/cases/search`, { method: 'POST', body: terms, csrfToken: csrf });

export const breakGlass = (caseId: string, reason: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<BreakGlassOpened>(`${V1}/cases/${encodeURIComponent(caseId)}/break-glass`, {
    method: 'POST',
    body: { reason },
    csrfToken: csrf,
  });

const queryString = (q: Record<string, string | number | undefined>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
};

export const listOpenings = async (q: OpeningsQuery, c: ApiClient = api): Promise<Opening[]> =>
  (await c.request<Reply<'/api/v1/case-break-glass'>>(`${V1}/case-break-glass${queryString(q)}`)).openings;

export const reviewOpening = (id: string, body: { verdict: Verdict; note?: string }, csrf: Csrf, c: ApiClient = api) =>
  c.request<Opening>(`${V1}/case-break-glass/${encodeURIComponent(id)}/review`, { method: 'POST', body, csrfToken: csrf });

export const casesLog = (q: { before?: number | undefined; limit?: number }, c: ApiClient = api) =>
  c.request<CaseLogPage>(`${V1}/cases/processing-log${queryString({ before: q.before, limit: q.limit ?? 50 })}`);
