/**
 * Initiatives API under /api/v1: the public form (POST, no account, rate-limited per IP), the public
 * list of published initiatives (GET; staff with network:read see all with their review part),
 * and the review steps for `initiatives:review` (PATCH, support, check-in, the logged contact read).
 */
import { z } from 'zod';
import type { RouteModule } from '../../core/module-contract.ts';
import { readContact } from './contact-service.ts';
import { registerInitiative } from './intake-service.ts';
import { getInitiative, listInitiatives } from './read-service.ts';
import { addSupport, changeInitiative, checkInDone } from './review-service.ts';
import * as s from './schema.ts';

const tags = ['initiatives'];

export const initiativeRoutes: RouteModule = (app, { config }) => {
  const g = config.municipality;
  const perIp = { rateLimit: { max: config.signalIntakePerMinute, timeWindow: '1 minute' } };
  app.post(
    '/initiatives',
    {
      config: perIp,
      schema: {
        tags,
        summary: 'Register a residents’ initiative (public form, no account)',
        description: 'The contact details are stored apart from the initiative (need-to-know, logged, removed a year after it ended).',
        body: s.initiativeBody,
        response: { 201: s.registeredReply },
      },
    },
    async (request, reply) => {
      const env = { gemeente: g, municipalityName: config.municipalityName ?? g };
      return reply.code(201).send(await registerInitiative(request.ctx, env, request.body));
    },
  );
  app.get(
    '/initiatives',
    {
      schema: {
        tags,
        summary: 'Initiatives: the public sees the published supported/active ones; staff (network:read) all, with filters',
        querystring: s.listQuery,
        response: { 200: z.object({ initiatives: z.array(s.initiativeView) }) },
      },
    },
    async (request) => ({ initiatives: await listInitiatives(request.ctx, g, request.query, new Date()) }),
  );
  app.get(
    '/initiatives/:id',
    {
      schema: {
        tags,
        summary: 'One initiative (the public: only a published one); staff also get history and support',
        params: s.initiativeParams,
        response: { 200: s.initiativeDetail },
      },
    },
    async (request) => getInitiative(request.ctx, g, request.params.id, new Date()),
  );
  app.patch(
    '/initiatives/:id',
    {
      schema: {
        tags,
        summary: 'Review: status, publication, reviewer, mission links',
        params: s.initiativeParams,
        body: s.changeBody,
        response: { 200: s.initiativeDetail },
      },
    },
    async (request) => changeInitiative(request.ctx, g, request.params.id, request.body, new Date()),
  );
  app.post(
    '/initiatives/:id/support',
    {
      schema: {
        tags,
        summary: 'Record support given (amount, materials, training, a contact)',
        params: s.initiativeParams,
        body: s.supportBody,
        response: { 201: s.initiativeDetail },
      },
    },
    async (request, reply) => reply.code(201).send(await addSupport(request.ctx, g, request.params.id, request.body, new Date())),
  );
  app.post(
    '/initiatives/:id/check-in',
    {
      schema: {
        tags,
        summary: 'The yearly check-in was held: the next is due a year from today',
        params: s.initiativeParams,
        body: s.checkInBody,
        response: { 200: s.initiativeDetail },
      },
    },
    async (request) => checkInDone(request.ctx, g, request.params.id, request.body.note, new Date()),
  );
  app.get(
    '/initiatives/:id/contact',
    {
      schema: {
        tags,
        summary: 'The initiators’ contact details (initiatives:review; every read is logged)',
        params: s.initiativeParams,
        response: { 200: s.contactView },
      },
    },
    async (request) => readContact(request.ctx, g, request.params.id),
  );
};
