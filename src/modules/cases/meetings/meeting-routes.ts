/**
 * Routes of case meetings (casusoverleg): list, create, read (each agenda item's content only for
 * the cases the caller is assigned to), change, notes per agenda item, decisions and actions.
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/module-contract.ts';
import { attendeeChoices } from './meeting-choices.ts';
import * as s from './meeting-schema.ts';
import {
  addDecision,
  changeAction,
  changeMeeting,
  createMeeting,
  getMeeting,
  listMeetings,
  type MeetingEnv,
  saveItemNotes,
} from './meeting-service.ts';

const tags = ['cases'];
const PER_CASE =
  'Each agenda item shows its case only to those assigned to it (logged); other items show only that a case is on the agenda.';

export const meetingRoutes: RouteModule = (app, { config }) => {
  const env = (): MeetingEnv => ({ gemeente: config.municipality });
  app.get(
    '/case-meetings',
    {
      schema: {
        tags,
        summary: 'Case meetings you created, attend, or direct a case on the agenda of; newest first',
        response: { 200: z.object({ meetings: z.array(s.meetingSummary) }) },
      },
    },
    async (request) => ({ meetings: await listMeetings(request.ctx, env()) }),
  );
  app.get(
    '/case-meetings/attendee-choices',
    {
      schema: {
        tags,
        summary: 'For a new meeting: your cases (reference only), the people assigned to them, the partners',
        response: { 200: s.attendeeChoices },
      },
    },
    async (request) => attendeeChoices(request.ctx, env().gemeente),
  );
  app.post(
    '/case-meetings',
    {
      schema: {
        tags,
        summary: 'Plan a case meeting: agenda of cases (you must have access to each), attendees per organisation',
        body: s.meetingBody,
        response: { 201: s.meetingView },
      },
    },
    async (request, reply) => reply.code(201).send(await createMeeting(request.ctx, env(), request.body)),
  );
  app.get(
    '/case-meetings/:id',
    {
      schema: {
        tags,
        summary: 'A case meeting with its agenda',
        description: PER_CASE,
        params: s.meetingParams,
        response: { 200: s.meetingView },
      },
    },
    async (request) => getMeeting(request.ctx, env(), request.params.id),
  );
  app.patch(
    '/case-meetings/:id',
    {
      schema: {
        tags,
        summary: 'Change a meeting: title, time, place, status (gepland/gehouden), general minutes (no case content)',
        params: s.meetingParams,
        body: s.meetingChangeBody,
        response: { 200: s.meetingView },
      },
    },
    async (request) => changeMeeting(request.ctx, env(), request.params.id, request.body),
  );
  app.put(
    '/case-meetings/:id/items/:caseId/notes',
    {
      schema: {
        tags,
        summary: 'The minutes of one agenda item (needs edit access to the case)',
        params: s.itemParams,
        body: s.itemNotesBody,
        response: { 200: s.meetingView },
      },
    },
    async (request) => saveItemNotes(request.ctx, env(), request.params.id, request.params.caseId, request.body.notes),
  );
  app.post(
    '/case-meetings/:id/items/:caseId/decisions',
    {
      schema: {
        tags,
        summary: 'Record a decision on an agenda item with agreed actions (owner, deadline); needs edit access to the case',
        params: s.itemParams,
        body: s.decisionBody,
        response: { 201: s.decisionView },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addDecision(request.ctx, env(), request.params.id, request.params.caseId, request.body)),
  );
  app.patch(
    '/case-meetings/:id/actions/:actionId',
    {
      schema: {
        tags,
        summary: 'Mark an agreed action done or not done (needs edit access to its case)',
        params: s.actionParams,
        body: s.actionChangeBody,
        response: { 200: s.actionView },
      },
    },
    async (request) => changeAction(request.ctx, env(), request.params.id, request.params.actionId, request.body.done),
  );
};
