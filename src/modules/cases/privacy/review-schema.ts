/** zod schemas of the privacy officer's review: break-glass openings, verdicts, and the cases' processing log. */
import { z } from 'zod';

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });
const dayOrInstant = z.union([z.iso.date(), instant]);

export const openingsQuery = z.object({
  status: z.enum(['unreviewed', 'all']).default('unreviewed').describe('Only openings without a verdict (default), or all'),
  from: dayOrInstant.optional().describe('Opened at or after (date or date-time)'),
  to: dayOrInstant.optional().describe('Opened before (date or date-time)'),
});
export const openingParams = z.object({ id: z.uuid('must be a break-glass id (UUID)') });

const verdict = z.enum(['terecht', 'onterecht']);
export const verdictBody = z.object({
  verdict: verdict.describe("'terecht' (justified) or 'onterecht' (not justified)"),
  note: z.string().trim().max(2000).optional().describe('The reviewer’s note'),
});

export const openingView = z.object({
  id: z.uuid(),
  caseReference: z.string(),
  user: z.object({ id: z.uuid(), name: z.string().nullable(), role: z.string().nullable() }),
  reason: z.string(),
  openedAt: instant,
  expiresAt: instant,
  review: z
    .object({ at: instant, by: z.string().nullable(), verdict: verdict.nullable(), note: z.string().nullable() })
    .nullable()
    .describe('null until the privacy officer gave a verdict'),
});
export type OpeningView = z.infer<typeof openingView>;

export const logQuery = z.object({
  from: dayOrInstant.optional(),
  to: dayOrInstant.optional(),
  before: z.coerce.number().int().positive().optional().describe('Next page: records older than this id'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const logRecordView = z.object({
  id: z.number().int(),
  at: instant,
  activity: z.string(),
  operation: z.string(),
  actor: z.string().describe('The account’s name, or the system job'),
  caseReference: z.string().nullable(),
  status: z.string(),
  legalBasis: z.string().nullable(),
});
export const logView = z.object({ records: z.array(logRecordView), nextBefore: z.number().int().nullable() });
