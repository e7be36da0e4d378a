/**
 * Invitations by one-time link: an administrator invites an account by e-mail; the platform mails
 * `<public url>/uitnodiging#<token>` through the outbox, the invitee sets their own password (the
 * one password rule) and is logged in. Only the token's SHA-256 is stored; a token works once and
 * expires after `inviteHours`. Resending issues a new token (the old one stops working);
 * withdrawing disables the account. Every step is logged (`accounts.manage`).
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { authorize, type ServiceContext } from '../../../core/context.ts';
import { conflict, invalidInput, notFoundBecause } from '../../../core/errors.ts';
import { ROLE_LABELS, type Role } from '../../../core/roles.ts';
import type { Db } from '../../../db/database.ts';
import { recordProcessing } from '../../audit/index.ts';
import { enqueueMail } from '../../mail/index.ts';
import { hashPassword, passwordProblem } from '../password.ts';
import { endSessions, findUserById, setPasswordHash, setUserStatus, type UserRow } from '../user-store.ts';
import { createUser } from '../user-service.ts';
import {
  acceptOpenInvitation,
  findInvitationByTokenHash,
  insertInvitation,
  latestInvitations,
  withdrawOpenInvitations,
} from './invitation-store.ts';

export const INVITATION_PATH = '/uitnodiging';

export interface InvitationEnv {
  /** The address the link starts with (STADSVEILIG_PUBLIC_URL, else the request's origin). */
  baseUrl: string;
  inviteHours: number;
  /** Without SMTP the mail waits in the outbox, so the link is returned (once) to pass on by hand. */
  smtpConfigured: boolean;
}

export interface IssuedInvitation {
  userId: string;
  expiresAt: Date;
  /** The link, only when no SMTP server is configured (the mail stays queued); else null. */
  link: string | null;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function invitationMail(email: string, role: Role, link: string, hours: number) {
  return {
    to: email,
    subject: 'Uitnodiging voor Stadsveilig',
    text:
      `U bent uitgenodigd voor Stadsveilig, met de rol ${ROLE_LABELS[role].nl}.\n\n` +
      `Kies binnen ${hours} uur via deze link uw eigen wachtwoord; daarna bent u meteen ingelogd:\n${link}\n\n` +
      'De link werkt één keer. Verwacht u deze uitnodiging niet? Dan kunt u deze e-mail negeren.',
  };
}

/** A new token for the account, its mail queued in the same transaction. */
async function issue(ctx: ServiceContext, user: Pick<UserRow, 'id' | 'email' | 'role'>, env: InvitationEnv): Promise<IssuedInvitation> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + env.inviteHours * 3_600_000);
  const link = `${env.baseUrl.replace(/\/+$/, '')}${INVITATION_PATH}#${token}`;
  await insertInvitation(ctx.db, { id: randomUUID(), userId: user.id, tokenHash: hashToken(token), expiresAt });
  await enqueueMail(ctx.db, [invitationMail(user.email, user.role, link, env.inviteHours)]);
  await recordProcessing(ctx, {
    activity: 'accounts.manage',
    operation: 'create',
    subject: { type: 'user', id: user.id },
    attributes: { invitation: 'sent', expiresAt: expiresAt.toISOString() },
  });
  return { userId: user.id, expiresAt, link: env.smtpConfigured ? null : link };
}

/** Creates the account (a password nobody knows) and mails it an invitation, in one transaction. */
export async function inviteByLink(
  ctx: ServiceContext,
  input: { email: string; role: Role; displayName?: string | undefined },
  env: InvitationEnv,
): Promise<IssuedInvitation> {
  authorize(ctx, 'users:manage');
  const run = async (db: Db) => {
    const inTx = { ...ctx, db };
    const { user } = await createUser(inTx, { email: input.email, role: input.role, displayName: input.displayName ?? null });
    return issue(inTx, user, env);
  };
  // Inside a caller's transaction (e.g. network linking the account to a partner in one step), use it.
  return ctx.db.isTransaction ? run(ctx.db) : ctx.db.transaction().execute(run);
}

async function invitedAccount(ctx: ServiceContext, userId: string): Promise<UserRow> {
  const user = await findUserById(ctx.db, userId);
  const latest = (await latestInvitations(ctx.db, userId)).get(userId);
  if (!user || !latest) throw notFoundBecause(`User '${userId}' has no invitation.`);
  if (latest.accepted_at) throw conflict('Deze uitnodiging is al aangenomen.');
  return user;
}

/** A new link for an invitation not accepted yet (the old one stops working); the account is active again. */
export async function resendInvitation(ctx: ServiceContext, userId: string, env: InvitationEnv): Promise<IssuedInvitation> {
  authorize(ctx, 'users:manage');
  return ctx.db.transaction().execute(async (tx) => {
    const inTx = { ...ctx, db: tx };
    const user = await invitedAccount(inTx, userId);
    await withdrawOpenInvitations(tx, userId, new Date());
    await setUserStatus(tx, userId, 'active');
    return issue(inTx, user, env);
  });
}

/** Withdraws an invitation not accepted yet: the link stops working and the account is disabled. */
export async function withdrawInvitation(ctx: ServiceContext, userId: string): Promise<void> {
  authorize(ctx, 'users:manage');
  await ctx.db.transaction().execute(async (tx) => {
    await invitedAccount({ ...ctx, db: tx }, userId);
    await withdrawOpenInvitations(tx, userId, new Date());
    await setUserStatus(tx, userId, 'disabled');
    await endSessions(tx, userId);
  });
  await recordProcessing(ctx, {
    activity: 'accounts.manage',
    operation: 'update',
    subject: { type: 'user', id: userId },
    attributes: { invitation: 'withdrawn', status: 'disabled' },
  });
}

const INVALID_LINK =
  'Deze uitnodigingslink werkt niet (meer): hij is al gebruikt, ingetrokken of verlopen. Vraag de beheerder om een nieuwe uitnodiging.';

/**
 * The invitee sets their password with the token from the link: once, before it expires. Returns
 * the account's e-mail address so the caller can log them in with the new password.
 */
export async function acceptInvitation(ctx: ServiceContext, token: string, password: string): Promise<{ email: string }> {
  const invitation = await findInvitationByTokenHash(ctx.db, hashToken(token));
  const user = invitation && (await findUserById(ctx.db, invitation.user_id));
  if (!invitation || !user) throw notFoundBecause(INVALID_LINK);
  const problem = passwordProblem(password, { email: user.email });
  if (problem) throw invalidInput([{ name: 'body.password', reason: problem }]);
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction().execute(async (tx) => {
    if (!(await acceptOpenInvitation(tx, invitation.id, new Date()))) throw notFoundBecause(INVALID_LINK);
    await setPasswordHash(tx, user.id, passwordHash, false);
  });
  await recordProcessing(ctx, {
    activity: 'accounts.manage',
    operation: 'update',
    subject: { type: 'user', id: user.id },
    attributes: { invitation: 'accepted', password: 'set' },
  });
  return { email: user.email };
}
