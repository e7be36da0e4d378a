/**
 * The analysis views API (GET /api/v1/analysis/<view>, POST for evaluation): the views the
 * "Analyse" page is built on, registered from one list. The only file of the module that knows HTTP.
 */
import { z } from 'zod';
import { invalidInput } from '../../core/errors.ts';
import type { App, RouteModule } from '../../core/module-contract.ts';
import type { AnalysisView, ViewSettings } from './view.ts';
import { alertsView } from './views/alerts.ts';
import { concentrationView } from './views/concentration.ts';
import { countsView } from './views/counts.ts';
import { evaluationView } from './views/evaluation.ts';
import { hotcrimesView } from './views/hotcrimes.ts';
import { hotspotsView } from './views/hotspots.ts';
import { hottimesView } from './views/hottimes.ts';
import { kdeView } from './views/kde.ts';
import { nearRepeatView } from './views/near-repeat.ts';
import { trendsView } from './views/trends.ts';
import { stopViewWorkers } from './worker/pool.ts';

/** Every view, in the order of the API documentation. */
export const VIEWS: readonly AnalysisView[] = [
  countsView,
  hottimesView,
  hotspotsView,
  hotcrimesView,
  trendsView,
  alertsView,
  nearRepeatView,
  concentrationView,
  kdeView,
  evaluationView,
];

const ACCESS =
  'Staff roles (analysis:read). Counts 1..minCellCount−1 are null (suppressed) for roles without analysis:detail; analysts see all.';

/**
 * Query keys in bracket form (`bands[0][a]=…`, `spaceBands[]=…`) are refused, each named: the views
 * read flat `name=value` parameters with comma-separated lists, and a bracketed key would otherwise
 * be dropped without a word (so the default would silently be used).
 */
export function refuseBracketedKeys(query: unknown): void {
  if (!query || typeof query !== 'object') return;
  const odd = Object.keys(query).filter((k) => k.includes('[') || k.includes(']'));
  if (odd.length) {
    throw invalidInput(
      odd.slice(0, 20).map((k) => ({
        name: `query.${k.slice(0, 80)}`,
        reason: 'query parameters are flat (name=value, lists comma-separated); brackets are not read',
      })),
    );
  }
}

/** POST /analysis/<name>: the JSON body is the input, the reply is JSON. */
function registerPost(app: App, s: ViewSettings, v: AnalysisView): void {
  app.post(
    `/analysis/${v.name}`,
    {
      schema: { tags: ['analysis'], summary: v.summary, description: v.description, body: v.input, response: { 200: v.reply } },
    },
    async (request) => (await v.run(request.ctx, s, request.body as never)).body as never,
  );
}

/** GET /analysis/<name>: the query extended by `format` (json | csv, plus geojson for views with geometry), and the exports. */
function registerGet(app: App, s: ViewSettings, v: AnalysisView): void {
  const formats = v.geo ? (['json', 'csv', 'geojson'] as const) : (['json', 'csv'] as const);
  const querystring = v.input.extend({
    format: z
      .enum(formats)
      .default('json')
      .describe(`Reply format: ${formats.join(', ')}`),
  });
  app.get(
    `/analysis/${v.name}`,
    {
      schema: {
        tags: ['analysis'],
        summary: v.summary,
        description: `${v.description}\n\n${ACCESS}`,
        querystring,
        response: { 200: v.reply.describe('JSON reply (format=json). format=csv gives text/csv, format=geojson application/geo+json.') },
      },
      preValidation: async (request) => refuseBracketedKeys(request.query),
    },
    async (request, reply) => {
      const q = request.query as { format: string };
      const r = await v.run(request.ctx, s, q as never);
      if (q.format === 'csv' && r.csv) {
        return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${v.name}.csv"`).send(r.csv());
      }
      if (q.format === 'geojson' && r.geojson) {
        return reply
          .type('application/geo+json')
          .header('content-disposition', `attachment; filename="${v.name}.geojson"`)
          .send(JSON.stringify(r.geojson()));
      }
      return r.body;
    },
  );
}

export const analysisViewRoutes: RouteModule = (app, { config }) => {
  // A getter: the threshold can change in Beheer → Instellingen without a restart.
  const s: ViewSettings = {
    gemeente: config.municipality,
    get minCellCount() {
      return config.minCellCount;
    },
  };
  app.addHook('onClose', async () => stopViewWorkers());
  for (const v of VIEWS) (v.method === 'POST' ? registerPost : registerGet)(app, s, v);
};
