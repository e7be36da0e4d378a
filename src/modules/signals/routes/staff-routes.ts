/** Staff endpoints of the signals module under /api/v1/signals (session + CSRF; authorised in services). */
import { z } from 'zod';
import type { RouteModule } from '../../../core/module-contract.ts';
import { deleteSavedFilter, exportInboxCsv, listSavedFilters, queryInbox, saveFilter } from '../handling/inbox.ts';
import { publishDescription, publishEntry } from '../handling/publication.ts';
import { mergeSignal, splitSignal } from '../handling/split-merge.ts';
import { signalSurroundings } from '../handling/surroundings.ts';
import * as s from '../staff-schema.ts';
import { assignmentOptions } from '../handling/assignment.ts';
import { returnToMunicipality } from '../handling/partner-actions.ts';
import { addNote, getSignalDetail, transitionSignal, updateSignal, viewContact } from '../handling/staff-service.ts';

const tags = ['signals (staff)'];

export const staffSignalRoutes: RouteModule = (app, { config }) => {
  const env = { gemeente: config.municipality, publicUrl: config.publicUrl ?? '' };
  const g = env.gemeente;

  app.get(
    '/signals',
    {
      schema: {
        tags,
        summary: 'Inbox: reports with filters, full-text search and paging',
        querystring: s.inboxQuery,
        response: { 200: s.inboxReply },
      },
    },
    async (request) => queryInbox(request.ctx, g, request.query),
  );

  app.get(
    '/signals/export.csv',
    {
      schema: {
        tags,
        summary: 'The inbox query as CSV (semicolon-separated, UTF-8 with BOM; no contact details)',
        querystring: s.inboxQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const csv = await exportInboxCsv(request.ctx, g, request.query);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="meldingen.csv"').send(csv);
    },
  );

  const savedFilter = z.object({ id: z.string(), name: z.string(), query: z.record(z.string(), z.unknown()) });
  app.get(
    '/signals/saved-filters',
    { schema: { tags, summary: 'My saved inbox filters', response: { 200: z.object({ filters: z.array(savedFilter) }) } } },
    async (request) => ({ filters: (await listSavedFilters(request.ctx)) as Array<z.infer<typeof savedFilter>> }),
  );
  app.post(
    '/signals/saved-filters',
    {
      schema: {
        tags,
        summary: 'Save (or replace by name) an inbox filter',
        body: z.object({ name: z.string().trim().min(1).max(100), query: s.inboxQuery }),
        response: { 201: savedFilter },
      },
    },
    async (request, reply) =>
      reply.code(201).send((await saveFilter(request.ctx, request.body.name, request.body.query)) as z.infer<typeof savedFilter>),
  );
  app.delete(
    '/signals/saved-filters/:filterId',
    { schema: { tags, summary: 'Delete a saved filter', params: z.object({ filterId: z.uuid() }), response: { 204: z.null() } } },
    async (request, reply) => {
      await deleteSavedFilter(request.ctx, request.params.filterId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/signals/assignment-options',
    {
      schema: {
        tags,
        summary: 'Whom a report may be assigned or forwarded to: colleagues, departments and teams, partner organisations (ids and names)',
        response: { 200: s.assignmentOptionsReply },
      },
    },
    async (request) => assignmentOptions(request.ctx, g),
  );

  app.get(
    '/signals/:id',
    {
      schema: {
        tags,
        summary: 'One report with history, allowed transitions and the caller’s permissions',
        params: s.idParam,
        response: { 200: s.signalDetail },
      },
    },
    async (request) => getSignalDetail(request.ctx, g, request.params.id),
  );

  app.get(
    '/signals/:id/nearby',
    {
      schema: {
        tags,
        summary: 'The report in its place: buurt name, nearest address, other open reports close by and likely duplicates',
        params: s.idParam,
        response: { 200: s.surroundingsReply },
      },
    },
    async (request) => signalSurroundings(request.ctx, g, request.params.id),
  );

  app.patch(
    '/signals/:id',
    {
      schema: {
        tags,
        summary: 'Re-categorise, assign to a colleague, or route to a department/team or partner (by id)',
        params: s.idParam,
        body: s.patchBody,
        response: { 200: s.signalDetail },
      },
    },
    async (request) => updateSignal(request.ctx, g, request.params.id, request.body),
  );

  app.post(
    '/signals/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Change the status (only allowedTransitions; some need a text); messages the reporter',
        params: s.idParam,
        body: s.transitionBody,
        response: { 200: s.signalDetail },
      },
    },
    async (request) => transitionSignal(request.ctx, env, request.params.id, request.body),
  );

  app.post(
    '/signals/:id/notes',
    {
      schema: {
        tags,
        summary: 'Add a note: internal, for the partner, or for the reporter (mailed to a reporter who agreed to updates)',
        params: s.idParam,
        body: s.noteBody,
        response: { 200: s.signalDetail },
      },
    },
    async (request) => addNote(request.ctx, env, request.params.id, request.body),
  );

  app.post(
    '/signals/:id/return',
    {
      schema: {
        tags,
        summary:
          'A partner hands a forwarded report back to the municipality with a reason (no longer forwarded; in the history); staff may record it for the partner',
        params: s.idParam,
        body: s.returnBody,
        response: { 200: s.returnReply },
      },
    },
    async (request) => returnToMunicipality(request.ctx, g, request.params.id, request.body.reason),
  );

  app.post(
    '/signals/:id/split',
    {
      schema: {
        tags,
        summary: 'Split into child reports (2–10 parts)',
        params: s.idParam,
        body: s.splitBody,
        response: { 200: s.signalDetail },
      },
    },
    async (request) => splitSignal(request.ctx, g, request.params.id, request.body.parts),
  );

  app.post(
    '/signals/:id/merge',
    {
      schema: {
        tags,
        summary: 'Merge this duplicate into another report; its reporter keeps receiving updates',
        params: s.idParam,
        body: s.mergeBody,
        response: { 200: s.signalDetail },
      },
    },
    async (request) => mergeSignal(request.ctx, env, request.params.id, request.body.into),
  );

  app.put(
    '/signals/:id/description/publication',
    {
      schema: {
        tags,
        summary: 'Publish the resident’s description and address text (Open311), or take it back; never for sensitive categories',
        params: s.idParam,
        body: s.publicationBody,
        response: { 200: s.signalDetail },
      },
    },
    async (request) => publishDescription(request.ctx, g, request.params.id, request.body.published),
  );

  app.put(
    '/signals/:id/history/:entryId/publication',
    {
      schema: {
        tags,
        summary: 'Publish a status text or note (Open311 status_notes, followers’ mails), or take it back; never for sensitive categories',
        params: s.entryParam,
        body: s.publicationBody,
        response: { 200: s.signalDetail },
      },
    },
    async (request) => publishEntry(request.ctx, g, request.params.id, request.params.entryId, request.body.published),
  );

  app.get(
    '/signals/:id/contact',
    {
      schema: {
        tags,
        summary: 'Reporter contact details (roles with signals:contact; every view is logged)',
        params: s.idParam,
        response: { 200: s.contactReply },
      },
    },
    async (request) => viewContact(request.ctx, g, request.params.id),
  );
};
