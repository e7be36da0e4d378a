/** The register's API calls of the web app, one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Reply } from '../../api/types.ts';
import type {
  DeadlineRow,
  DecisionChange,
  DecisionListQuery,
  DecisionSummary,
  DecisionView,
  NewDecisionBody,
  PowerBase,
  TransitionBody,
} from './types.ts';

const V1 = '/api/v1';
type Csrf = string | null;
const d = (id: string) => `${V1}/decisions/${encodeURIComponent(id)}`;

/** The query string of the list: only the filters that are set. */
export function decisionsQueryString(q: DecisionListQuery): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export const listDecisions = async (q: DecisionListQuery, c: ApiClient = api): Promise<DecisionSummary[]> =>
  (await c.request<Reply<'/api/v1/decisions'>>(`${V1}/decisions${decisionsQueryString(q)}`)).decisions;
export const getDecision = (id: string, c: ApiClient = api) => c.request<DecisionView>(d(id));
export const createDecision = (body: NewDecisionBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<DecisionView>(`${V1}/decisions`, { method: 'POST', body, csrfToken: csrf });
export const changeDecision = (id: string, body: DecisionChange, csrf: Csrf, c: ApiClient = api) =>
  c.request<DecisionView>(d(id), { method: 'PATCH', body, csrfToken: csrf });
export const takeStep = (id: string, body: TransitionBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<DecisionView>(`${d(id)}/transitions`, { method: 'POST', body, csrfToken: csrf });
export const listDeadlines = async (within: string, c: ApiClient = api): Promise<DeadlineRow[]> =>
  (await c.request<Reply<'/api/v1/decisions/deadlines'>>(`${V1}/decisions/deadlines?within=${encodeURIComponent(within)}`)).deadlines;
export const listPowerBases = async (c: ApiClient = api): Promise<PowerBase[]> =>
  (await c.request<Reply<'/api/v1/power-bases'>>(`${V1}/power-bases`)).bases;

/** The caller's own PGA cases (reference only: no person data in the choice). */
export const getCaseChoices = async (c: ApiClient = api) =>
  (await c.request<Reply<'/api/v1/cases'>>(`${V1}/cases`)).cases.map((x) => ({ id: x.id, reference: x.reference }));
