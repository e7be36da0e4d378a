/** The accounts of a partner organisation (Beheer → Partners): list, invite one linked in one step, remove. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../core/config.ts';
import type { App } from '../../core/module-contract.ts';
import type { InvitationEnv } from '../users/index.ts';
import { invitePartnerAccount, listPartnerAccounts, removePartnerAccount } from './partner-accounts.ts';
import * as s from './schema.ts';

const tags = ['network'];

function envOf(request: FastifyRequest, config: Config): InvitationEnv {
  return {
    baseUrl: config.publicUrl ?? `${request.protocol}://${request.host}`,
    inviteHours: config.inviteHours,
    smtpConfigured: config.smtpUrl !== undefined,
  };
}

export function partnerAccountRoutes(app: App, g: string, config: Config): void {
  app.get(
    '/partners/:id/accounts',
    {
      schema: {
        tags,
        summary: 'The accounts acting for a partner (admins; logged)',
        params: s.partnerParams,
        response: { 200: z.object({ accounts: z.array(s.partnerAccountView) }) },
      },
    },
    async (request) => ({ accounts: await listPartnerAccounts(request.ctx, g, request.params.id) }),
  );
  app.post(
    '/partners/:id/accounts',
    {
      schema: {
        tags,
        summary: 'Invite an account with role partner, acting for this partner at once (admins; logged)',
        description:
          'method link: the account gets an e-mailed invitation link (see POST /users/invitations); method password: a ' +
          'one-time password, returned once. Account and link to the partner are made in one transaction.',
        params: s.partnerParams,
        body: s.partnerAccountBody,
        response: { 201: s.partnerAccountReply },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await invitePartnerAccount(request.ctx, g, request.params.id, request.body, envOf(request, config))),
  );
  app.delete(
    '/partners/:id/accounts/:userId',
    {
      schema: {
        tags,
        summary: 'The account no longer acts for this partner (admins; logged); the account itself stays',
        params: s.partnerMemberParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removePartnerAccount(request.ctx, g, request.params.id, request.params.userId);
      return reply.code(204).send(null);
    },
  );
}
