/** The analysis workbench API (GET /api/v1/analysis/…): the views the "Analyse" page is built on. */
import type { RouteModule } from '../../core/module-contract.ts';
import { countsQuery, countsService, hotcrimesQuery, hotcrimesService, hottimesService } from './core-service.ts';
import { hotspotsQuery, hotspotsService } from './hotspots-service.ts';
import { countsReply, hotcrimesReply, hotspotsReply, hottimesReply } from './responses.ts';
import { workbenchMoreRoutes } from './more-routes.ts';
import { registerView } from './route-helper.ts';
import { commonQuery } from './schema.ts';
import type { WorkbenchSettings } from './view.ts';
import { stopWorkbenchWorker } from './worker-pool.ts';

export const workbenchRoutes: RouteModule = async (app, deps) => {
  const { config } = deps;
  const s: WorkbenchSettings = { gemeente: config.municipality, minCellCount: config.minCellCount };
  app.addHook('onClose', async () => stopWorkbenchWorker());
  registerView(app, s, {
    name: 'counts', query: countsQuery, reply: countsReply, geo: true, run: countsService,
    summary: 'Event counts per buurt × month, or per grid cell (default 100 m)',
    description: 'unit=buurt-month: one row per buurt with events, counts per calendar month (UTC) of the period. unit=grid: non-empty RD New cells; format=geojson gives them as WGS84 squares.',
  });
  registerView(app, s, {
    name: 'hottimes', query: commonQuery.omit({ format: true }), reply: hottimesReply, run: hottimesService,
    summary: 'Hottimes: aoristic hour-of-week matrix (7 × 24, Monday 00:00 first)',
    description: 'Each event is spread evenly over the real elapsed minutes of its time window (Ratcliffe 2000), each minute counted in the hour the Europe/Amsterdam clock shows: on the spring clock change 02:00–03:00 gets nothing (it does not exist), on the autumn change 02:00–03:00 gets both of its real hours. An event without an end counts in its start hour; a window of a week or more gives 1/168 to every hour.',
  });
  registerView(app, s, {
    name: 'hotspots', query: hotspotsQuery.omit({ format: true }), reply: hotspotsReply, geo: true, run: hotspotsService,
    summary: "Hotspots: Gi*, Gi or local Moran's I on grid cells or buurten, with FDR and the map's global Moran's I",
    description: 'Classes: hot/cold at 99/95/90 % (Gi, Gi*) or HH/LL/HL/LH (local Moran) else not-significant; from pSim when permutations > 0 (computed in a worker thread), else the normal p; with fdr only units with BH q ≤ fdr. The JSON reply is itself a GeoJSON FeatureCollection (WGS84).',
  });
  registerView(app, s, {
    name: 'hotcrimes', query: hotcrimesQuery.omit({ format: true }), reply: hotcrimesReply, run: hotcrimesService,
    summary: 'Hotcrimes: crime types ranked by level and by change against a baseline period',
    description: 'Rate ratio per day of current vs baseline; exact test of equal Poisson rates conditional on the total (binomial, as R poisson.test), two-sided; BH q over the tested types. Types with current + baseline < minCount are listed but not tested.',
  });
  await workbenchMoreRoutes(app, deps);
};
