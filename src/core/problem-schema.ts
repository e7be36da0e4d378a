/** The RFC 9457 problem reply as a zod schema, for the error responses routes list in OpenAPI. */
import { z } from 'zod';

export const problemReply = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
  })
  .describe('RFC 9457 problem details');
