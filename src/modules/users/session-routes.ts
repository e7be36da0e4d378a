import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ROLE_LABELS } from '../../core/roles.ts';
import type { RouteModule } from '../../http/types.ts';
import { loginBody, sessionReply } from './schema.ts';
import { SESSION_COOKIE, login, logout } from './session-service.ts';
import { findUserById } from './user-store.ts';
import { permissionsOf } from './user-service.ts';

function secureCookie(request: FastifyRequest, setting: 'auto' | boolean): boolean {
  return setting === 'auto' ? request.protocol === 'https' : setting;
}

async function describeSession(request: FastifyRequest): Promise<z.infer<typeof sessionReply>> {
  const { actor } = request.ctx;
  if (actor.kind !== 'user' || !request.session) return { authenticated: false, user: null, permissions: [], csrfToken: null };
  const row = await findUserById(request.ctx.db, actor.userId);
  return {
    authenticated: true,
    user: { id: actor.userId, email: actor.email, displayName: row?.display_name ?? null, role: actor.role, roleLabel: ROLE_LABELS[actor.role].nl },
    permissions: permissionsOf(actor),
    csrfToken: request.session.csrfToken,
  };
}

function clearCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export const sessionRoutes: RouteModule = (app, { config }) => {
  app.get(
    '/session',
    { schema: { tags: ['session'], summary: 'Who is logged in', response: { 200: sessionReply } } },
    async (request) => describeSession(request),
  );

  app.post(
    '/session',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['session'],
        summary: 'Log in',
        description:
          'Sets an HttpOnly, SameSite=Strict session cookie. Send the returned csrfToken as the x-csrf-token ' +
          'header on every state-changing request. Five wrong passwords lock the account for 15 minutes (429).',
        body: loginBody,
        response: { 200: sessionReply },
      },
    },
    async (request, reply) => {
      const result = await login(request.ctx, request.body.email, request.body.password, config.sessionHours);
      reply.setCookie(SESSION_COOKIE, result.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: secureCookie(request, config.secureCookies),
        expires: result.expiresAt,
      });
      const { user } = result;
      return {
        authenticated: true,
        user: { id: user.id, email: user.email, displayName: user.display_name, role: user.role, roleLabel: ROLE_LABELS[user.role].nl },
        permissions: permissionsOf({ kind: 'user', userId: user.id, email: user.email, role: user.role }),
        csrfToken: result.csrfToken,
      };
    },
  );

  app.delete(
    '/session',
    { schema: { tags: ['session'], summary: 'Log out', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.session) await logout(request.ctx, request.session.tokenHash);
      clearCookie(reply);
      return reply.code(204).send(null);
    },
  );
};
