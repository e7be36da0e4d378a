import { z } from 'zod';
import { ROLES } from '../../core/roles.ts';

export const loginBody = z.object({
  email: z.string().trim().email('must be an e-mail address').max(254),
  password: z.string().min(1, 'is required').max(1024),
});

export const sessionReply = z.object({
  authenticated: z.boolean(),
  user: z
    .object({ id: z.string(), email: z.string(), displayName: z.string().nullable(), role: z.enum(ROLES), roleLabel: z.string() })
    .nullable(),
  permissions: z.array(z.string()),
  csrfToken: z.string().nullable(),
});

export const userView = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string().nullable(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  status: z.enum(['active', 'disabled']),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  permissions: z.object({ update: z.boolean(), disable: z.boolean() }),
});

export const createUserBody = z.object({
  email: z.string().trim().email('must be an e-mail address').max(254),
  role: z.enum(ROLES),
  displayName: z.string().trim().min(1).max(200).optional(),
  password: z.string().min(12, 'must be at least 12 characters').max(1024).optional(),
});

export const createUserReply = z.object({
  user: userView,
  /** Present only when the server generated the password: shown once. */
  generatedPassword: z.string().nullable(),
});
