/** The target-groups API calls of the web app, one function each (types generated from the OpenAPI document). */
import { api, type ApiClient } from '../../api/client.ts';
import type { Body, Query, Reply } from '../../api/types.ts';

const V1 = '/api/v1';

export type TargetGroupList = Reply<'/api/v1/target-groups'>;
export type TargetGroup = TargetGroupList['targetGroups'][number];
export type TargetGroupOptions = TargetGroupList['options'];
export type TargetGroupBody = Body<'/api/v1/target-groups'>;
export type TargetGroupPatch = Body<'/api/v1/target-groups/{id}', 'patch'>;
export type Indicators = Reply<'/api/v1/target-groups/indicators'>;
export type IndicatorQuery = Query<'/api/v1/target-groups/indicators'>;
export type IndicatorRow = Indicators['groups'][number]['rows'][number];
export type Figure = NonNullable<IndicatorRow['reports']>;

export const listTargetGroups = (c: ApiClient = api) => c.request<TargetGroupList>(`${V1}/target-groups`);

export const createTargetGroup = (body: TargetGroupBody, csrf: string | null, c: ApiClient = api) =>
  c.request<TargetGroup>(`${V1}/target-groups`, { method: 'POST', body, csrfToken: csrf });

export const changeTargetGroup = (id: string, body: TargetGroupPatch, csrf: string | null, c: ApiClient = api) =>
  c.request<TargetGroup>(`${V1}/target-groups/${encodeURIComponent(id)}`, { method: 'PATCH', body, csrfToken: csrf });

export function getIndicators(q: IndicatorQuery, c: ApiClient = api) {
  const params = new URLSearchParams();
  if (q.area) params.set('area', q.area);
  if (q.from) params.set('from', q.from);
  if (q.to) params.set('to', q.to);
  const qs = params.toString();
  return c.request<Indicators>(`${V1}/target-groups/indicators${qs ? `?${qs}` : ''}`);
}
