/** Workbench routes beyond the core views: trends, alerts, near-repeat, concentration, KDE, evaluation. */
import type { RouteModule } from '../../core/module-contract.ts';
import { evaluationBody, evaluationService } from './evaluation-service.ts';
import { concentrationQuery, concentrationService, kdeQuery, kdeService, nearRepeatQuery, nearRepeatService } from './more-service.ts';
import { alertsReply, concentrationReply, evaluationReply, kdeReply, nearRepeatReply, trendsReply } from './more-responses.ts';
import { registerView } from './route-helper.ts';
import { trendsQuery } from './trends.ts';
import { alertsQuery, alertsService, trendsService } from './trends-service.ts';
import type { WorkbenchSettings } from './view.ts';

export const workbenchMoreRoutes: RouteModule = (app, { config }) => {
  const s: WorkbenchSettings = { gemeente: config.municipality, minCellCount: config.minCellCount };
  registerView(app, s, {
    name: 'trends', query: trendsQuery.omit({ format: true }), reply: trendsReply, run: trendsService,
    summary: 'Weekly series of one area per crime type with the seasonal baseline and early-warning alerts',
    description: 'One series per crimeTypes entry (default: per main type = first two CBS levels, e.g. 1.2.*). Baseline and alarm: analysis farringtonAssess; each alert carries its evidence (baseline weeks, rule). Buurten are counted under their code in the newest loaded indeling (following same/renamed/merged relations between indelingen), so a series runs on across an indeling change; codes that cannot be followed keep their own code and are named in meta.notes.',
  });
  registerView(app, s, {
    name: 'alerts', query: alertsQuery.omit({ format: true }), reply: alertsReply, run: alertsService,
    summary: 'Current early-warning alerts over all buurten × main crime types (input for POST /missions/candidates)',
    description: 'Alerts of the last `weeks` weeks before `to`, ordered by excess (count − expected). Each alert has the fields /missions/candidates takes (areaCode, areaName, crimeType, weekStart, count, expected, upper) plus its evidence. Buurten are counted under their code in the newest loaded indeling (following same/renamed/merged relations between indelingen), so a series runs on across an indeling change; codes that cannot be followed keep their own code and are named in meta.notes.',
  });
  registerView(app, s, {
    name: 'near-repeat', query: nearRepeatQuery.omit({ format: true }), reply: nearRepeatReply, run: nearRepeatService,
    summary: 'Near-repeat: Knox test over space × time bands with Monte Carlo p-values',
    description: 'Every pair of events classified by distance and time difference; observed vs the exact permutation expectation; p from date permutations (worker thread).',
  });
  registerView(app, s, {
    name: 'concentration', query: concentrationQuery.omit({ format: true }), reply: concentrationReply, run: concentrationService,
    summary: 'Concentration over pseudonymous refs: hotshots (offenders), hotvics (victims), repeat addresses',
    description: 'Counts per ref, concentration curve, top-x % share and Gini. Refs are pseudonyms from the source system, never names; per-ref counts only for analysts.',
  });
  registerView(app, s, {
    name: 'kde', query: kdeQuery.omit({ format: true }), reply: kdeReply, geo: true, run: kdeService,
    summary: 'Quartic kernel density surface as a compact raster (or GeoJSON cells)',
    description: 'Density in events per km² at cell centres of the RD study grid. values[row · cols + col], row 0 southernmost. For roles without analysis:detail, cells with 1..min−1 events within the bandwidth are null.',
  });
  app.post('/analysis/evaluation', {
    schema: {
      tags: ['analysis'], summary: 'Hotspot evaluation: PAI, PEI and RRI of a selection of cells or buurten against a later period',
      description: 'PAI = hit rate / area share (Chainey et al. 2008); PEI = hits / the most any selection of equal area could hold (Hunt 2016); RRI = (hits later / hits earlier) / (total later / total earlier) (Levine 2008).',
      body: evaluationBody, response: { 200: evaluationReply },
    },
  }, async (request) => (await evaluationService(request.ctx, s, request.body)).body as never);
};
