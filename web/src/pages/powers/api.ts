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

/** Wijken and buurten of the newest indeling, for the area choice and names. */
export const getAreaChoices = async (c: ApiClient = api) => {
  const [wijken, buurten] = await Promise.all([
    c.request<Reply<'/api/v1/areas'>>(`${V1}/areas?level=wijk`),
    c.request<Reply<'/api/v1/areas'>>(`${V1}/areas?level=buurt`),
  ]);
  const name = (f: (typeof wijken.features)[number]) => ({
    code: f.properties.code,
    name: f.properties.name,
    parent: f.properties.parentCode,
  });
  return { wijken: wijken.features.map(name), buurten: buurten.features.map(name) };
};
export type AreaChoices = Awaited<ReturnType<typeof getAreaChoices>>;

/** The name of an area code, or the code itself while the names load. */
export function areaName(areas: AreaChoices | null, code: string): string {
  return areas?.buurten.find((b) => b.code === code)?.name ?? areas?.wijken.find((w) => w.code === code)?.name ?? code;
}
