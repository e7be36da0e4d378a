/** The trial API calls of a behavioural measure (GET|PUT …/trial, randomise, register, measurements, analysis). */
import { api, type ApiClient } from '../../api/client.ts';
import type { Body, Reply } from '../../api/types.ts';

const TRIAL = '/api/v1/missions/{id}/measures/{measureId}/trial';
export type Trial = Reply<typeof TRIAL>;
export type TrialBody = Body<typeof TRIAL, 'put'>;
export type TrialAnalysis = Reply<'/api/v1/missions/{id}/measures/{measureId}/trial/analysis'>;
export type TrialValuesBody = Body<'/api/v1/missions/{id}/measures/{measureId}/trial/measurements', 'put'>;
type Csrf = string | null;

const url = (missionId: string, measureId: string) =>
  `/api/v1/missions/${encodeURIComponent(missionId)}/measures/${encodeURIComponent(measureId)}/trial`;

export const getTrial = (missionId: string, measureId: string, c: ApiClient = api) => c.request<Trial>(url(missionId, measureId));
export const putTrial = (missionId: string, measureId: string, body: TrialBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<Trial>(url(missionId, measureId), { method: 'PUT', body, csrfToken: csrf });
export const randomiseTrial = (missionId: string, measureId: string, seed: string | null, csrf: Csrf, c: ApiClient = api) =>
  c.request<Trial>(`${url(missionId, measureId)}/randomise`, { method: 'POST', body: seed ? { seed } : {}, csrfToken: csrf });
export const registerTrial = (missionId: string, measureId: string, csrf: Csrf, c: ApiClient = api) =>
  c.request<Trial>(`${url(missionId, measureId)}/register`, { method: 'POST', csrfToken: csrf });
export const putTrialValues = (missionId: string, measureId: string, body: TrialValuesBody, csrf: Csrf, c: ApiClient = api) =>
  c.request<Trial>(`${url(missionId, measureId)}/measurements`, { method: 'PUT', body, csrfToken: csrf });
export const getTrialAnalysis = (missionId: string, measureId: string, c: ApiClient = api) =>
  c.request<TrialAnalysis>(`${url(missionId, measureId)}/analysis`);
