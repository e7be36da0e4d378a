import { z } from 'zod';
import { emailSchema } from '../../core/email-schema.ts';
import { ROLES } from '../../core/roles.ts';
import { MAX_PASSWORD_LENGTH } from './password.ts';

export const loginBody = z.object({
  email: emailSchema,
  password: z.string().min(1, 'is required').max(MAX_PASSWORD_LENGTH),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1, 'is required').max(MAX_PASSWORD_LENGTH),
  // The full rule (length, variety, not the e-mail address …) is checked by the service.
  newPassword: z.string().min(1, 'is required').max(MAX_PASSWORD_LENGTH),
});

export const sessionReply = z.object({
  authenticated: z.boolean(),
  user: z
    .object({
      id: z.string(),
      email: z.string(),
      displayName: z.string().nullable(),
      role: z.enum(ROLES),
      roleLabel: z.string(),
      /** While true the session reaches only the session endpoints: change the password first. */
      mustChangePassword: z.boolean(),
    })
    .nullable(),
  /** Empty while the password must be changed. */
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
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  /** Login locks now: the latest lock's end (null: none), locked clients, failed logins in the current 15-minute window. */
  lockout: z.object({ lockedUntil: z.string().nullable(), lockedClients: z.number().int(), failedLogins: z.number().int() }),
  /** The names of the active departments and teams the account belongs to. */
  departments: z.array(z.string()),
  /** The newest invitation by link, if the account was invited so (null: it was not). */
  invitation: z.object({ status: z.enum(['pending', 'expired', 'accepted', 'withdrawn']), expiresAt: z.string() }).nullable(),
  /** update: may change the role (not one's own account); invite: may resend or withdraw its invitation. */
  permissions: z.object({ update: z.boolean(), disable: z.boolean(), resetPassword: z.boolean(), invite: z.boolean() }),
});

export const updateUserBody = z.object({ role: z.enum(ROLES) });

export const createUserBody = z.object({
  email: emailSchema,
  role: z.enum(ROLES),
  displayName: z.string().trim().min(1).max(200).optional(),
  password: z.string().min(12, 'must be at least 12 characters').max(MAX_PASSWORD_LENGTH).optional(),
});

export const createUserReply = z.object({
  user: userView,
  /** Present only when the server generated the password: shown once. */
  generatedPassword: z.string().nullable(),
});

export const resetPasswordReply = z.object({
  user: userView,
  /** The new one-time password: shown once, to be changed at the next login. */
  generatedPassword: z.string(),
});

export const userIdParams = z.object({ id: z.uuid('must be a user id (UUID)') });

export const inviteBody = z.object({
  email: emailSchema,
  role: z.enum(ROLES),
  displayName: z.string().trim().min(1).max(200).optional(),
});

export const inviteReply = z.object({
  user: userView,
  /** When the link stops working. */
  expiresAt: z.string(),
  /** Whether an SMTP server is configured; without one the mail waits in the outbox. */
  smtpConfigured: z.boolean(),
  /** The link itself, only without SMTP (shown once, to pass on by hand); else null. */
  link: z.string().nullable(),
});

export const acceptInvitationBody = z.object({
  token: z.string().min(20).max(200),
  // The full rule (length, variety, not the e-mail address …) is checked by the service.
  password: z.string().min(1, 'is required').max(MAX_PASSWORD_LENGTH),
});
