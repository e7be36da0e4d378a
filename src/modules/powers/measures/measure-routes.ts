/**
 * Active measures per area under /api/v1 (powers:read): the decisions in force in a buurt, wijk or
 * the gemeente on a day, and those starting within 30 days.
 */
import type { RouteModule } from '../../../core/module-contract.ts';
import { problemReply } from '../../../core/problem-schema.ts';
import { areaCodeParams, measuresQuery, measuresReply } from './measure-schema.ts';
import { areaMeasures } from './measure-service.ts';

const tags = ['powers'];
export const todayText = () => new Date().toISOString().slice(0, 10);

export const measureRoutes: RouteModule = (app, deps) => {
  const gemeente = deps.config.municipality;
  app.get(
    '/areas/:code/measures',
    {
      schema: {
        tags,
        summary: 'Administrative measures in force in an area (and starting within 30 days)',
        description:
          'Closures, area bans, camera and risk areas in force on `date` (default today) in the area, the areas containing it and those inside it. A decision linked to a PGA case the caller may not open shows only its published part. Errors: 400 (code of another municipality), 401, 403, 404 (unknown area) problem+json.',
        params: areaCodeParams,
        querystring: measuresQuery,
        response: { 200: measuresReply, 400: problemReply, 401: problemReply, 403: problemReply, 404: problemReply },
      },
    },
    async (request) => areaMeasures(request.ctx, gemeente, request.params.code, request.query.date ?? todayText()),
  );
};
