/**
 * Enforcement API under /api/v1: the feit codes in use (the types of the analysis views' source
 * `enforcement`, as /signal-categories lists the report categories). analysis:read.
 */
import { z } from 'zod';
import type { RouteModule } from '../../core/module-contract.ts';
import { codeList } from './registration-store.ts';

const tags = ['enforcement'];

export const codeView = z.object({
  code: z.string().describe("APV article ('APV 2:48') or CJIB feit code ('F601')"),
  description: z.string().describe('The most recent description registered with the code (may be empty)'),
});

export const enforcementRoutes: RouteModule = (app, { config }) => {
  app.get(
    '/enforcement/codes',
    {
      schema: {
        tags,
        summary: 'The feit codes of the enforcement registrations (BOA), for the analysis views’ source=enforcement',
        description: 'Codes and descriptions only, no counts and no persons; pass codes (or warning, fine, report) as `categories`.',
        response: { 200: z.object({ codes: z.array(codeView) }) },
      },
    },
    async (request) => ({ codes: await codeList(request.ctx.db, config.municipality) }),
  );
};
