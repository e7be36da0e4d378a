/** Portfolio, prioritisation, candidate missions and public summaries. */
import { z } from 'zod';
import type { RouteModule } from '../../core/module-contract.ts';
import { candidateMissions, portfolio, prioritisation } from './portfolio-service.ts';
import { approvePublicSummary, publicMission, publicMissions, savePublicSummary } from './public-service.ts';
import { idParam, missionSummary } from './schema.ts';
import { missionSettings } from './settings.ts';

const tags = ['missions'];
const kpi = z.object({ goalId: z.string(), title: z.string(), status: z.enum(['achieved', 'on-track', 'behind', 'no-data', 'suppressed']), fraction: z.number().nullable(), expectedFraction: z.number() });
const kpiStatus = z.enum(['achieved', 'on-track', 'behind', 'no-data', 'suppressed']).nullable().describe('The worst goal status (behind < no-data < suppressed < on-track < achieved); null without goals');
const geometry = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(z.array(z.number())))) });
const alert = z.object({
  areaCode: z.string().regex(/^BU\d{8}$/), areaName: z.string().optional(), crimeType: z.string().min(1), weekStart: z.iso.date(),
  count: z.number().min(0), expected: z.number().min(0), upper: z.number().min(0),
}).describe('One alarm week of analysis farringtonAssess for a buurt and crime type');
const publicView = z.object({
  id: z.string(), number: z.string(), title: z.string(), summary: z.string(), join: z.string().describe('How residents can take part'),
  status: z.string(), statusLabel: z.string(), area: z.string(), geometry: geometry.nullable(), approvedAt: z.string().nullable(),
  goals: z.array(z.object({
    title: z.string(), indicator: z.string(), baseline: z.number().nullable(), current: z.number().nullable(), target: z.number(), deadline: z.string(),
    progress: z.object({ status: z.string(), fraction: z.number().nullable(), explanation: z.string() }),
    suppressed: z.boolean().describe('Figures withheld: public pages show no small counts and nothing of a mission with a small area'),
  })),
});

export const portfolioRoutes: RouteModule = (app, { config }) => {
  const g = config.municipality;
  const s = missionSettings(config);
  app.get('/missions/portfolio', {
    schema: {
      tags, summary: 'All visible missions with status, KPI progress and next review, plus their scopes as GeoJSON',
      response: { 200: z.object({
        missions: z.array(missionSummary.extend({ kpis: z.array(kpi), kpiStatus })),
        map: z.object({ type: z.literal('FeatureCollection'), features: z.array(z.object({ type: z.literal('Feature'), id: z.string(), properties: z.object({ id: z.string(), number: z.string(), title: z.string(), status: z.string(), priority: z.string(), kpiStatus }), geometry })) }),
      }) },
    },
  }, async (request) => portfolio(request.ctx, s));

  app.get('/missions/prioritisation', {
    schema: {
      tags, summary: 'Open missions ranked on impact × feasibility, with quadrant and rationale',
      response: { 200: z.object({ missions: z.array(z.object({
        id: z.string(), number: z.string(), title: z.string(), status: z.string(), priority: z.string(), rank: z.number(), score: z.number().nullable().describe('impact · feasibility, 1–25'),
        quadrant: z.enum(['do-first', 'invest', 'quick-win', 'reconsider', 'unscored']),
        impactScore: z.number().nullable(), impactRationale: z.string().nullable(), feasibilityScore: z.number().nullable(), feasibilityRationale: z.string().nullable(),
      })) }) },
    },
  }, async (request) => ({ missions: await prioritisation(request.ctx, g) }));

  app.post('/missions/candidates', {
    schema: {
      tags, summary: 'Turn early-warning alerts into candidate missions (grouped per buurt and crime type, with coverage by open missions)',
      body: z.object({ alerts: z.array(alert).max(5000) }),
      response: { 200: z.object({ candidates: z.array(z.object({
        key: z.string(), areaCode: z.string(), areaName: z.string().nullable(), crimeType: z.string(), weeks: z.array(z.string()), count: z.number(), expected: z.number(),
        excess: z.number(), ratio: z.number().nullable(), coveredBy: z.object({ id: z.string(), number: z.string() }).nullable(), suggestedTitle: z.string(),
      })) }) },
    },
  }, async (request) => ({ candidates: (await candidateMissions(request.ctx, g, request.body.alerts)).map((c) => ({ ...c, ratio: Number.isFinite(c.ratio) ? c.ratio : null })) }));

  app.put('/missions/:id/public-summary', {
    schema: { tags, summary: 'Write the public summary (becomes a draft until approved)', params: idParam, body: z.object({ title: z.string().trim().min(3).max(200), summary: z.string().trim().min(10).max(5000), join: z.string().trim().max(2000).default('') }), response: { 204: z.null() } },
  }, async (request, reply) => {
    await savePublicSummary(request.ctx, g, request.params.id, request.body);
    return reply.code(204).send(null);
  });
  app.post('/missions/:id/public-summary/approval', {
    schema: { tags, summary: 'Approve (or withdraw) the public summary (missions:publish)', params: idParam, body: z.object({ approve: z.boolean() }), response: { 204: z.null() } },
  }, async (request, reply) => {
    await approvePublicSummary(request.ctx, g, request.params.id, request.body.approve);
    return reply.code(204).send(null);
  });

  app.get('/public/missions', { schema: { tags: ['public'], summary: 'Approved public summaries of missions (no login, no personal data)', response: { 200: z.object({ missions: z.array(publicView) }) } } },
    async (request) => ({ missions: await publicMissions(request.ctx, s) }));
  app.get('/public/missions/:id', { schema: { tags: ['public'], summary: 'One approved public mission summary', params: idParam, response: { 200: publicView } } },
    async (request) => publicMission(request.ctx, s, request.params.id));
};
