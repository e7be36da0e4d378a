/** The workbench API calls of the Analyse page; the query strings come from state.ts. */
import { api, type ApiClient } from '../../api/client.ts';
import type { Body, Reply } from '../../api/types.ts';
import { apiPath, type AnalysisState } from './state.ts';
import type { CrimeType, EvaluationReply } from './types.ts';

export const getView = <T>(s: AnalysisState, extra: Record<string, string> = {}, c: ApiClient = api) => c.request<T>(apiPath(s, extra));
export const getCrimeTypes = (c: ApiClient = api) => c.request<CrimeType[]>('/api/v1/incidents/crime-types');

/** Names of the report categories by slug (main and sub), to label source=signals rows and series like crime types. */
export async function getSignalCategoryNames(c: ApiClient = api): Promise<[string, string][]> {
  const { categories } = await c.request<Reply<'/api/v1/signal-categories'>>('/api/v1/signal-categories');
  return categories.flatMap((m) => [
    [m.slug, m.name] as [string, string],
    ...(m.children ?? []).map((k) => [k.slug, k.name] as [string, string]),
  ]);
}

export type EvaluationBody = Body<'/api/v1/analysis/evaluation'>;
export const postEvaluation = (body: EvaluationBody, csrf: string | null, c: ApiClient = api) =>
  c.request<EvaluationReply>('/api/v1/analysis/evaluation', { method: 'POST', body, csrfToken: csrf });
