/** Trial of a behavioural measure under /api/v1/missions/{id}/measures/{measureId}/trial. */
import type { RouteModule } from '../../../core/module-contract.ts';
import { missionSettings } from '../settings.ts';
import { trialAnalysis } from './analysis-service.ts';
import { analysisView, measurementsBody, randomiseBody, trialBody, trialParams, trialView } from './schema.ts';
import { getTrial, putMeasurements, putTrial, randomiseTrial, registerTrial } from './trial-service.ts';

const tags = ['missions'];
const base = '/missions/:id/measures/:measureId/trial';

export const trialRoutes: RouteModule = (app, { config }) => {
  const g = config.municipality;
  app.get(
    base,
    { schema: { tags, summary: 'The compliance trial of a behavioural measure', params: trialParams, response: { 200: trialView } } },
    async (request) => getTrial(request.ctx, g, request.params.id, request.params.measureId),
  );
  app.put(
    base,
    {
      schema: {
        tags,
        summary: 'Set up or change the trial design (until it is registered)',
        params: trialParams,
        body: trialBody,
        response: { 200: trialView },
      },
    },
    async (request) => putTrial(request.ctx, g, request.params.id, request.params.measureId, request.body),
  );
  app.post(
    `${base}/randomise`,
    {
      schema: {
        tags,
        summary: 'Allocate the units at random with a recorded seed (SplitMix64, Fisher–Yates)',
        params: trialParams,
        body: randomiseBody.optional(),
        response: { 200: trialView },
      },
    },
    async (request) => randomiseTrial(request.ctx, g, request.params.id, request.params.measureId, request.body?.seed),
  );
  app.post(
    `${base}/register`,
    {
      schema: {
        tags,
        summary: 'Pre-register: fix hypothesis, indicator, units, allocation and periods',
        params: trialParams,
        response: { 200: trialView },
      },
    },
    async (request) => registerTrial(request.ctx, g, request.params.id, request.params.measureId),
  );
  app.put(
    `${base}/measurements`,
    {
      schema: {
        tags,
        summary: 'Manual indicator values per unit and period (null removes one)',
        params: trialParams,
        body: measurementsBody,
        response: { 200: trialView },
      },
    },
    async (request) => putMeasurements(request.ctx, g, request.params.id, request.params.measureId, request.body),
  );
  app.get(
    `${base}/analysis`,
    {
      schema: {
        tags,
        summary: 'Analysis: difference between arms with 95% interval, randomisation p-value and the method text',
        params: trialParams,
        response: { 200: analysisView },
      },
    },
    async (request) => trialAnalysis(request.ctx, g, request.params.id, request.params.measureId, missionSettings(config).minCellCount),
  );
};
