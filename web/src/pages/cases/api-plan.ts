/** The plan API calls of the case page (trajectory, goals, interventions, nazorg milestones), one function each. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Body, Reply } from '../../api/types.ts';

type Csrf = string | null;
const V1 = '/api/v1';
const c = (id: string) => `${V1}/cases/${encodeURIComponent(id)}`;

export type Plan = Reply<'/api/v1/cases/{id}/plan'>;
export type Goal = Plan['goals'][number];
export type Intervention = Plan['interventions'][number];
export type Milestone = Plan['milestones'][number];
export type PlanBody = Body<'/api/v1/cases/{id}/plan', 'put'>;
export type GoalInput = PlanBody['goals'][number];
export type InterventionBody = Body<'/api/v1/cases/{id}/interventions'>;
export type InterventionPatch = Body<'/api/v1/cases/{id}/interventions/{interventionId}', 'patch'>;
export type MilestonesBody = Body<'/api/v1/cases/{id}/milestones', 'put'>;

export const getPlan = (id: string, a: ApiClient = api) => a.request<Plan>(`${c(id)}/plan`);
export const savePlan = (id: string, body: PlanBody, csrf: Csrf, a: ApiClient = api) =>
  a.request<Plan>(`${c(id)}/plan`, { method: 'PUT', body, csrfToken: csrf });
export const addIntervention = (id: string, body: InterventionBody, csrf: Csrf, a: ApiClient = api) =>
  a.request<Intervention>(`${c(id)}/interventions`, { method: 'POST', body, csrfToken: csrf });
export const changeIntervention = (id: string, interventionId: string, body: InterventionPatch, csrf: Csrf, a: ApiClient = api) =>
  a.request<Intervention>(`${c(id)}/interventions/${encodeURIComponent(interventionId)}`, { method: 'PATCH', body, csrfToken: csrf });
export const saveMilestones = (id: string, body: MilestonesBody, csrf: Csrf, a: ApiClient = api) =>
  a.request<Plan>(`${c(id)}/milestones`, { method: 'PUT', body, csrfToken: csrf });
