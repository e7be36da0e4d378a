/** Reply schemas of `GET /health` and `GET /instance`. */
import { z } from 'zod';

export const healthReply = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['embedded', 'postgres']),
  /** The analysis views' in-memory incident columns: in, still loading after a start, or not asked for yet. */
  incidentColumns: z.enum(['ready', 'loading', 'not-loaded']),
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
