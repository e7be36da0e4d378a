/** The perception (beleving) API calls of the web app, one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Reply } from '../../api/types.ts';
import type {
  ApproveBody,
  Discrepancies,
  PublicSafety,
  PulseAnswer,
  PulseReply,
  Questionnaire,
  SafetyProfile,
  Story,
  Trends,
} from './types.ts';

const V1 = '/api/v1';
type Csrf = string | null;
const enc = encodeURIComponent;
/** `?year=` when a year is chosen; without one the server picks the latest year with data (the reply says which). */
const yearQuery = (year: number | null, sep = '?') => (year === null ? '' : `${sep}year=${year}`);

// Residents (no account). A staff member's session cookie still needs the CSRF header.
export const getQuestionnaire = (buurt: string, c: ApiClient = api) => c.request<Questionnaire>(`${V1}/pulse/${enc(buurt)}`);
export const sendPulse = (buurt: string, body: PulseAnswer, csrf: Csrf, c: ApiClient = api) =>
  c.request<PulseReply>(`${V1}/pulse/${enc(buurt)}`, { method: 'POST', body, csrfToken: csrf });
export const qrImageUrl = (buurt: string) => `${V1}/pulse/${enc(buurt)}/qr`;
export const getPublicSafety = (code: string, year: number | null, c: ApiClient = api) =>
  c.request<PublicSafety>(`${V1}/public/areas/${enc(code)}/safety${yearQuery(year)}`);
/** The network of an area as the signed-in user may see it (for the staff profile's "Netwerk" part). */
export const getAreaNetwork = (code: string, c: ApiClient = api) =>
  c.request<Reply<'/api/v1/areas/{code}/network'>>(`${V1}/areas/${enc(code)}/network`);

// Staff.
export const getProfile = (code: string, year: number | null, c: ApiClient = api) =>
  c.request<SafetyProfile>(`${V1}/areas/${enc(code)}/safety-profile${yearQuery(year)}`);
export const getTrends = (code: string, from: number, to: number, c: ApiClient = api) =>
  c.request<Trends>(`${V1}/areas/${enc(code)}/perception-trends?from=${from}&to=${to}`);
export const getDiscrepancies = (level: 'buurt' | 'wijk', year: number | null, minGap: number, c: ApiClient = api) =>
  c.request<Discrepancies>(`${V1}/perception/discrepancies?level=${level}${yearQuery(year, '&')}&minGap=${minGap}`);
export const reportUrl = (wijk: string, year: number, format: 'html' | 'pdf') => `${V1}/areas/${enc(wijk)}/report.${format}?year=${year}`;

export const listStories = (status: Story['status'], c: ApiClient = api) =>
  c.request<Reply<'/api/v1/perception/stories'>>(`${V1}/perception/stories?status=${status}`);
export const approveStory = (id: string, body: ApproveBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<Reply<'/api/v1/perception/stories/{id}/approve', 'post'>>(`${V1}/perception/stories/${enc(id)}/approve`, {
    method: 'POST',
    body,
    csrfToken: csrf,
  });
export const rejectStory = (id: string, reason: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<Story>(`${V1}/perception/stories/${enc(id)}/reject`, { method: 'POST', body: { reason }, csrfToken: csrf });
export const tagStory = (id: string, themes: string[], csrf: Csrf, c: ApiClient = api) =>
  c.request<Story>(`${V1}/perception/stories/${enc(id)}/themes`, { method: 'PUT', body: { themes }, csrfToken: csrf });
export const listThemes = (c: ApiClient = api) => c.request<Reply<'/api/v1/perception/themes'>>(`${V1}/perception/themes`);
export const getIndicators = (c: ApiClient = api) => c.request<Reply<'/api/v1/perception/indicators'>>(`${V1}/perception/indicators`);
