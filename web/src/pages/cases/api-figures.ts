/** The figures API calls of Casussen (aggregate counts, no persons). */
import { api, type ApiClient } from '../../api/client.ts';
import type { Query, Reply } from '../../api/types.ts';

const V1 = '/api/v1';

export type CaseFigures = Reply<'/api/v1/cases/figures'>;
export type FiguresQuery = NonNullable<Query<'/api/v1/cases/figures'>>;

/** The figures URL with only the parts that are set. */
export function figuresUrl(q: FiguresQuery): string {
  const params = new URLSearchParams();
  if (q.year !== undefined) params.set('year', String(q.year));
  if (q.area) params.set('area', q.area);
  const search = params.toString();
  return `${V1}/cases/figures${search ? `?${search}` : ''}`;
}

export const getCaseFigures = (q: FiguresQuery, c: ApiClient = api) => c.request<CaseFigures>(figuresUrl(q));
