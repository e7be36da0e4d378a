/**
 * The yearly evaluation of camera areas under /api/v1: the counts per year inside and around the
 * area with the recorded evaluations (powers:read), and recording an evaluation (powers:edit).
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/module-contract.ts';
import { problemReply } from '../../../core/problem-schema.ts';
import { deadlineView, idParams, isoDate } from '../decision/decision-schema.ts';
import { todayText } from '../measures/measure-routes.ts';
import { cameraEvaluation, recordCameraEvaluation } from './camera-service.ts';
import { CAMERA_OUTCOMES } from './tables.ts';

const tags = ['powers'];
const count = z.number().int().nullable().describe('Null: a small number the caller may not see');
const evaluationReply = z.object({
  decisionId: z.uuid(),
  number: z.string(),
  measureStart: isoDate,
  ringMetres: z.number().int(),
  years: z.array(
    z.object({
      year: z.number().int().describe('0: the year before the start (baseline)'),
      from: isoDate,
      to: isoDate.describe('Exclusive'),
      partial: z.boolean().describe('The year has not ended yet'),
      inside: count,
      around: count,
    }),
  ),
  disclosure: z.object({ minCount: z.number().int(), suppressed: z.number().int(), note: z.string().nullable() }),
  reasons: z.array(z.string()),
  evaluations: z.array(
    z.object({
      id: z.uuid(),
      year: z.number().int(),
      evaluatedOn: isoDate,
      conclusion: z.string(),
      outcome: z.enum(CAMERA_OUTCOMES),
      recordedAt: z.string(),
    }),
  ),
  deadline: deadlineView.nullable(),
});
const evaluationQuery = z.object({
  ring: z.coerce.number().int().min(50).max(1000).default(200).describe('Width of the ring around the area in metres'),
});
const evaluationBody = z.object({
  year: z.number().int().min(1).max(50).describe('The evaluation year (1 = the first year from the start)'),
  evaluatedOn: isoDate,
  conclusion: z.string().trim().min(1).max(5000),
  outcome: z.enum(CAMERA_OUTCOMES).describe('continue, adjust or stop the cameras'),
});
const errors = { 400: problemReply, 401: problemReply, 403: problemReply, 404: problemReply, 409: problemReply };

export const cameraRoutes: RouteModule = (app, deps) => {
  const settings = {
    gemeente: deps.config.municipality,
    get minCellCount() {
      return deps.config.minCellCount;
    },
  };
  app.get(
    '/decisions/:id/camera-evaluation',
    {
      schema: {
        tags,
        summary: 'A camera area’s yearly evaluation: incidents inside and around the area per year, the recorded evaluations',
        description: 'Errors: 401, 403 (a decision of a case the caller may not open), 404, 409 (not a camera area) problem+json.',
        params: idParams,
        querystring: evaluationQuery,
        response: { 200: evaluationReply, ...errors },
      },
    },
    async (request) => cameraEvaluation(request.ctx, settings, request.params.id, request.query.ring, todayText()),
  );
  app.post(
    '/decisions/:id/camera-evaluations',
    {
      schema: {
        tags,
        summary: 'Record the evaluation of one year of a camera area (conclusion; continue, adjust or stop)',
        description:
          'Errors: 400 (a year that has not begun), 401, 403, 404, 409 (not a camera area, or the year already recorded) problem+json.',
        params: idParams,
        body: evaluationBody,
        response: { 201: evaluationReply, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordCameraEvaluation(request.ctx, settings, request.params.id, request.body, todayText())),
  );
};
