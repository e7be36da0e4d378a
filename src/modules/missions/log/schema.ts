/** zod schemas of the mission log (decisions, meetings, notes). */
import { z } from 'zod';
import { isoDate } from '../schema.ts';
import { LOG_KINDS } from '../tables.ts';

export const logBody = z.object({
  kind: z.enum(LOG_KINDS),
  occurredOn: isoDate,
  title: z.string().trim().min(2).max(200),
  body: z.string().trim().max(10000).default('').describe('Decisions and agreements; no personal data of residents'),
});
export type LogInput = z.infer<typeof logBody>;
export const logView = z.object({
  id: z.string(),
  kind: z.enum(LOG_KINDS),
  occurredOn: z.string(),
  title: z.string(),
  body: z.string(),
  actor: z.string(),
  createdAt: z.string(),
});
export type LogView = z.infer<typeof logView>;
