/** Routes of a partner's contact persons (work contact only; reads logged) and agreements, under /partners/{id}. */
import { z } from 'zod';
import type { RouteModule } from '../../core/module-contract.ts';
import { changeAgreement, createAgreement, listAgreements } from './agreement-service.ts';
import { todayOf } from './agreement-status.ts';
import { addContact, changeContact, listContacts, removeContact } from './contact-service.ts';
import * as d from './detail-schema.ts';
import { partnerParams } from './schema.ts';

const tags = ['network'];
const today = () => todayOf(new Date());

export const partnerDetailRoutes: RouteModule = (app, { config }) => {
  const g = config.municipality;
  const contactNote = 'Work contact only: name, function, work e-mail and work phone — never private data.';
  app.get(
    '/partners/:id/contacts',
    {
      schema: {
        tags,
        summary: "A partner's contact persons (staff with network:read, the partner's own accounts); each read is logged",
        description: contactNote,
        params: partnerParams,
        response: { 200: z.object({ contacts: z.array(d.contactView) }) },
      },
    },
    async (request) => ({ contacts: await listContacts(request.ctx, g, request.params.id) }),
  );
  app.post(
    '/partners/:id/contacts',
    {
      schema: {
        tags,
        summary: 'Add a contact person (network:edit)',
        description: contactNote,
        params: partnerParams,
        body: d.contactBody,
        response: { 201: d.contactView },
      },
    },
    async (request, reply) => reply.code(201).send(await addContact(request.ctx, g, request.params.id, request.body)),
  );
  app.patch(
    '/partners/:id/contacts/:contactId',
    {
      schema: {
        tags,
        summary: 'Change a contact person (network:edit)',
        description: contactNote,
        params: d.contactParams,
        body: d.contactChangeBody,
        response: { 200: d.contactView },
      },
    },
    async (request) => changeContact(request.ctx, g, request.params.id, request.params.contactId, request.body),
  );
  app.delete(
    '/partners/:id/contacts/:contactId',
    { schema: { tags, summary: 'Remove a contact person (network:edit)', params: d.contactParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await removeContact(request.ctx, g, request.params.id, request.params.contactId);
      return reply.code(204).send(null);
    },
  );
  app.get(
    '/partners/:id/agreements',
    {
      schema: {
        tags,
        summary: 'Agreements the partner is party to (a partner account: only those its organisation is party to)',
        params: partnerParams,
        response: { 200: z.object({ agreements: z.array(d.agreementView) }) },
      },
    },
    async (request) => ({ agreements: await listAgreements(request.ctx, g, request.params.id, today()) }),
  );
  app.post(
    '/partners/:id/agreements',
    {
      schema: {
        tags,
        summary: 'Record an agreement (convenant, covenant on information sharing) under this partner (network:edit)',
        params: partnerParams,
        body: d.agreementBody,
        response: { 201: d.agreementView },
      },
    },
    async (request, reply) => reply.code(201).send(await createAgreement(request.ctx, g, request.params.id, request.body, today())),
  );
  app.patch(
    '/partners/:id/agreements/:agreementId',
    {
      schema: {
        tags,
        summary: 'Change an agreement (network:edit); a new end date gets a new reminder',
        params: d.agreementParams,
        body: d.agreementChangeBody,
        response: { 200: d.agreementView },
      },
    },
    async (request) => changeAgreement(request.ctx, g, request.params.id, request.params.agreementId, request.body, today()),
  );
};
