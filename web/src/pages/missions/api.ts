/** The missions (opgaven) API calls of the web app, one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Body, Reply } from '../../api/types.ts';
import type {
  Alert,
  CrimeType,
  Effect,
  Evidence,
  Goal,
  LogEntry,
  Measure,
  MissionDetail,
  Participant,
  Portfolio,
  PublicMission,
  Rerun,
} from './types.ts';

const V1 = '/api/v1';
type Csrf = string | null;
const enc = encodeURIComponent;
const m = (id: string) => `${V1}/missions/${enc(id)}`;

export type CreateMissionBody = Body<'/api/v1/missions'>;
export type EvidenceInput = Body<'/api/v1/missions/{id}/evidence'>;
export type MissionPatch = Body<'/api/v1/missions/{id}', 'patch'>;
export type GoalBody = Body<'/api/v1/missions/{id}/goals'>;
export type MeasurementBody = Body<'/api/v1/missions/{id}/goals/{goalId}/measurements'>;
export type MeasureBody = Body<'/api/v1/missions/{id}/measures'>;
export type ParticipantBody = Body<'/api/v1/missions/{id}/participants'>;
export type LogEntryBody = Body<'/api/v1/missions/{id}/log'>;
export type PublicSummaryBody = Body<'/api/v1/missions/{id}/public-summary', 'put'>;

export const getPortfolio = (c: ApiClient = api) => c.request<Portfolio>(`${V1}/missions/portfolio`);
export const getPrioritisation = (c: ApiClient = api) =>
  c.request<Reply<'/api/v1/missions/prioritisation'>>(`${V1}/missions/prioritisation`);
export const getCandidates = (alerts: Alert[], csrf: Csrf, c: ApiClient = api) =>
  c.request<Reply<'/api/v1/missions/candidates', 'post'>>(`${V1}/missions/candidates`, {
    method: 'POST',
    body: { alerts },
    csrfToken: csrf,
  });
/**
 * Early-warning alerts of the analysis workbench (GET /analysis/alerts); [] while it does not exist.
 * Without analysis:detail a small count comes back suppressed (null), and POST /missions/candidates
 * takes only known counts: those alerts are left out rather than failing the whole list.
 */
export async function getAlerts(c: ApiClient = api): Promise<{ available: boolean; alerts: Alert[] }> {
  try {
    const reply = await c.request<Reply<'/api/v1/analysis/alerts'>>(`${V1}/analysis/alerts`);
    const known = (reply.alerts ?? []).flatMap((a) => (a.count === null ? [] : [{ ...a, count: a.count }]));
    return { available: true, alerts: known };
  } catch {
    return { available: false, alerts: [] };
  }
}
export const getCrimeTypes = (c: ApiClient = api) => c.request<CrimeType[]>(`${V1}/incidents/crime-types`);

export const createMission = (body: CreateMissionBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<MissionDetail>(`${V1}/missions`, { method: 'POST', body, csrfToken: csrf });
export const getMission = (id: string, c: ApiClient = api) => c.request<MissionDetail>(m(id));
export const patchMission = (id: string, body: MissionPatch, csrf: Csrf, c: ApiClient = api) =>
  c.request<MissionDetail>(m(id), { method: 'PATCH', body, csrfToken: csrf });
export const transitionMission = (id: string, body: Body<'/api/v1/missions/{id}/transitions'>, csrf: Csrf, c: ApiClient = api) =>
  c.request<MissionDetail>(`${m(id)}/transitions`, { method: 'POST', body, csrfToken: csrf });
export const rerunEvidence = (id: string, evidenceId: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<Rerun>(`${m(id)}/evidence/${enc(evidenceId)}/rerun`, { method: 'POST', csrfToken: csrf });
export const addEvidence = (id: string, body: EvidenceInput, csrf: Csrf, c: ApiClient = api) =>
  c.request<Evidence>(`${m(id)}/evidence`, { method: 'POST', body, csrfToken: csrf });

export const listGoals = (id: string, c: ApiClient = api) => c.request<Reply<'/api/v1/missions/{id}/goals'>>(`${m(id)}/goals`);
export const createGoal = (id: string, body: GoalBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<Goal>(`${m(id)}/goals`, { method: 'POST', body, csrfToken: csrf });
export type BaselineBody = Body<'/api/v1/missions/{id}/goals/baseline'>;
export type BaselinePreview = Reply<'/api/v1/missions/{id}/goals/baseline', 'post'>;
export const previewBaseline = (id: string, body: BaselineBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<BaselinePreview>(`${m(id)}/goals/baseline`, { method: 'POST', body, csrfToken: csrf });
export const addMeasurement = (id: string, goalId: string, body: MeasurementBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<Goal>(`${m(id)}/goals/${enc(goalId)}/measurements`, { method: 'POST', body, csrfToken: csrf });

export const listMeasures = (id: string, c: ApiClient = api) => c.request<Reply<'/api/v1/missions/{id}/measures'>>(`${m(id)}/measures`);
export const createMeasure = (id: string, body: MeasureBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<Measure>(`${m(id)}/measures`, { method: 'POST', body, csrfToken: csrf });

export const listPartners = (c: ApiClient = api) => c.request<Reply<'/api/v1/partners'>>(`${V1}/partners`);
export const listParticipants = (id: string, c: ApiClient = api) =>
  c.request<Reply<'/api/v1/missions/{id}/participants'>>(`${m(id)}/participants`);
export const addParticipant = (id: string, body: ParticipantBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<Participant>(`${m(id)}/participants`, { method: 'POST', body, csrfToken: csrf });
export const removeParticipant = (id: string, participantId: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<void>(`${m(id)}/participants/${enc(participantId)}`, { method: 'DELETE', csrfToken: csrf });
export const listLog = (id: string, c: ApiClient = api) => c.request<Reply<'/api/v1/missions/{id}/log'>>(`${m(id)}/log`);
export const addLogEntry = (id: string, body: LogEntryBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<LogEntry>(`${m(id)}/log`, { method: 'POST', body, csrfToken: csrf });

export const getEffect = (id: string, measureId: string | null, c: ApiClient = api) =>
  c.request<Effect>(`${m(id)}/effect${measureId ? `?measureId=${enc(measureId)}` : ''}`);

export const savePublicSummary = (id: string, body: PublicSummaryBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<void>(`${m(id)}/public-summary`, { method: 'PUT', body, csrfToken: csrf });
export const approvePublicSummary = (id: string, approve: boolean, csrf: Csrf, c: ApiClient = api) =>
  c.request<void>(`${m(id)}/public-summary/approval`, { method: 'POST', body: { approve }, csrfToken: csrf });
export const getPublicMissions = (c: ApiClient = api) => c.request<Reply<'/api/v1/public/missions'>>(`${V1}/public/missions`);
export const getPublicMission = (id: string, c: ApiClient = api) => c.request<PublicMission>(`${V1}/public/missions/${enc(id)}`);
