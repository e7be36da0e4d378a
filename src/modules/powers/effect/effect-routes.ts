/** GET /api/v1/decisions/{id}/effect — the effect of a closure around its address (powers:read; the decision's access). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/module-contract.ts';
import { problemReply } from '../../../core/problem-schema.ts';
import { placeEffectReply } from '../../missions/index.ts';
import { idParams, isoDate } from '../decision/decision-schema.ts';
import { closureEffect, closureEffectQuery } from './closure-effect.ts';

export const closureEffectReply = placeEffectReply.extend({
  decisionId: z.uuid(),
  number: z.string(),
  start: isoDate.nullable(),
  radiusMetres: z.number().int(),
  ringMetres: z.number().int(),
  crimeTypes: z.array(z.string()),
});

export const effectRoutes: RouteModule = (app, deps) => {
  app.get(
    '/decisions/:id/effect',
    {
      schema: {
        tags: ['powers'],
        summary: 'The effect of a closure around its address: Poisson DiD and displacement (WDD) before and after the start',
        description:
          'The missions effect engine for a circle around the address (default 150 m) with a displacement ring (default 250 m). Status not-enough-data comes with its reasons. Errors: 401, 403 (a decision of a case the caller may not open), 404, 409 (not a closure, or no address) problem+json.',
        params: idParams,
        querystring: closureEffectQuery,
        response: {
          200: closureEffectReply,
          400: problemReply,
          401: problemReply,
          403: problemReply,
          404: problemReply,
          409: problemReply,
        },
      },
    },
    async (request) => closureEffect(request.ctx, deps.config, request.params.id, request.query),
  );
};
