/**
 * The users module's HTTP routes: the session (`/session…`: who is logged in, login, logout, one's own
 * password) and account administration (`/users…`, admins).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../core/context.ts';
import { ROLE_LABELS } from '../../core/roles.ts';
import type { RouteModule } from '../../core/module-contract.ts';
import { DEVICE_COOKIE, type LoginClient } from './login-guard.ts';
import { acceptInvitation } from './invitations/invitation-service.ts';
import {
  acceptInvitationBody,
  changePasswordBody,
  createUserBody,
  createUserReply,
  loginBody,
  resetPasswordReply,
  sessionReply,
  updateUserBody,
  userIdParams,
  userView,
} from './schema.ts';
import { changeOwnPassword } from './password-service.ts';
import { SESSION_COOKIE, login, logout, sessionUser } from './session-service.ts';
import type { UserRow } from './user-store.ts';
import { changeRole, createUser, disableUser, getUser, listUsers, permissionsOf, resetPassword } from './user-service.ts';

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
  const row = request.session ? await sessionUser(request.ctx) : undefined;
  if (!row || !request.session) return { authenticated: false, user: null, permissions: [], csrfToken: null };
  return present(row, actor, request.session.csrfToken);
}

function clearCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export const sessionRoutes: RouteModule = (app, { config }) => {
  const limits = { sessionHours: config.sessionHours, idleMinutes: config.sessionIdleMinutes };

  /** Logs in (the login guard, a session, the cookies) and answers as GET /session does. */
  async function logIn(request: FastifyRequest, reply: FastifyReply, email: string, password: string): Promise<SessionReply> {
    const result = await login(request.ctx, { email, password, client: clientOf(request) }, limits);
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
  }

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
      return logIn(request, reply, request.body.email, request.body.password);
    },
  );

  app.post(
    '/session/invitation',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['session'],
        summary: 'Accept an invitation: set your password and log in',
        description:
          'The token from the invitation link (after #) and a new password under the one password rule. The token ' +
          'works once and expires (404 with the reason otherwise). Logs in like POST /session.',
        body: acceptInvitationBody,
        response: { 200: sessionReply },
      },
    },
    async (request, reply) => {
      const { email } = await acceptInvitation(request.ctx, request.body.token, request.body.password);
      return logIn(request, reply, email, request.body.password);
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

export const userRoutes: RouteModule = (app) => {
  app.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'List user accounts (admins; logged)',
        response: { 200: z.object({ users: z.array(userView) }) },
      },
    },
    async (request) => ({ users: await listUsers(request.ctx) }),
  );

  app.get(
    '/users/:id',
    { schema: { tags: ['users'], summary: 'One user account (admins; logged)', params: userIdParams, response: { 200: userView } } },
    async (request) => getUser(request.ctx, request.params.id),
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create a user account (admins)',
        description:
          'Without a password the server generates a one-time password, returns it once as generatedPassword, ' +
          'and the user must change it at the first login.',
        body: createUserBody,
        response: { 201: createUserReply },
      },
    },
    async (request, reply) => {
      const { user, password, generated } = await createUser(request.ctx, request.body);
      return reply.code(201).send({ user, generatedPassword: generated ? password : null });
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Change a user’s role (admins; logged)',
        description:
          'Not for your own account, and never for the last active administrator (409 with the reason). ' +
          'The account’s sessions get the new role’s permissions at their next request.',
        params: userIdParams,
        body: updateUserBody,
        response: { 200: userView },
      },
    },
    async (request) => changeRole(request.ctx, request.params.id, request.body.role),
  );

  app.post(
    '/users/:id/disable',
    {
      schema: {
        tags: ['users'],
        summary: 'Disable a user account (admins); ends its sessions',
        description: 'Not your own account, and never the last active administrator (409 with the reason).',
        params: userIdParams,
        response: { 200: userView },
      },
    },
    async (request) => disableUser(request.ctx, request.params.id),
  );

  app.post(
    '/users/:id/password-reset',
    {
      schema: {
        tags: ['users'],
        summary: 'Reset a user’s password (admins)',
        description:
          'Sets a generated one-time password, returned once as generatedPassword; the user must change it at the ' +
          'next login. Ends every session of the user and lifts the account’s login locks. Not for your own account.',
        params: userIdParams,
        response: { 200: resetPasswordReply },
      },
    },
    async (request) => {
      const { user, password } = await resetPassword(request.ctx, request.params.id);
      return { user, generatedPassword: password };
    },
  );
};
