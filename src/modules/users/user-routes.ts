import { z } from 'zod';
import type { RouteModule } from '../../http/types.ts';
import { createUserBody, createUserReply, userView } from './schema.ts';
import { createUser, disableUser, listUsers } from './user-service.ts';

export const userRoutes: RouteModule = (app) => {
  app.get(
    '/users',
    { schema: { tags: ['users'], summary: 'List user accounts (admins)', response: { 200: z.object({ users: z.array(userView) }) } } },
    async (request) => ({ users: await listUsers(request.ctx) }),
  );

  app.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create a user account (admins)',
        description: 'Without a password the server generates one and returns it once as generatedPassword.',
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
        params: z.object({ id: z.uuid('must be a user id (UUID)') }),
        response: { 200: userView },
      },
    },
    async (request) => disableUser(request.ctx, request.params.id),
  );
};
