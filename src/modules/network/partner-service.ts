/**
 * Partner organisations (no personal data) and the partner-role accounts that act for them. Staff
 * with `missions:read` see every partner; a partner account sees them too once it acts for one.
 */
import { randomUUID } from 'node:crypto';
import { authorize, can, type ServiceContext } from '../../core/context.ts';
import { conflict, invalidInput, unauthenticated } from '../../core/errors.ts';
import { guardedWrite } from '../../db/guarded-write.ts';
import { recordProcessing } from '../audit/index.ts';
import { accountSummary } from '../users/index.ts';
import { notFound } from './not-found.ts';
import {
  findPartner,
  insertMember,
  insertPartner,
  partnerIdsOfUser,
  partnerNameTaken,
  partnerRows,
  type PartnerRow,
  updatePartner,
} from './partner-store.ts';
import type { PartnerChange, PartnerInput, PartnerView } from './schema.ts';

/** Ids of the partners the acting user acts for (none for anyone else). */
export async function partnerIdsOfActor(ctx: ServiceContext): Promise<string[]> {
  return ctx.actor.kind === 'user' ? partnerIdsOfUser(ctx.db, ctx.actor.userId) : [];
}

export async function listPartners(ctx: ServiceContext, gemeente: string): Promise<PartnerView[]> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  if (!can(ctx.actor, 'missions:read') && (await partnerIdsOfActor(ctx)).length === 0) authorize(ctx, 'missions:read');
  const rows = await partnerRows(ctx.db, gemeente);
  return rows.map(present);
}

const present = (r: PartnerRow): PartnerView => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  contactRole: r.contact_role,
  description: r.description,
  missions: r.missions,
  active: r.active,
  areaCodes: r.area_codes,
  demo: r.demo,
});

/** Edits a partner (name, kind, contact role, description, areas) or (de)activates it. */
export async function changePartner(ctx: ServiceContext, gemeente: string, id: string, change: PartnerChange): Promise<PartnerView> {
  authorize(ctx, 'partners:manage');
  if (!(await findPartner(ctx.db, gemeente, id))) throw notFound('Partner', id);
  if (change.name !== undefined && (await partnerNameTaken(ctx.db, gemeente, change.name, id))) {
    throw conflict(`A partner named '${change.name}' already exists.`);
  }
  await updatePartner(ctx.db, gemeente, id, {
    ...(change.name !== undefined ? { name: change.name } : {}),
    ...(change.kind !== undefined ? { kind: change.kind } : {}),
    ...(change.contactRole !== undefined ? { contact_role: change.contactRole || null } : {}),
    ...(change.description !== undefined ? { description: change.description || null } : {}),
    ...(change.areaCodes !== undefined ? { area_codes: change.areaCodes } : {}),
    ...(change.active !== undefined ? { active: change.active } : {}),
  });
  const row = (await partnerRows(ctx.db, gemeente)).find((r) => r.id === id);
  if (!row) throw notFound('Partner', id);
  return present(row);
}

export async function createPartner(ctx: ServiceContext, gemeente: string, input: PartnerInput): Promise<PartnerView> {
  authorize(ctx, 'partners:manage');
  const taken = () => conflict(`A partner named '${input.name}' already exists.`);
  if (await partnerNameTaken(ctx.db, gemeente, input.name)) throw taken();
  const partner = {
    id: randomUUID(),
    name: input.name,
    kind: input.kind,
    contact_role: input.contactRole ?? null,
    description: input.description ?? null,
    area_codes: input.areaCodes ?? [],
  };
  await guardedWrite(() => insertPartner(ctx.db, gemeente, partner), { missing: () => notFound('Partner', partner.id), duplicate: taken });
  return {
    id: partner.id,
    name: partner.name,
    kind: partner.kind,
    contactRole: partner.contact_role,
    description: partner.description,
    missions: 0,
    active: true,
    areaCodes: partner.area_codes,
    demo: false,
  };
}

/** Links a partner-role account to a partner organisation (personal data: logged). */
export async function addPartnerMember(ctx: ServiceContext, gemeente: string, partnerId: string, userId: string): Promise<void> {
  authorize(ctx, 'partners:manage');
  if (!(await findPartner(ctx.db, gemeente, partnerId))) throw notFound('Partner', partnerId);
  const account = await accountSummary(ctx.db, userId);
  if (!account) throw invalidInput([{ name: 'body.userId', reason: 'deze gebruiker bestaat niet' }]);
  if (account.role !== 'partner')
    throw invalidInput([
      { name: 'body.userId', reason: `only accounts with role partner act for a partner (this one is ${account.role})` },
    ]);
  await guardedWrite(() => insertMember(ctx.db, partnerId, userId), {
    missing: (constraint) =>
      constraint.includes('user')
        ? invalidInput([{ name: 'body.userId', reason: 'deze gebruiker bestaat niet (meer)' }])
        : notFound('Partner', partnerId),
  });
  await recordProcessing(ctx, {
    activity: 'missions.manage',
    operation: 'update',
    subject: { type: 'user', id: userId },
    attributes: { partner: partnerId, field: 'partner-member' },
  });
}
