/**
 * The accounts of a partner organisation, managed from Beheer → Partners: list them (personal
 * data: logged), invite a new partner-role account linked to the organisation in one step (by
 * e-mail link or one-time password, through users' services), and remove one from it.
 */
import { authorize, type ServiceContext } from '../../core/context.ts';
import type { Db } from '../../db/database.ts';
import { recordProcessing } from '../audit/index.ts';
import { accountSummaries, createUser, type InvitationEnv, inviteByLink } from '../users/index.ts';
import { notFound } from './not-found.ts';
import { deleteMember, findPartner, insertMember, memberIdsOfPartner } from './partner-store.ts';

export interface PartnerAccount {
  userId: string;
  name: string;
  status: 'active' | 'disabled';
}

export interface NewPartnerAccount {
  email: string;
  displayName?: string | undefined;
  method: 'link' | 'password';
}

export interface InvitedPartnerAccount {
  userId: string;
  /** The one-time password (method password) or, without SMTP, the invitation link: shown once. */
  generatedPassword: string | null;
  link: string | null;
}

async function requirePartner(ctx: ServiceContext, gemeente: string, partnerId: string): Promise<void> {
  if (!(await findPartner(ctx.db, gemeente, partnerId))) throw notFound('Partner', partnerId);
}

export async function listPartnerAccounts(ctx: ServiceContext, gemeente: string, partnerId: string): Promise<PartnerAccount[]> {
  authorize(ctx, 'partners:manage');
  await requirePartner(ctx, gemeente, partnerId);
  const ids = await memberIdsOfPartner(ctx.db, partnerId);
  const accounts = await accountSummaries(ctx.db, ids);
  await recordProcessing(ctx, { activity: 'missions.manage', operation: 'read', attributes: { partner: partnerId, accounts: ids.length } });
  return [...accounts.values()].map((a) => ({ userId: a.id, name: a.name, status: a.status })).sort((a, b) => a.name.localeCompare(b.name));
}

/** A new account with role partner, acting for the partner from the start (one transaction). */
export async function invitePartnerAccount(
  ctx: ServiceContext,
  gemeente: string,
  partnerId: string,
  input: NewPartnerAccount,
  env: InvitationEnv,
): Promise<InvitedPartnerAccount> {
  authorize(ctx, 'partners:manage');
  await requirePartner(ctx, gemeente, partnerId);
  const invited = await ctx.db.transaction().execute(async (tx: Db) => {
    const inTx = { ...ctx, db: tx };
    const account = { email: input.email, role: 'partner' as const, displayName: input.displayName };
    const result: InvitedPartnerAccount =
      input.method === 'link'
        ? await inviteByLink(inTx, account, env).then((r) => ({ userId: r.userId, generatedPassword: null, link: r.link }))
        : await createUser(inTx, account).then((r) => ({ userId: r.user.id, generatedPassword: r.password, link: null }));
    await insertMember(tx, partnerId, result.userId);
    return result;
  });
  await recordProcessing(ctx, {
    activity: 'missions.manage',
    operation: 'update',
    subject: { type: 'user', id: invited.userId },
    attributes: { partner: partnerId, field: 'partner-member' },
  });
  return invited;
}

/** The account no longer acts for the partner (the account itself stays; disable it under Gebruikers). */
export async function removePartnerAccount(ctx: ServiceContext, gemeente: string, partnerId: string, userId: string): Promise<void> {
  authorize(ctx, 'partners:manage');
  await requirePartner(ctx, gemeente, partnerId);
  if (!(await deleteMember(ctx.db, partnerId, userId))) throw notFound('Partner member', userId);
  await recordProcessing(ctx, {
    activity: 'missions.manage',
    operation: 'update',
    subject: { type: 'user', id: userId },
    attributes: { partner: partnerId, field: 'partner-member', removed: true },
  });
}
