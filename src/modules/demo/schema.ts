/** zod schemas of the demo-content API (routes.ts). */
import { z } from 'zod';

export const demoStatusReply = z.object({
  enabledOnFirstStart: z.boolean().describe('STADSVEILIG_DEMO: a fresh database gets demo content on first start'),
  loadedAt: z.string().nullable(),
  removedAt: z.string().nullable().describe('When an admin removed the demo content (a restart does not load it again)'),
  modules: z.array(z.object({ module: z.string(), rows: z.number().nullable().describe('Demo rows held now; null: not counted') })),
  total: z.number(),
});

export const demoLoadReply = z.object({ lines: z.array(z.string()), status: demoStatusReply });

export const demoRemoveReply = z.object({
  removed: z.array(z.object({ module: z.string(), rows: z.number() })),
  status: demoStatusReply,
});
