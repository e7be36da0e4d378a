/**
 * zod schema for an e-mail address after the platform's one rule (`email-address.ts`): trimmed,
 * length checked before the pattern, lower-cased.
 */
import { z } from 'zod';
import { EMAIL_MAX_LENGTH, isEmailAddress, normaliseEmail } from './email-address.ts';

export const EMAIL_REASON = 'must be an e-mail address';

export const emailSchema = z
  .string()
  .trim()
  .max(EMAIL_MAX_LENGTH, `must be at most ${EMAIL_MAX_LENGTH} characters`)
  .refine(isEmailAddress, EMAIL_REASON)
  .transform(normaliseEmail)
  .meta({ format: 'email' });
