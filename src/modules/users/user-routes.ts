import { z } from 'zod';
import type { RouteModule } from '../../core/module-contract.ts';
import { createUserBody, createUserReply, resetPasswordReply, userView } from './schema.ts';
import { createUser, disableUser, getUser, listUsers, resetPassword } from './user-service.ts';

const userIdParams = z.object({ id: z.uuid('must be a user id (UUID)') });

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

  app.post(
    '/users/:id/disable',
    {
      schema: {
        tags: ['users'],
        summary: 'Disable a user account (admins); ends its sessions',
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
