import { sql } from 'kysely';
import { API_VERSION } from '../../core/api-version.ts';
import type { RouteModule } from '../../core/module-contract.ts';
import { incidentColumnsState } from '../incidents/index.ts';
import { healthReply, instanceReply } from './schema.ts';

export const healthRoutes: RouteModule = (app, { config, database }) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness and database reachability',
        description:
          'Answers while the analysis data loads after a start: `incidentColumns` says whether the in-memory incident columns of the analysis views are in (`ready`), still `loading`, or `not-loaded` yet.',
        response: { 200: healthReply, 503: healthReply },
      },
    },
    async (_request, reply) => {
      const ok = await sql`SELECT 1 AS one`
        .execute(database.db)
        .then(() => true)
        .catch(() => false);
      const incidentColumns = incidentColumnsState(database.db, config.municipality);
      return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', database: database.engine, incidentColumns });
    },
  );
};

const PDOK_BRT_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';

/** Public facts the web app needs before login: which municipality, which map background. */
export const instanceRoutes: RouteModule = (app, { config, database }) => {
  app.get(
    '/instance',
    { schema: { tags: ['health'], summary: 'Public facts about this installation', response: { 200: instanceReply } } },
    async () => {
      const row = await database.db.selectFrom('municipalities').select('name').where('code', '=', config.municipality).executeTakeFirst();
      const brt = config.mapBackground === 'pdok-brt';
      return {
        name: 'Stadsveilig' as const,
        version: API_VERSION,
        municipality: { code: config.municipality, name: config.municipalityName ?? row?.name ?? null },
        map: {
          background: config.mapBackground,
          backgroundTiles: brt ? PDOK_BRT_TILES : null,
          attribution: 'Gebieden: CBS Wijk- en buurtkaart',
          backgroundAttribution: brt ? 'Kaart: PDOK BRT (Kadaster)' : null,
        },
      };
    },
  );
};
