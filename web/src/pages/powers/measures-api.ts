/** The API calls of the measures map, the camera evaluation and the closure effect (powers, H3). */
import { api, type ApiClient } from '../../api/client.ts';
import type { Body, Reply } from '../../api/types.ts';

const V1 = '/api/v1';
const d = (id: string) => `${V1}/decisions/${encodeURIComponent(id)}`;

export type AreaMeasures = Reply<'/api/v1/areas/{code}/measures'>;
export type Measure = AreaMeasures['measures'][number];
export type CameraEvaluation = Reply<'/api/v1/decisions/{id}/camera-evaluation'>;
export type CameraEvaluationBody = Body<'/api/v1/decisions/{id}/camera-evaluations'>;
export type ClosureEffect = Reply<'/api/v1/decisions/{id}/effect'>;

export const getAreaMeasures = (code: string, c: ApiClient = api) =>
  c.request<AreaMeasures>(`${V1}/areas/${encodeURIComponent(code)}/measures`);
export const getCameraEvaluation = (id: string, c: ApiClient = api) => c.request<CameraEvaluation>(`${d(id)}/camera-evaluation`);
export const recordCameraEvaluation = (id: string, body: CameraEvaluationBody, csrf: string | null, c: ApiClient = api) =>
  c.request<CameraEvaluation>(`${d(id)}/camera-evaluations`, { method: 'POST', body, csrfToken: csrf });
export const getClosureEffect = (id: string, c: ApiClient = api) => c.request<ClosureEffect>(`${d(id)}/effect`);

/** The wijken of the newest indeling and the gemeente, for the filter. */
export const getWijken = async (c: ApiClient = api) => {
  const reply = await c.request<Reply<'/api/v1/areas'>>(`${V1}/areas?level=wijk`);
  return reply.features.map((f) => ({ code: f.properties.code, name: f.properties.name, parent: f.properties.parentCode }));
};
