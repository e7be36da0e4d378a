/**
 * Invitations by one-time link (admins): invite an account by e-mail, resend or withdraw its
 * invitation. Accepting one is a session route (`POST /session/invitation`, routes.ts).
 */
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Config } from '../../../core/config.ts';
import type { RouteModule } from '../../../core/module-contract.ts';
import { inviteBody, inviteReply, userIdParams, userView } from '../schema.ts';
import { currentView } from '../user-service.ts';
import { type InvitationEnv, type IssuedInvitation, inviteByLink, resendInvitation, withdrawInvitation } from './invitation-service.ts';

const tags = ['users'];

function envOf(request: FastifyRequest, config: Config): InvitationEnv {
  return {
    baseUrl: config.publicUrl ?? `${request.protocol}://${request.host}`,
    inviteHours: config.inviteHours,
    smtpConfigured: config.smtpUrl !== undefined,
  };
}

async function reply(request: FastifyRequest, issued: IssuedInvitation, env: InvitationEnv): Promise<z.infer<typeof inviteReply>> {
  const user = await currentView(request.ctx, issued.userId);
  return { user, expiresAt: issued.expiresAt.toISOString(), smtpConfigured: env.smtpConfigured, link: issued.link };
}

export const invitationRoutes: RouteModule = (app, { config }) => {
  const description =
    'Mails the account a link <public url>/uitnodiging#<token> (single use, expires after STADSVEILIG_INVITE_HOURS) ' +
    'with which the invitee sets their own password and is logged in. Without an SMTP server the mail waits in ' +
    'the outbox and the reply carries the link once, to pass on by hand.';
  app.post(
    '/users/invitations',
    {
      schema: {
        tags,
        summary: 'Invite an account by e-mail link (admins; logged)',
        description,
        body: inviteBody,
        response: { 201: inviteReply },
      },
    },
    async (request, res) => {
      const env = envOf(request, config);
      return res.code(201).send(await reply(request, await inviteByLink(request.ctx, request.body, env), env));
    },
  );
  app.post(
    '/users/:id/invitation',
    {
      schema: {
        tags,
        summary: 'Send an invitation again with a new link (admins; logged)',
        description: 'For an invitation not accepted yet: the old link stops working; a withdrawn account is active again.',
        params: userIdParams,
        response: { 200: inviteReply },
      },
    },
    async (request) => {
      const env = envOf(request, config);
      return reply(request, await resendInvitation(request.ctx, request.params.id, env), env);
    },
  );
  app.delete(
    '/users/:id/invitation',
    {
      schema: {
        tags,
        summary: 'Withdraw an invitation not accepted yet (admins; logged)',
        description: 'The link stops working and the account is disabled.',
        params: userIdParams,
        response: { 200: userView },
      },
    },
    async (request) => {
      await withdrawInvitation(request.ctx, request.params.id);
      return currentView(request.ctx, request.params.id);
    },
  );
};
