/** zod schemas of public mission summaries: what staff write and approve, what residents see. */
import { z } from 'zod';
import { scopeGeometry } from '../schema.ts';

export const summaryBody = z.object({
  title: z.string().trim().min(3).max(200),
  summary: z.string().trim().min(10).max(5000),
  join: z.string().trim().max(2000).default(''),
});
export const approvalBody = z.object({ approve: z.boolean() });

export const publicView = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  summary: z.string(),
  join: z.string().describe('How residents can take part'),
  status: z.string(),
  statusLabel: z.string(),
  area: z.string(),
  geometry: scopeGeometry.nullable(),
  approvedAt: z.string().nullable(),
  demo: z.boolean().describe('A made-up demo mission'),
  goals: z.array(
    z.object({
      title: z.string(),
      indicator: z.string(),
      baseline: z.number().nullable(),
      current: z.number().nullable(),
      target: z.number(),
      deadline: z.string(),
      progress: z.object({ status: z.string(), fraction: z.number().nullable(), explanation: z.string() }),
      suppressed: z.boolean().describe('Figures withheld: public pages show no small counts and nothing of a mission with a small area'),
    }),
  ),
});
