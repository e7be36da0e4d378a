/**
 * The names of the accounts that appear in the processing log, for whoever reads the log (audit:read)
 * without reading the staff directory (users:read): the privacy officer. Only id and name to show —
 * no e-mail address, role or status — and the read is itself logged.
 */
import { z } from 'zod';
import { can, type ServiceContext } from '../../core/context.ts';
import { forbidden } from '../../core/errors.ts';
import type { RouteModule } from '../../core/module-contract.ts';
import { recordProcessing } from '../audit/index.ts';
import { accountSummaries } from './directory.ts';

const namesQuery = z.object({
  ids: z
    .string()
    .max(3800)
    .transform((s) => [
      ...new Set(
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.uuid()).min(1).max(100))
    .describe('Comma-separated account ids (at most 100)'),
});
const namesReply = z.object({ names: z.array(z.object({ id: z.uuid(), name: z.string() })) });

export async function actorNames(ctx: ServiceContext, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  if (!can(ctx.actor, 'audit:read') && !can(ctx.actor, 'users:read')) throw forbidden();
  const found = await accountSummaries(ctx.db, ids);
  await recordProcessing(ctx, { activity: 'accounts.manage', operation: 'read', attributes: { names: found.size } });
  return [...found.values()].map((a) => ({ id: a.id, name: a.name }));
}

export const actorNameRoutes: RouteModule = (app) => {
  app.get(
    '/users/names',
    {
      schema: {
        tags: ['users'],
        summary: 'Names of accounts by id, for readers of the processing log (logged)',
        querystring: namesQuery,
        response: { 200: namesReply },
      },
    },
    async (request) => ({ names: await actorNames(request.ctx, request.query.ids) }),
  );
};
