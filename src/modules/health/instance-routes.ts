import { z } from 'zod';
import type { RouteModule } from '../../core/module-contract.ts';
import { API_VERSION } from '../../core/api-version.ts';

const instanceReply = z.object({
  name: z.literal('Stadsveilig'),
  version: z.string(),
  municipality: z.object({ code: z.string(), name: z.string().nullable() }),
  map: z.object({
    background: z.enum(['none', 'pdok-brt']),
    backgroundTiles: z.string().nullable(),
    attribution: z.string(),
  }),
});

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
        municipality: { code: config.municipality, name: row?.name ?? null },
        map: {
          background: config.mapBackground,
          backgroundTiles: brt ? PDOK_BRT_TILES : null,
          attribution: brt ? 'Kaart: PDOK BRT (Kadaster); gebieden: CBS' : 'Gebieden: CBS Wijk- en buurtkaart',
        },
      };
    },
  );
};
