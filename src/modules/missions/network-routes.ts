/** Partners, mission participants, the mission log and measures under /api/v1. */
import { z } from 'zod';
import type { RouteModule } from '../../core/module-contract.ts';
import { createMeasureBody, measureParams, measureView, patchMeasureBody } from './measure-schema.ts';
import { createMeasure, deleteMeasure, listMeasures, updateMeasure } from './measure-service.ts';
import * as s from './participant-schema.ts';
import { addLogEntry, addParticipant, addPartnerMember, createPartner, listLog, listParticipants, listPartners, removeParticipant } from './participant-service.ts';
import { idParam } from './schema.ts';

const tags = ['missions'];
const noContent = { 204: z.null() };

export const networkRoutes: RouteModule = (app, { config }) => {
  const g = config.municipality;
  app.get('/partners', { schema: { tags, summary: 'Partner organisations (no personal data)', response: { 200: z.object({ partners: z.array(s.partnerView) }) } } },
    async (request) => ({ partners: await listPartners(request.ctx, g) }));
  app.post('/partners', { schema: { tags, summary: 'Add a partner organisation (coordinators, admins)', body: s.partnerBody, response: { 201: s.partnerView } } },
    async (request, reply) => reply.code(201).send(await createPartner(request.ctx, g, request.body)));
  app.post('/partners/:id/members', { schema: { tags, summary: 'Let a partner-role account act for this partner (sees its missions)', params: idParam, body: s.memberBody, response: noContent } },
    async (request, reply) => {
      await addPartnerMember(request.ctx, g, request.params.id, request.body.userId);
      return reply.code(204).send(null);
    });

  app.get('/missions/:id/participants', { schema: { tags, summary: 'Partners, residents’ initiatives and groups taking part', params: idParam, response: { 200: z.object({ participants: z.array(s.participantView) }) } } },
    async (request) => ({ participants: await listParticipants(request.ctx, g, request.params.id) }));
  app.post('/missions/:id/participants', { schema: { tags, summary: 'Add a participant', params: idParam, body: s.participantBody, response: { 201: s.participantView } } },
    async (request, reply) => reply.code(201).send(await addParticipant(request.ctx, g, request.params.id, request.body)));
  app.delete('/missions/:id/participants/:participantId', { schema: { tags, summary: 'Remove a participant', params: s.participantParams, response: noContent } },
    async (request, reply) => {
      await removeParticipant(request.ctx, g, request.params.id, request.params.participantId);
      return reply.code(204).send(null);
    });

  app.get('/missions/:id/log', { schema: { tags, summary: 'Log of decisions and meetings, newest first', params: idParam, response: { 200: z.object({ entries: z.array(s.logView) }) } } },
    async (request) => ({ entries: await listLog(request.ctx, g, request.params.id) }));
  app.post('/missions/:id/log', { schema: { tags, summary: 'Record a decision, meeting or note', params: idParam, body: s.logBody, response: { 201: s.logView } } },
    async (request, reply) => reply.code(201).send(await addLogEntry(request.ctx, g, request.params.id, request.body)));

  app.get('/missions/:id/measures', { schema: { tags, summary: 'Measures with legal basis (powers) and EAST design (behavioural)', params: idParam, response: { 200: z.object({ measures: z.array(measureView) }) } } },
    async (request) => ({ measures: await listMeasures(request.ctx, g, request.params.id) }));
  app.post('/missions/:id/measures', { schema: { tags, summary: 'Add a measure', params: idParam, body: createMeasureBody, response: { 201: measureView } } },
    async (request, reply) => reply.code(201).send(await createMeasure(request.ctx, g, request.params.id, request.body)));
  app.patch('/missions/:id/measures/:measureId', { schema: { tags, summary: 'Change a measure (status, dates, cost, …)', params: measureParams, body: patchMeasureBody, response: { 200: measureView } } },
    async (request) => updateMeasure(request.ctx, g, request.params.id, request.params.measureId, request.body));
  app.delete('/missions/:id/measures/:measureId', { schema: { tags, summary: 'Remove a measure', params: measureParams, response: noContent } },
    async (request, reply) => {
      await deleteMeasure(request.ctx, g, request.params.id, request.params.measureId);
      return reply.code(204).send(null);
    });
};
