/** Open311 API keys for admins under /api/v1/open311-api-keys. */
import { z } from 'zod';
import type { RouteModule } from '../../core/module-contract.ts';
import { createApiKey, listApiKeys, MAX_QUOTA_PER_HOUR, revokeApiKey } from './api-keys.ts';

const tags = ['open311'];
const keyView = z.object({ id: z.string(), name: z.string(), createdAt: z.string(), revokedAt: z.string().nullable(),
  quotaPerHour: z.number().nullable().describe('Requests per hour for this key; null: the configured default (STADSVEILIG_OPEN311_KEY_PER_HOUR)') });

export const open311AdminRoutes: RouteModule = (app) => {
  app.get('/open311-api-keys', { schema: { tags, summary: 'Open311 API keys (admins)', response: { 200: z.object({ keys: z.array(keyView) }) } } },
    async (request) => ({ keys: await listApiKeys(request.ctx) }));
  app.post('/open311-api-keys', {
    schema: { tags, summary: 'Create an Open311 API key; the key is shown once',
      body: z.object({ name: z.string().trim().min(1).max(100), quotaPerHour: z.number().int().min(1).max(MAX_QUOTA_PER_HOUR).optional().describe('Own quota (requests per hour); default: the configured one') }),
      response: { 201: keyView.extend({ key: z.string() }) } },
  }, async (request, reply) => reply.code(201).send(await createApiKey(request.ctx, request.body.name, request.body.quotaPerHour ?? null)));
  app.delete('/open311-api-keys/:id', { schema: { tags, summary: 'Revoke an Open311 API key', params: z.object({ id: z.uuid() }), response: { 204: z.null() } } },
    async (request, reply) => {
      await revokeApiKey(request.ctx, request.params.id);
      return reply.code(204).send(null);
    });
};
