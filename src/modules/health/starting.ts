/**
 * The health reply while the server starts (before the app and its routes exist): the same shape as
 * `GET /health`, status `starting` (503), and the start steps still to do, in order.
 */
import type { z } from 'zod';
import { START_STEPS, type healthReply, type StartStep } from './schema.ts';

export { START_STEPS, type StartStep };

export function startingHealth(database: 'embedded' | 'postgres', step: StartStep): z.infer<typeof healthReply> {
  return { status: 'starting', database, incidentColumns: 'not-loaded', starting: START_STEPS.slice(START_STEPS.indexOf(step)) };
}
