/** The residents' view of administrative measures (`GET /api/v1/public/measures`, no login). */
import type { RouteModule } from '../../../core/module-contract.ts';
import { problemReply } from '../../../core/problem-schema.ts';
import { todayText } from '../measures/measure-routes.ts';
import { publicMeasures, publicMeasuresQuery, publicMeasuresReply } from './public-measures.ts';

export const publicMeasureRoutes: RouteModule = (app, deps) => {
  const gemeente = deps.config.municipality;
  app.get(
    '/public/measures',
    {
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['powers (public)'],
        summary: 'Published administrative measures (closures, camera areas, risk areas) in force or starting soon',
        description:
          'Only the published part of each decision: text, kind, legal basis, period, buurt or wijk, and the polygon of area measures. Errors: 400 (code of another municipality), 404 (unknown area) problem+json.',
        querystring: publicMeasuresQuery,
        response: { 200: publicMeasuresReply, 400: problemReply, 404: problemReply },
      },
    },
    async (request) => publicMeasures(request.ctx, gemeente, request.query.area, todayText()),
  );
};
