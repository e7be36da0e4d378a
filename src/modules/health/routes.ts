import { sql } from 'kysely';
import { z } from 'zod';
import type { RouteModule } from '../../core/module-contract.ts';

const healthReply = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['embedded', 'postgres']),
});

export const healthRoutes: RouteModule = (app, { database }) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness and database reachability',
        response: { 200: healthReply, 503: healthReply },
      },
    },
    async (_request, reply) => {
      const ok = await sql`SELECT 1 AS one`
        .execute(database.db)
        .then(() => true)
        .catch(() => false);
      return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', database: database.engine });
    },
  );
};
