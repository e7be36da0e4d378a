import { z } from 'zod';
import type { RouteModule } from '../../core/module-contract.ts';
import { countsByArea } from './cbs-counts/counts-service.ts';
import { listCrimeTypes } from './crime-types.ts';
import { areaCount, countsQuery, crimeType } from './schema.ts';

export const incidentRoutes: RouteModule = (app, { config }) => {
  app.get(
    '/incidents/counts',
    {
      schema: {
        tags: ['incidents'],
        summary: 'Registered crime per area and year (CBS/Politie open data)',
        description:
          'From the aggregated CBS tables (e.g. 47018NED). Wijk and gemeente figures are summed from the buurten ' +
          'when the table has no row at that level (derived: true). ratePer1000 uses the population of the same indeling.',
        querystring: countsQuery,
        response: { 200: z.array(areaCount) },
      },
    },
    async (request) => countsByArea(request.ctx, { municipality: config.municipality, ...request.query }),
  );

  app.get(
    '/incidents/crime-types',
    { schema: { tags: ['incidents'], summary: 'The CBS/Politie crime-type code list', response: { 200: z.array(crimeType) } } },
    async (request) => listCrimeTypes(request.ctx.db),
  );
};
