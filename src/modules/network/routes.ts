/**
 * Network API under /api/v1: partner organisations, their contact persons, agreements and member
 * accounts (`partnerRoutes`),
 * and the participants of a mission (`participantRoutes`, mounted by the missions module with its
 * access rule, under /missions/{id}/participants).
 */
import { z } from 'zod';
import type { RouteModule } from '../../core/module-contract.ts';
import type { MissionGate } from './mission-gate.ts';
import { partnerAccountRoutes } from './partner-account-routes.ts';
import { todayOf } from './agreement-status.ts';
import * as d from './detail-schema.ts';
import { partnerDetailRoutes } from './partner-detail-routes.ts';
import { addPartnerMember, changePartner, createPartner, getPartner, listPartners } from './partner-service.ts';
import { addParticipant, listParticipants, removeParticipant } from './participant-service.ts';
import * as s from './schema.ts';

const tags = ['network'];
const noContent = { 204: z.null() };

export const partnerRoutes: RouteModule = (app, deps) => {
  const g = deps.config.municipality;
  app.get(
    '/partners',
    {
      schema: {
        tags,
        summary: 'Partner organisations (staff with network:read; a partner account: its own and those in its areas)',
        description:
          'Filter `area` (a CBS code): partners working in that area, in its wijk or gemeente, or in its buurten, and city-wide ones (no areas). ' +
          'A partner account sees its own organisations and the active partners working in its areas (name, type, areas only).',
        querystring: s.partnerListQuery,
        response: { 200: z.object({ partners: z.array(s.partnerView) }) },
      },
    },
    async (request) => ({ partners: await listPartners(request.ctx, g, request.query, todayOf(new Date())) }),
  );
  app.post(
    '/partners',
    {
      schema: { tags, summary: 'Add a partner organisation (network:edit)', body: s.partnerBody, response: { 201: s.partnerView } },
    },
    async (request, reply) => reply.code(201).send(await createPartner(request.ctx, g, request.body)),
  );
  app.get(
    '/partners/:id',
    {
      schema: {
        tags,
        summary: 'One partner: its areas, contact persons (when the reader may see them; each read is logged), agreements, mission count',
        params: s.partnerParams,
        response: { 200: d.partnerDetailView },
      },
    },
    async (request) => getPartner(request.ctx, g, request.params.id, todayOf(new Date())),
  );
  app.post(
    '/partners/:id/members',
    {
      schema: {
        tags,
        summary: 'Let a partner-role account act for this partner (sees its missions)',
        params: s.partnerParams,
        body: s.memberBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await addPartnerMember(request.ctx, g, request.params.id, request.body.userId);
      return reply.code(204).send(null);
    },
  );
  app.patch(
    '/partners/:id',
    {
      schema: {
        tags,
        summary: 'Edit or (de)activate a partner organisation (network:edit)',
        params: s.partnerParams,
        body: s.partnerChangeBody,
        response: { 200: s.partnerView },
      },
    },
    async (request) => changePartner(request.ctx, g, request.params.id, request.body),
  );
  partnerDetailRoutes(app, deps);
  partnerAccountRoutes(app, g, deps.config);
};

/** The participant routes of a mission; `gate` says who may read and change the mission. */
export const participantRoutes =
  (gate: MissionGate): RouteModule =>
  (app, { config }) => {
    const g = config.municipality;
    app.get(
      '/missions/:id/participants',
      {
        schema: {
          tags,
          summary: 'Partners, residents’ initiatives and groups taking part',
          params: s.missionParams,
          response: { 200: z.object({ participants: z.array(s.participantView) }) },
        },
      },
      async (request) => ({ participants: await listParticipants(request.ctx, gate, g, request.params.id) }),
    );
    app.post(
      '/missions/:id/participants',
      {
        schema: {
          tags,
          summary: 'Add a participant',
          params: s.missionParams,
          body: s.participantBody,
          response: { 201: s.participantView },
        },
      },
      async (request, reply) => reply.code(201).send(await addParticipant(request.ctx, gate, g, request.params.id, request.body)),
    );
    app.delete(
      '/missions/:id/participants/:participantId',
      { schema: { tags, summary: 'Remove a participant', params: s.participantParams, response: noContent } },
      async (request, reply) => {
        await removeParticipant(request.ctx, gate, g, request.params.id, request.params.participantId);
        return reply.code(204).send(null);
      },
    );
  };
