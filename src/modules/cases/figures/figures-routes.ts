/**
 * Routes of the aggregate figures (cases:figures): counts of cases per criterion, trajectory and
 * month, duration and plans within 4 weeks — no person, no reference, no id; small numbers null.
 */
import type { RouteModule } from '../../../core/module-contract.ts';
import { caseFigures } from './figures-service.ts';
import { figuresQuery, figuresReply } from './figures-schema.ts';

const tags = ['cases'];

export const figuresRoutes: RouteModule = (app, { config }) => {
  app.get(
    '/cases/figures',
    {
      schema: {
        tags,
        summary: 'Aggregate figures of the person-oriented approach (PGA), without persons',
        description:
          'Cases open per criterion and trajectory, inflow and outflow per month and quarter, median duration, share with a plan within 4 weeks, outcomes per life domain. Counts 1 … n−1 (n = the municipality’s minimum cell count) are null, with complementary suppression; shares and medians over fewer than n cases are null. Errors: 400, 401, 403 problem+json.',
        querystring: figuresQuery,
        response: { 200: figuresReply },
      },
    },
    // minCellCount is read per request: Beheer changes it live
    async (request) =>
      caseFigures(request.ctx, { gemeente: config.municipality, minCellCount: config.minCellCount, now: new Date() }, request.query),
  );
};
