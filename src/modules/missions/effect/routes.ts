/** GET /api/v1/missions/{id}/effect — the effect evaluation of a mission or one of its measures. */
import { z } from 'zod';
import type { RouteModule } from '../../../core/module-contract.ts';
import { missionEffect } from './effect-service.ts';
import { disclosureView, idParam } from '../schema.ts';
import { missionSettings } from '../settings.ts';

const ba = z
  .object({ before: z.number().nullable(), after: z.number().nullable() })
  .describe('null when suppressed for the caller (disclosure)');
const perception = z.object({
  goalId: z.string(),
  title: z.string(),
  indicatorCode: z.string(),
  areaCode: z.string(),
  before: z.object({ year: z.number(), value: z.number(), margin: z.number().nullable() }).nullable(),
  after: z.object({ year: z.number(), value: z.number(), margin: z.number().nullable() }).nullable(),
  difference: z.number().nullable(),
  margin: z.number().nullable(),
  significant: z.boolean().nullable(),
  comparison: z
    .unknown()
    .describe('Gemeente as comparison: {areaCode, before, after, differenceInDifferences, margin, significant} or null'),
  method: z.string().nullable(),
  reason: z.string().nullable(),
});

export const effectReply = z.object({
  missionId: z.string(),
  measureId: z.string().nullable(),
  subject: z.string(),
  status: z.enum(['ok', 'not-enough-data']),
  reasons: z.array(z.string()).describe('Why there is no effect figure yet (empty when status is ok)'),
  crime: z
    .object({
      periods: z.object({ before: z.object({ from: z.string(), to: z.string() }), after: z.object({ from: z.string(), to: z.string() }) }),
      counts: z.object({ target: ba, comparison: ba, ring: ba, comparisonRing: ba }),
      comparison: z.object({
        codes: z.array(z.string()),
        names: z.array(z.string()),
        suggested: z.boolean(),
        ringCodes: z.array(z.string()),
        suggestion: z
          .unknown()
          .describe('target features, scales and the nearest candidates {code, name, level, slope, total, distance} — to edit the choice'),
      }),
      ring: z.object({ kind: z.enum(['buurten', 'distance']), codes: z.array(z.string()), metres: z.number().nullable() }),
      did: z
        .object({
          irr: z.number(),
          percentChange: z.number(),
          logIrr: z.number(),
          se: z.number(),
          ciLow: z.number(),
          ciHigh: z.number(),
          z: z.number(),
          p: z.number(),
          continuityCorrected: z.boolean(),
        })
        .nullable(),
      wdd: z
        .object({
          local: z.number(),
          displacement: z.number(),
          total: z.number(),
          variance: z.number(),
          se: z.number(),
          z: z.number(),
          p: z.number(),
          ciLow: z.number(),
          ciHigh: z.number(),
        })
        .nullable(),
      preTrend: z
        .object({ target: z.number(), comparison: z.number() })
        .nullable()
        .describe('Log slope per year in the pre-period (null, like did and wdd, when a count it comes from is suppressed)'),
    })
    .nullable(),
  method: z.string().nullable().describe('Method, data period and design in words — show next to every figure'),
  caveats: z.array(z.string()),
  perception: z.array(perception).describe('Perceived-safety goals: difference of survey estimates with margins'),
  disclosure: disclosureView,
});

/** The effect around any place (placeEffect): the crime part with its method, without a mission's subject and surveys. */
export const placeEffectReply = effectReply.omit({ missionId: true, measureId: true, subject: true, perception: true });

export const effectRoutes: RouteModule = (app, { config }) => {
  app.get(
    '/missions/:id/effect',
    {
      schema: {
        tags: ['missions'],
        summary: 'Effect evaluation (Maryland level 3): DiD against suggested comparison buurten, displacement ring, survey margins',
        description:
          'Settings (comparison buurten, ring width, minimum weeks/counts) are edited with PATCH /missions/{id} `effectSettings`. Pass measureId for the effect of one measure (its start date and scope).',
        params: idParam,
        querystring: z.object({ measureId: z.uuid().optional() }),
        response: { 200: effectReply },
      },
    },
    async (request) => missionEffect(request.ctx, missionSettings(config), request.params.id, request.query.measureId),
  );
};
