/**
 * Safety profile, discrepancy view and trends. Aggregated figures: the profile and trends are
 * public; the discrepancy view is a staff analysis (perception:read).
 */
import { z } from 'zod';
import { authorize, type ServiceContext } from '../../../core/context.ts';
import type { RouteModule } from '../../../core/module-contract.ts';
import { permissionsOf } from '../../users/index.ts';
import type { Settings } from './components.ts';
import { latestYearWithData, yearOrLatest } from './data-year.ts';
import { discrepancies } from './discrepancy.ts';
import { safetyProfile } from './profile-service.ts';
import { areaCode, permissionsField, problemReply, year } from '../schema.ts';
import { areaTrends } from './trends.ts';

const tags = ['perception: profile'];
const component = z.object({
  index: z.number().nullable().describe('100 = city average in the base year; higher = more problems'),
  value: z.number().nullable(),
  reference: z.number().nullable().describe('City value in the base year'),
  unit: z.string(),
  source: z.string(),
  n: z.number().int().nullable().describe('Respondents or pulse answers behind the value'),
  margin: z.number().nullable(),
});
const pulseStats = z
  .object({
    n: z.number().int(),
    meanDay: z.number().nullable(),
    meanNight: z.number().nullable(),
    unsafeNightShare: z.number().nullable(),
    problems: z.array(z.object({ code: z.string(), answers: z.number().int() })),
    suppressed: z.boolean(),
  })
  .nullable();
export const profileReply = z.object({
  areaCode: z.string(),
  areaName: z.string(),
  level: z.enum(['gemeente', 'wijk', 'buurt']),
  population: z.number().nullable(),
  year: z.number().int(),
  baseYear: z.number().int(),
  orientation: z.literal('higher-is-worse'),
  indices: z.object({ crime: component, nuisance: component, victimisation: component, perceived: component }),
  combined: z.object({
    objective: z.number().nullable(),
    subjective: z.number().nullable(),
    combined: z.number().nullable(),
    weightObjective: z.number(),
  }),
  gaps: z
    .array(z.object({ component: z.enum(['crime', 'nuisance', 'victimisation', 'perceived']), message: z.string() }))
    .describe('Exactly what is missing (Dutch)'),
  pulse: pulseStats,
  method: z.string(),
  demo: z.boolean().describe('Demo content (made-up survey results or pulse answers) contributes to these figures'),
  permissions: permissionsField,
});
const test = z.object({
  difference: z.number(),
  z: z.number().nullable(),
  significant: z.boolean().nullable().describe('null when a margin is missing'),
});
export const discrepancyReply = z.object({
  level: z.enum(['buurt', 'wijk']),
  year: z.number().int(),
  baseYear: z.number().int(),
  minGap: z.number(),
  points: z.array(
    z.object({
      areaCode: z.string(),
      areaName: z.string(),
      x: z.number().describe('Registered-crime index'),
      y: z.number().describe('Perceived-unsafety index'),
      gap: z.number().describe('y − x'),
      quadrant: z.enum(['unsafe-feeling-low-crime', 'safe-feeling-high-crime', 'both-high', 'both-low']),
      flagged: z.boolean(),
      perceivedSource: z.string(),
      n: z.number().int().nullable(),
      themes: z.array(z.object({ theme: z.string(), name: z.string(), stories: z.number().int() })),
      reportCategories: z.array(
        z.object({
          category: z.string(),
          name: z.string(),
          reports: z.number().int().nullable().describe('null: fewer than the disclosure minimum, not shown without analysis:detail'),
        }),
      ),
      pulseProblems: z.array(z.object({ code: z.string(), answers: z.number().int() })),
    }),
  ),
  areasWithoutBothIndices: z.array(z.string()),
  demo: z.boolean().describe('Demo content (made-up survey results or pulse answers) contributes to these figures'),
  permissions: permissionsField,
});
const trendPoint = z.object({
  year: z.number().int(),
  value: z.number().nullable(),
  margin: z.number().nullable(),
  n: z.number().int().nullable(),
  suppressed: z.boolean(),
  vsPrevious: test.extend({ fromYear: z.number().int() }).nullable(),
});
export const trendsReply = z.object({
  areaCode: z.string(),
  survey: z.array(
    z.object({
      indicatorCode: z.string(),
      points: z.array(trendPoint),
      overall: test.extend({ fromYear: z.number().int(), toYear: z.number().int() }).nullable(),
    }),
  ),
  crime: z.array(z.object({ year: z.number().int(), ratePer1000: z.number().nullable() })),
  pulse: z.array(z.object({ year: z.number().int(), n: z.number().int(), meanNight: z.number().nullable(), suppressed: z.boolean() })),
  method: z.string(),
});
export const indexQuery = z.object({
  year: year
    .optional()
    .describe(
      'Year of the figures. Default: the latest year with data — the latest year with survey results of the municipality, failing that the latest year with CBS registered crime counts, failing both last calendar year (the reply says which year).',
    ),
  baseYear: year.optional().describe('100 = city average in this year (default: STADSVEILIG_PERCEPTION_BASE_YEAR, else year)'),
  weightObjective: z.coerce.number().min(0).max(100).optional().describe('Weight of the objective part in the combined index (default 50)'),
});

export function settingsOf(config: {
  municipality: string;
  perceptionMinRespondents: number;
  pulseMinAnswers: number;
  minCellCount: number;
}): Settings {
  // Getters: the thresholds can change in Beheer → Instellingen without a restart.
  return {
    gemeente: config.municipality,
    get minRespondents() {
      return config.perceptionMinRespondents;
    },
    get pulseMinAnswers() {
      return config.pulseMinAnswers;
    },
    get minCellCount() {
      return config.minCellCount;
    },
  };
}

export const profileRoutes: RouteModule = (app, { config }) => {
  const s = settingsOf(config);
  const options = async (ctx: ServiceContext, q: z.infer<typeof indexQuery>) => ({
    year: await yearOrLatest(ctx, s.gemeente, q.year),
    baseYear: q.baseYear ?? config.perceptionBaseYear,
    weightObjective: q.weightObjective ?? config.perceptionObjectiveWeight,
  });
  const perms = (actor: Parameters<typeof permissionsOf>[0]) => permissionsOf(actor).filter((p) => p.startsWith('perception:'));

  app.get(
    '/areas/:code/safety-profile',
    {
      schema: {
        tags,
        summary: 'Safety profile of a buurt, wijk or the gemeente',
        description:
          'Four indices (registered crime, reported nuisance, victimisation, perceived unsafety), 100 = city average in the base year, with components, combined index, method and data gaps.',
        params: z.object({ code: areaCode }),
        querystring: indexQuery,
        response: { 200: profileReply, 400: problemReply, 404: problemReply },
      },
    },
    async (request) => ({
      ...(await safetyProfile(request.ctx, s, request.params.code, await options(request.ctx, request.query))),
      permissions: perms(request.ctx.actor),
    }),
  );

  app.get(
    '/perception/discrepancies',
    {
      schema: {
        tags,
        summary: 'Discrepancy view: feeling unsafe vs registered crime (perception:read)',
        description:
          'Quadrant data per area: x = registered-crime index, y = perceived-unsafety index, gap = y − x; flagged when |gap| ≥ minGap, with story themes, top report categories and pulse problems.',
        querystring: indexQuery.extend({
          level: z.enum(['buurt', 'wijk']).default('wijk'),
          minGap: z.coerce.number().min(0).max(1000).default(25),
        }),
        response: { 200: discrepancyReply, 400: problemReply, 401: problemReply, 403: problemReply },
      },
    },
    async (request) => {
      authorize(request.ctx, 'perception:read');
      return {
        ...(await discrepancies(request.ctx, s, request.query.level, {
          ...(await options(request.ctx, request.query)),
          minGap: request.query.minGap,
        })),
        permissions: perms(request.ctx.actor),
      };
    },
  );

  app.get(
    '/areas/:code/perception-trends',
    {
      schema: {
        tags,
        summary: 'Trends over years with significance where margins allow',
        params: z.object({ code: areaCode }),
        querystring: z.object({
          indicator: z.string().optional().describe('Comma-separated indicator codes (default: all with figures)'),
          from: year.optional().describe('First year (default: `to` − 5)'),
          to: year.optional().describe('Last year (default: the latest year with data, as for the safety profile)'),
        }),
        response: { 200: trendsReply, 400: problemReply },
      },
    },
    async (request) => {
      const to = request.query.to ?? (await latestYearWithData(request.ctx, s.gemeente));
      const from = request.query.from ?? to - 5;
      const years = Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
      return areaTrends(request.ctx, s, request.params.code, {
        years,
        ...(request.query.indicator ? { indicators: request.query.indicator.split(',') } : {}),
      });
    },
  );
};
