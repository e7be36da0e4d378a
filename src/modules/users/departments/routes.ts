/**
 * Departments and teams under /api/v1/departments: the list (also for whoever configures report
 * routing: signals route to departments by name), and their administration (admins).
 */
import { z } from 'zod';
import type { RouteModule } from '../../../core/module-contract.ts';
import { changeDepartment, createDepartment, listDepartments, setMembership } from './department-service.ts';
import { departmentBody, departmentChangeBody, departmentParams, departmentView, memberParams } from './schema.ts';

const tags = ['departments'];

export const departmentRoutes: RouteModule = (app, { config }) => {
  const g = config.municipality;
  app.get(
    '/departments',
    {
      schema: {
        tags,
        summary: 'Departments and teams (members only for account administrators; logged)',
        response: { 200: z.object({ departments: z.array(departmentView) }) },
      },
    },
    async (request) => ({ departments: await listDepartments(request.ctx, g) }),
  );
  app.post(
    '/departments',
    {
      schema: {
        tags,
        summary: 'Add a department or team (admins)',
        description: 'The name is unique in the municipality, ignoring case (409 otherwise).',
        body: departmentBody,
        response: { 201: departmentView },
      },
    },
    async (request, reply) => reply.code(201).send(await createDepartment(request.ctx, g, request.body)),
  );
  app.patch(
    '/departments/:id',
    {
      schema: {
        tags,
        summary: 'Rename, change or deactivate a department or team (admins)',
        params: departmentParams,
        body: departmentChangeBody,
        response: { 200: departmentView },
      },
    },
    async (request) => changeDepartment(request.ctx, g, request.params.id, request.body),
  );
  app.put(
    '/departments/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Add an account to a department or team (admins; logged)',
        params: memberParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await setMembership(request.ctx, g, request.params.id, request.params.userId, true);
      return reply.code(204).send(null);
    },
  );
  app.delete(
    '/departments/:id/members/:userId',
    {
      schema: {
        tags,
        summary: 'Remove an account from a department or team (admins; logged)',
        params: memberParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await setMembership(request.ctx, g, request.params.id, request.params.userId, false);
      return reply.code(204).send(null);
    },
  );
};
