/** The Beheer page's names for the users API's types (from the generated openapi.ts). */
import type { Body, Reply } from '../../api/types.ts';

export type UserView = Reply<'/api/v1/users'>['users'][number];
export type Role = UserView['role'];
export type NewUser = Body<'/api/v1/users'>;
export type CreatedUser = Reply<'/api/v1/users', 'post'>;
export type ResetPasswordReply = Reply<'/api/v1/users/{id}/password-reset', 'post'>;

/** Every role, in the order the role picker offers them (the type check fails when the API adds one). */
export const ROLES = ['viewer', 'analyst', 'coordinator', 'caseworker', 'partner', 'privacy', 'admin'] as const satisfies readonly Role[];
type Missing = Exclude<Role, (typeof ROLES)[number]>;
export const ALL_ROLES_LISTED: [Missing] extends [never] ? true : false = true;

/** A one-time password to show once, and whose it is. */
export interface OneTimeSecret {
  who: string;
  password: string;
}
/** An invitation link to pass on by hand (no SMTP server), shown once. */
export interface LinkSecret {
  who: string;
  link: string;
}
export type Secret = OneTimeSecret | LinkSecret;

export type InviteBody = Body<'/api/v1/users/invitations'>;
export type InviteReply = Reply<'/api/v1/users/invitations', 'post'>;

export type ApiKeyView = Reply<'/api/v1/open311-api-keys'>['keys'][number];
export type NewApiKeyBody = Body<'/api/v1/open311-api-keys'>;
export type NewApiKey = Reply<'/api/v1/open311-api-keys', 'post'>;
export type OutboxOverview = Reply<'/api/v1/mail-outbox'>;
export type FailedMail = OutboxOverview['failed'][number];
export type RecentMail = OutboxOverview['recent'][number];

export type SettingsView = Reply<'/api/v1/settings'>;
export type SettingsPatch = Body<'/api/v1/settings', 'patch'>;
export type ImportJob = Reply<'/api/v1/imports/{id}'>;
export type ImportJobList = Reply<'/api/v1/imports'>;
export type ImportKind = ImportJob['kind'];
