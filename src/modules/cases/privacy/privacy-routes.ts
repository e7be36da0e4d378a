/**
 * Routes of privacy: the existence search (cases:search, rate-limited per user), break-glass
 * (cases:break-glass) and the privacy officer's review of openings and of the cases' processing log
 * (cases:review). None of them answers a case's content.
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/module-contract.ts';
import * as bg from './break-glass-schema.ts';
import { breakGlass } from './break-glass-service.ts';
import { fieldKeyOf } from '../access/field-crypto.ts';
import * as rv from './review-schema.ts';
import { casesProcessingLog, listBreakGlassOpenings, reviewBreakGlass } from './review-service.ts';
import { SearchLimiter } from './search-limit.ts';
import { searchBody, searchReply } from './search-schema.ts';
import { searchCases } from './search-service.ts';

const tags = ['cases'];

export const privacyRoutes: RouteModule = async (app, { config }) => {
  const limiter = new SearchLimiter();
  const gemeente = config.municipality;
  app.post(
    '/cases/search',
    {
      schema: {
        tags,
        summary: 'Whether a case exists for a person (by name and date of birth, or BSN); at most 30 searches per hour per user',
        description:
          'Matches keyed hashes, never decrypts. A case open to you answers its id; any other only its reference and the procesregisseur to ask. Every search is logged without its terms.',
        body: searchBody,
        response: { 200: searchReply },
      },
    },
    async (request) => searchCases(request.ctx, { gemeente, key: fieldKeyOf(config), limiter }, request.body),
  );
  app.post(
    '/cases/:id/break-glass',
    {
      schema: {
        tags,
        summary: 'Open a case you are not assigned to, read-only for a limited time, with a reason',
        description:
          'The procesregisseur and the privacy officers are mailed (without the person or the reason); the opening is logged and reviewed.',
        params: bg.breakGlassParams,
        body: bg.breakGlassBody,
        response: { 201: bg.breakGlassOpened },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await breakGlass(
            request.ctx,
            { gemeente, breakGlassHours: config.breakGlassHours, publicUrl: config.publicUrl },
            request.params.id,
            request.body.reason,
          ),
        ),
  );
  app.get(
    '/case-break-glass',
    {
      schema: {
        tags,
        summary: 'Break-glass openings for the privacy officer’s review (no case content); the reading is logged',
        querystring: rv.openingsQuery,
        response: { 200: z.object({ openings: z.array(rv.openingView) }) },
      },
    },
    async (request) => ({ openings: await listBreakGlassOpenings(request.ctx, { gemeente }, request.query) }),
  );
  app.post(
    '/case-break-glass/:id/review',
    {
      schema: {
        tags,
        summary: 'The privacy officer’s verdict on a break-glass opening (once)',
        params: rv.openingParams,
        body: rv.verdictBody,
        response: { 200: rv.openingView },
      },
    },
    async (request) => reviewBreakGlass(request.ctx, { gemeente }, request.params.id, request.body),
  );
  app.get(
    '/cases/processing-log',
    {
      schema: {
        tags,
        summary: 'The processing log of PGA cases (who, when, which case by reference, legal basis), newest first',
        querystring: rv.logQuery,
        response: { 200: rv.logView },
      },
    },
    async (request) => casesProcessingLog(request.ctx, request.query),
  );
};
