import { z } from 'zod';
import { emailSchema } from '../../../core/email-schema.ts';

const kind = z.enum(['afdeling', 'team']);
const name = z.string().trim().min(1, 'is required').max(120);

export const departmentView = z.object({
  id: z.string(),
  name: z.string(),
  kind,
  /** The department's shared mailbox, if any. */
  email: z.string().nullable(),
  active: z.boolean(),
  /** Who is in it; empty unless the caller administers accounts (users:read). */
  members: z.array(z.object({ userId: z.string(), email: z.string(), displayName: z.string().nullable() })),
  memberCount: z.number().int(),
});

export const departmentBody = z.object({ name, kind: kind.optional(), email: emailSchema.nullable().optional() });

export const departmentChangeBody = z.object({
  name: name.optional(),
  kind: kind.optional(),
  email: emailSchema.nullable().optional(),
  active: z.boolean().optional(),
});

export const departmentParams = z.object({ id: z.uuid('must be a department id (UUID)') });
export const memberParams = z.object({
  id: z.uuid('must be a department id (UUID)'),
  userId: z.uuid('must be a user id (UUID)'),
});
