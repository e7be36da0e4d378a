/**
 * The network of an area under /api/v1/areas: one area's sections, and the per-wijk overview.
 * Any logged-in user (access rule 'session'); the sections decide what each sees, and a partner
 * account only reaches the areas of its organisations.
 */
import type { Config } from '../../core/config.ts';
import type { NetworkMoment, RouteModule } from '../../core/module-contract.ts';
import { areaNetworkFor } from './network-service.ts';
import { areaParams, networkReply, problemReply, summaryReply } from './schema.ts';
import { networkSummary } from './summary.ts';

const tags = ['area network'];
/** Today and the live suppression threshold (Beheer → Instellingen changes the one Config object). */
const momentOf = (config: Config): NetworkMoment => ({ today: new Date().toISOString().slice(0, 10), minCellCount: config.minCellCount });

export const areaNetworkRoutes: RouteModule = (app, deps) => {
  const gemeente = deps.config.municipality;
  const modules = deps.modules ?? [];

  app.get(
    '/areas/network-summary',
    {
      schema: {
        tags,
        summary: 'Per wijk the number of network rows per section the caller may see',
        description:
          'The sections (partners, agreements, missions, initiatives, youth groups, target groups) the caller may see, counted per wijk of the newest indeling; a partner account gets only the wijken of its organisations. Errors: 401, 404 (no areas loaded) problem+json.',
        response: { 200: summaryReply, 401: problemReply, 404: problemReply },
      },
    },
    async (request) =>
      networkSummary(request.ctx, modules, gemeente, momentOf(deps.config), (key, error) =>
        request.log.error({ err: error, section: key }, 'area network section failed'),
      ),
  );

  app.get(
    '/areas/:code/network',
    {
      schema: {
        tags,
        summary: 'The network of an area: partners, agreements, missions, initiatives, youth groups, target groups',
        description:
          'Every section the caller may see (a missing key: not shown), for the area, the areas containing it and the buurten inside it. Errors: 400 (code of another municipality), 401, 404 (unknown area; for a partner account also an area outside its organisations’ areas) problem+json.',
        params: areaParams,
        response: { 200: networkReply, 400: problemReply, 401: problemReply, 404: problemReply },
      },
    },
    async (request) =>
      areaNetworkFor(request.ctx, modules, gemeente, request.params.code, momentOf(deps.config), (key, error) =>
        request.log.error({ err: error, section: key }, 'area network section failed'),
      ),
  );
};
