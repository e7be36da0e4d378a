/**
 * Registers one workbench view: GET /analysis/<name> with the query schema extended by `format`
 * (json | csv, plus geojson for views with geometry), the JSON reply schema, and the exports.
 */
import { z } from 'zod';
import type { ServiceContext } from '../../core/context.ts';
import { invalidInput } from '../../core/errors.ts';
import type { App } from '../../core/module-contract.ts';
import type { ViewResult, WorkbenchSettings } from './view.ts';

const ACCESS = 'Staff roles (analysis:read). Counts 1..minCellCount−1 are null (suppressed) for roles without analysis:detail; analysts see all.';

export interface ViewSpec<Q extends z.ZodObject> {
  name: string;
  summary: string;
  description: string;
  query: Q;
  reply: z.ZodType;
  geo?: boolean;
  run(ctx: ServiceContext, s: WorkbenchSettings, q: z.infer<Q>): Promise<ViewResult>;
}

/**
 * Query keys in bracket form (`bands[0][a]=…`, `spaceBands[]=…`) are refused, each named: the views
 * read flat `name=value` parameters with comma-separated lists, and a bracketed key would otherwise
 * be dropped without a word (so the default would silently be used).
 */
export function refuseBracketedKeys(query: unknown): void {
  if (!query || typeof query !== 'object') return;
  const odd = Object.keys(query).filter((k) => k.includes('[') || k.includes(']'));
  if (odd.length) {
    throw invalidInput(odd.slice(0, 20).map((k) => ({ name: `query.${k.slice(0, 80)}`, reason: 'query parameters are flat (name=value, lists comma-separated); brackets are not read' })));
  }
}

export function registerView<Q extends z.ZodObject>(app: App, s: WorkbenchSettings, v: ViewSpec<Q>): void {
  const formats = v.geo ? (['json', 'csv', 'geojson'] as const) : (['json', 'csv'] as const);
  const querystring = v.query.extend({ format: z.enum(formats).default('json').describe(`Reply format: ${formats.join(', ')}`) });
  app.get(`/analysis/${v.name}`, {
    schema: {
      tags: ['analysis'], summary: v.summary, description: `${v.description}\n\n${ACCESS}`, querystring,
      response: { 200: v.reply.describe('JSON reply (format=json). format=csv gives text/csv, format=geojson application/geo+json.') },
    },
    preValidation: async (request) => refuseBracketedKeys(request.query),
  }, async (request, reply) => {
    const q = request.query as z.infer<Q> & { format: string };
    const r = await v.run(request.ctx, s, q);
    if (q.format === 'csv' && r.csv) {
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${v.name}.csv"`).send(r.csv());
    }
    if (q.format === 'geojson' && r.geojson) {
      return reply.type('application/geo+json').header('content-disposition', `attachment; filename="${v.name}.geojson"`).send(JSON.stringify(r.geojson()));
    }
    return r.body;
  });
}
