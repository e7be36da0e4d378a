import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../core/context.ts';
import { ROLE_LABELS } from '../../core/roles.ts';
import type { RouteModule } from '../../core/module-contract.ts';
import { DEVICE_COOKIE, type LoginClient } from './login-guard.ts';
import { changePasswordBody, loginBody, sessionReply } from './schema.ts';
import { changeOwnPassword } from './password-service.ts';
import { SESSION_COOKIE, login, logout } from './session-service.ts';
import { findUserById, type UserRow } from './user-store.ts';
import { permissionsOf } from './user-service.ts';

type SessionReply = z.infer<typeof sessionReply>;

function secureCookie(request: FastifyRequest, setting: 'auto' | boolean): boolean {
  return setting === 'auto' ? request.protocol === 'https' : setting;
}

function clientOf(request: FastifyRequest): LoginClient {
  return { ip: request.ip, deviceToken: request.cookies[DEVICE_COOKIE] };
}

/** The reply for a logged-in user; while the password must be changed, no permissions. */
function present(user: UserRow, actor: Actor, csrfToken: string): SessionReply {
  return {
    authenticated: true,
    user: {
      id: user.id,
      email: user.email,
      displayName: user.display_name,
      role: user.role,
      roleLabel: ROLE_LABELS[user.role].nl,
      mustChangePassword: user.must_change_password,
    },
    permissions: user.must_change_password ? [] : permissionsOf(actor),
    csrfToken,
  };
}

async function describeSession(request: FastifyRequest): Promise<SessionReply> {
  const { actor } = request.ctx;
  const row = actor.kind === 'user' && request.session ? await findUserById(request.ctx.db, actor.userId) : undefined;
  if (!row || !request.session) return { authenticated: false, user: null, permissions: [], csrfToken: null };
  return present(row, actor, request.session.csrfToken);
}

function clearCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export const sessionRoutes: RouteModule = (app, { config }) => {
  const limits = { sessionHours: config.sessionHours, idleMinutes: config.sessionIdleMinutes };

  app.get('/session', { schema: { tags: ['session'], summary: 'Who is logged in', response: { 200: sessionReply } } }, async (request) =>
    describeSession(request),
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
          'header on every state-changing request. Five wrong passwords from one IP address (or one known ' +
          'device) lock the account for that client for 15 minutes, doubling per lock up to 24 hours (429). ' +
          'While user.mustChangePassword is true, only the session endpoints answer: change the password first.',
        body: loginBody,
        response: { 200: sessionReply },
      },
    },
    async (request, reply) => {
      const result = await login(
        request.ctx,
        { email: request.body.email, password: request.body.password, client: clientOf(request) },
        limits,
      );
      const secure = secureCookie(request, config.secureCookies);
      reply.setCookie(SESSION_COOKIE, result.token, { path: '/', httpOnly: true, sameSite: 'strict', secure, expires: result.expiresAt });
      if (result.device) {
        reply.setCookie(DEVICE_COOKIE, result.device.token, {
          path: '/api/v1/session',
          httpOnly: true,
          sameSite: 'strict',
          secure,
          expires: result.device.expiresAt,
        });
      }
      const actor: Actor = { kind: 'user', userId: result.user.id, email: result.user.email, role: result.user.role };
      return present(result.user, actor, result.csrfToken);
    },
  );

  app.post(
    '/session/password',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['session'],
        summary: 'Change your own password',
        description:
          'The current password (checked like a login, under the same lock-out) and a new one of at least 12 ' +
          'characters that is not well known and not your e-mail address. Ends every other session of the ' +
          'user; this one stays. Clears mustChangePassword.',
        body: changePasswordBody,
        response: { 200: sessionReply },
      },
    },
    async (request) => {
      await changeOwnPassword(request.ctx, { ...request.body, client: clientOf(request), keepTokenHash: request.session?.tokenHash });
      return describeSession(request);
    },
  );

  app.delete('/session', { schema: { tags: ['session'], summary: 'Log out', response: { 204: z.null() } } }, async (request, reply) => {
    if (request.session) await logout(request.ctx, request.session.tokenHash);
    clearCookie(reply);
    return reply.code(204).send(null);
  });
};
