/** Portfolio, prioritisation and candidate missions under /api/v1/missions. */
import type { RouteModule } from '../../../core/module-contract.ts';
import { missionSettings } from '../settings.ts';
import { candidateMissions, portfolio, prioritisation } from './portfolio-service.ts';
import { candidatesBody, candidatesReply, portfolioReply, prioritisationReply } from './schema.ts';

const tags = ['missions'];

export const portfolioRoutes: RouteModule = (app, { config }) => {
  const g = config.municipality;
  const s = missionSettings(config);
  app.get(
    '/missions/portfolio',
    {
      schema: {
        tags,
        summary: 'All visible missions with status, KPI progress and next review, plus their scopes as GeoJSON',
        response: { 200: portfolioReply },
      },
    },
    async (request) => portfolio(request.ctx, s),
  );

  app.get(
    '/missions/prioritisation',
    {
      schema: {
        tags,
        summary: 'Open missions ranked on impact × feasibility, with quadrant and rationale',
        response: { 200: prioritisationReply },
      },
    },
    async (request) => ({ missions: await prioritisation(request.ctx, g) }),
  );

  app.post(
    '/missions/candidates',
    {
      schema: {
        tags,
        summary: 'Turn early-warning alerts into candidate missions (grouped per buurt and crime type, with coverage by open missions)',
        body: candidatesBody,
        response: { 200: candidatesReply },
      },
    },
    async (request) => ({
      candidates: (await candidateMissions(request.ctx, g, request.body.alerts)).map((c) => ({
        ...c,
        ratio: Number.isFinite(c.ratio) ? c.ratio : null,
      })),
    }),
  );
};
