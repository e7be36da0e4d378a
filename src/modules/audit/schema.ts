/** Request and reply schemas of `GET /audit-log`. */
import { z } from 'zod';

const recordSchema = z.object({
  id: z.number(),
  traceId: z.string(),
  spanId: z.string(),
  name: z.string(),
  processingActivityId: z.string(),
  operation: z.string(),
  actor: z.string(),
  dataSubjectType: z.string().nullable(),
  dataSubjectPseudonym: z.string().nullable(),
  statusCode: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  resource: z.object({ name: z.string(), version: z.string() }),
  attributes: z.record(z.string(), z.unknown()),
  legalBasis: z.string().nullable().describe('The legal basis (grondslag) of the processing, where one is named'),
});

export const querySchema = z
  .object({
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    activity: z.string().max(100).optional(),
    actor: z.string().max(200).optional(),
    traceId: z
      .string()
      .regex(/^[0-9a-f]{32}$/, 'must be 32 lowercase hex characters')
      .optional(),
    status: z.enum(['OK', 'ERROR', 'DENIED']).optional(),
    subjectType: z.string().max(50).optional(),
    subjectId: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    before: z.coerce.number().int().positive().optional(),
    format: z
      .enum(['json', 'csv'])
      .default('json')
      .describe('csv: every matching record (limit and before ignored) up to the row cap, as text/csv'),
  })
  .refine((q) => Boolean(q.subjectType) === Boolean(q.subjectId), {
    message: 'subjectType and subjectId go together',
    path: ['subjectId'],
  });

export const searchReply = z.object({ records: z.array(recordSchema), nextBefore: z.number().nullable() });
