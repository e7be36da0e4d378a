/** zod schemas of break-glass: the reason, and the opening it gives. */
import { z } from 'zod';

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });

export const breakGlassParams = z.object({ id: z.uuid('must be a case id (UUID)') });
export const breakGlassBody = z.object({
  reason: z
    .string()
    .trim()
    .min(20, 'leg in minstens 20 tekens uit waarom u deze casus moet inzien')
    .max(1000)
    .describe('Why you must see this case now (shown to the privacy officer; not mailed). No more about the person than needed.'),
});
export const breakGlassOpened = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  reference: z.string(),
  openedAt: instant,
  expiresAt: instant,
});
