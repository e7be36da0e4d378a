/** The missions (opgaven) API calls of the web app, one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type {
  Alert, Candidate, CrimeType, Effect, Evidence, Goal, Indicator, LogEntry, Measure, MissionDetail, MissionStatus, Participant, Partner,
  Portfolio, PrioritisedMission, PublicMission, Rerun, Scope,
} from './types.ts';

const V1 = '/api/v1';
type Csrf = string | null;
const enc = encodeURIComponent;
const m = (id: string) => `${V1}/missions/${enc(id)}`;

export interface EvidenceInput { kind: string; title: string; query: Record<string, unknown>; note?: string }
export interface CreateMissionBody {
  title: string; problemStatement: string; scope: Scope; crimeTypes: string[]; ownerId?: string | null; priority: string;
  nextReview?: string | null; startDate?: string | null; impactScore?: number | null; impactRationale?: string | null;
  feasibilityScore?: number | null; feasibilityRationale?: string | null; evidence: EvidenceInput[]; origin?: Record<string, unknown>;
}
export interface GoalBody { title: string; indicator: Indicator; direction: 'decrease' | 'increase'; baselineFrom: string; baselineTo: string; target: number; deadline: string }
export type MeasureBody = Record<string, unknown>;

export const getPortfolio = (c: ApiClient = api) => c.request<Portfolio>(`${V1}/missions/portfolio`);
export const getPrioritisation = (c: ApiClient = api) => c.request<{ missions: PrioritisedMission[] }>(`${V1}/missions/prioritisation`);
export const getCandidates = (alerts: Alert[], csrf: Csrf, c: ApiClient = api) =>
  c.request<{ candidates: Candidate[] }>(`${V1}/missions/candidates`, { method: 'POST', body: { alerts }, csrfToken: csrf });
/** Early-warning alerts of the analysis workbench (GET /analysis/alerts, being built); [] while it does not exist. */
export async function getAlerts(c: ApiClient = api): Promise<{ available: boolean; alerts: Alert[] }> {
  try {
    const reply = await c.request<{ alerts: Alert[] }>(`${V1}/analysis/alerts`);
    return { available: true, alerts: reply.alerts ?? [] };
  } catch {
    return { available: false, alerts: [] };
  }
}
export const getCrimeTypes = (c: ApiClient = api) => c.request<CrimeType[]>(`${V1}/incidents/crime-types`);

export const createMission = (body: CreateMissionBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<MissionDetail>(`${V1}/missions`, { method: 'POST', body, csrfToken: csrf });
export const getMission = (id: string, c: ApiClient = api) => c.request<MissionDetail>(m(id));
export const patchMission = (id: string, body: Record<string, unknown>, csrf: Csrf, c: ApiClient = api) =>
  c.request<MissionDetail>(m(id), { method: 'PATCH', body, csrfToken: csrf });
export const transitionMission = (id: string, body: { to: MissionStatus; reason?: string }, csrf: Csrf, c: ApiClient = api) =>
  c.request<MissionDetail>(`${m(id)}/transitions`, { method: 'POST', body, csrfToken: csrf });
export const rerunEvidence = (id: string, evidenceId: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<Rerun>(`${m(id)}/evidence/${enc(evidenceId)}/rerun`, { method: 'POST', csrfToken: csrf });
export const addEvidence = (id: string, body: EvidenceInput, csrf: Csrf, c: ApiClient = api) =>
  c.request<Evidence>(`${m(id)}/evidence`, { method: 'POST', body, csrfToken: csrf });

export const listGoals = (id: string, c: ApiClient = api) => c.request<{ goals: Goal[] }>(`${m(id)}/goals`);
export const createGoal = (id: string, body: GoalBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<Goal>(`${m(id)}/goals`, { method: 'POST', body, csrfToken: csrf });
export const addMeasurement = (id: string, goalId: string, body: { measuredOn: string; value: number; source: string; note?: string }, csrf: Csrf, c: ApiClient = api) =>
  c.request<Goal>(`${m(id)}/goals/${enc(goalId)}/measurements`, { method: 'POST', body, csrfToken: csrf });

export const listMeasures = (id: string, c: ApiClient = api) => c.request<{ measures: Measure[] }>(`${m(id)}/measures`);
export const createMeasure = (id: string, body: MeasureBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<Measure>(`${m(id)}/measures`, { method: 'POST', body, csrfToken: csrf });

export const listPartners = (c: ApiClient = api) => c.request<{ partners: Partner[] }>(`${V1}/partners`);
export const listParticipants = (id: string, c: ApiClient = api) => c.request<{ participants: Participant[] }>(`${m(id)}/participants`);
export const addParticipant = (id: string, body: Record<string, unknown>, csrf: Csrf, c: ApiClient = api) =>
  c.request<Participant>(`${m(id)}/participants`, { method: 'POST', body, csrfToken: csrf });
export const removeParticipant = (id: string, participantId: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<void>(`${m(id)}/participants/${enc(participantId)}`, { method: 'DELETE', csrfToken: csrf });
export const listLog = (id: string, c: ApiClient = api) => c.request<{ entries: LogEntry[] }>(`${m(id)}/log`);
export const addLogEntry = (id: string, body: { kind: string; occurredOn: string; title: string; body: string }, csrf: Csrf, c: ApiClient = api) =>
  c.request<LogEntry>(`${m(id)}/log`, { method: 'POST', body, csrfToken: csrf });

export const getEffect = (id: string, measureId: string | null, c: ApiClient = api) =>
  c.request<Effect>(`${m(id)}/effect${measureId ? `?measureId=${enc(measureId)}` : ''}`);

export const savePublicSummary = (id: string, body: { title: string; summary: string; join: string }, csrf: Csrf, c: ApiClient = api) =>
  c.request<void>(`${m(id)}/public-summary`, { method: 'PUT', body, csrfToken: csrf });
export const approvePublicSummary = (id: string, approve: boolean, csrf: Csrf, c: ApiClient = api) =>
  c.request<void>(`${m(id)}/public-summary/approval`, { method: 'POST', body: { approve }, csrfToken: csrf });
export const getPublicMissions = (c: ApiClient = api) => c.request<{ missions: PublicMission[] }>(`${V1}/public/missions`);
export const getPublicMission = (id: string, c: ApiClient = api) => c.request<PublicMission>(`${V1}/public/missions/${enc(id)}`);
