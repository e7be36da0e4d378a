/** Reply schemas of `GET /health` and `GET /instance`. */
import { z } from 'zod';

/**
 * What a start does before the routes serve, in order: open (or on a first start create) the
 * database, apply migrations, load the shipped data and the first admin, the demo content,
 * housekeeping, then build the app.
 */
export const START_STEPS = ['database', 'migrations', 'seed', 'demo', 'housekeeping', 'app'] as const;
export type StartStep = (typeof START_STEPS)[number];

export const healthReply = z.object({
  /** `starting` (503, with `Retry-After`) until the routes serve; `degraded` (503) when the database does not answer. */
  status: z.enum(['ok', 'degraded', 'starting']),
  database: z.enum(['embedded', 'postgres']),
  /** The analysis views' in-memory incident columns: in, still loading after a start, or not asked for yet. */
  incidentColumns: z.enum(['ready', 'loading', 'not-loaded']),
  starting: z
    .array(z.enum(START_STEPS))
    .optional()
    .describe('Only while the server starts: the start steps still to do, the current one first'),
});

export const instanceReply = z.object({
  name: z.literal('Stadsveilig'),
  version: z.string(),
  municipality: z.object({ code: z.string(), name: z.string().nullable() }),
  map: z.object({
    background: z.enum(['none', 'pdok-brt']),
    backgroundTiles: z.string().nullable(),
    attribution: z.string().describe('Credit for the area boundaries, always shown'),
    backgroundAttribution: z.string().nullable().describe('Credit for the background map; shown only while its tiles are drawn'),
  }),
});
