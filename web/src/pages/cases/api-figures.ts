/** The figures API calls of Casussen (aggregate counts, no persons), and the area choices for them. */
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

export interface AreaChoice {
  code: string;
  name: string;
}

/** The wijken and buurten of the newest indeling, for the area choice. */
export async function getFigureAreas(c: ApiClient = api): Promise<{ wijken: AreaChoice[]; buurten: AreaChoice[] }> {
  const [wijken, buurten] = await Promise.all([
    c.request<Reply<'/api/v1/areas'>>(`${V1}/areas?level=wijk`),
    c.request<Reply<'/api/v1/areas'>>(`${V1}/areas?level=buurt`),
  ]);
  const choice = (f: (typeof wijken.features)[number]) => ({ code: f.properties.code, name: f.properties.name });
  return { wijken: wijken.features.map(choice), buurten: buurten.features.map(choice) };
}
