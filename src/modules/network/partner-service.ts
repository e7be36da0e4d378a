/**
 * Partner organisations: the list (filter by area, type, name) and one partner's page, as the
 * reader may see them (partner-access.ts), and adding/editing them (`network:edit`).
 */
import { randomUUID } from 'node:crypto';
import { authorize, type ServiceContext } from '../../core/context.ts';
import { conflict, invalidInput } from '../../core/errors.ts';
import { guardedWrite } from '../../db/guarded-write.ts';
import { recordProcessing } from '../audit/index.ts';
import { accountSummary } from '../users/index.ts';
import { agreementRows } from './agreement-store.ts';
import { agreementState } from './agreement-status.ts';
import { worksIn } from './area-codes.ts';
import { presentAgreement, visibleAgreements } from './agreement-service.ts';
import { readContacts } from './contact-service.ts';
import type { PartnerDetailView } from './detail-schema.ts';
import { notFound } from './not-found.ts';
import { type NetworkReader, readerOf, readerSeesContacts, readerSeesPartner } from './partner-access.ts';
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
import type { PartnerKind } from './tables.ts';

/** Ids of the partners the acting user acts for (none for anyone else). */
export async function partnerIdsOfActor(ctx: ServiceContext): Promise<string[]> {
  return ctx.actor.kind === 'user' ? partnerIdsOfUser(ctx.db, ctx.actor.userId) : [];
}

export interface PartnerFilter {
  area?: string | undefined;
  kind?: PartnerKind | undefined;
  q?: string | undefined;
}

/** The partners the reader sees, narrowed by the filter, each with its expiring agreements. */
export async function listPartners(ctx: ServiceContext, gemeente: string, filter: PartnerFilter, today: string): Promise<PartnerView[]> {
  const reader = await readerOf(ctx, gemeente);
  const q = filter.q?.toLowerCase();
  const rows = (await partnerRows(ctx.db, gemeente)).filter(
    (r) =>
      readerSeesPartner(reader, r) &&
      (!filter.area || worksIn(r.area_codes, [filter.area])) &&
      (!filter.kind || r.kind === filter.kind) &&
      (!q || r.name.toLowerCase().includes(q)),
  );
  const expiring = await expiringCounts(ctx, gemeente, reader, today);
  return rows.map((r) => present(r, reader, expiring.get(r.id) ?? 0));
}

/** Per partner: the agreements the reader sees that it is party to and that end soon. */
async function expiringCounts(ctx: ServiceContext, gemeente: string, reader: NetworkReader, today: string): Promise<Map<string, number>> {
  const agreements = await agreementRows(ctx.db, gemeente, reader.kind === 'partner' ? reader.ownIds : undefined);
  const counts = new Map<string, number>();
  for (const a of agreements) {
    if (agreementState(a, today).status !== 'expiring') continue;
    for (const p of a.parties) counts.set(p.id, (counts.get(p.id) ?? 0) + 1);
  }
  return counts;
}

/** One partner's page: the organisation, its contacts (when the reader may see them; logged), agreements. */
export async function getPartner(ctx: ServiceContext, gemeente: string, id: string, today: string): Promise<PartnerDetailView> {
  const reader = await readerOf(ctx, gemeente);
  const row = (await partnerRows(ctx.db, gemeente)).find((r) => r.id === id);
  if (!row || !readerSeesPartner(reader, row)) throw notFound('Partner', id);
  const agreements = (await visibleAgreements(ctx, gemeente, reader, id)).map((a) => presentAgreement(a, today));
  const expiring = agreements.filter((a) => a.status === 'expiring').length;
  const contacts = readerSeesContacts(reader, id) ? await readContacts(ctx, id) : null;
  return { ...present(row, reader, expiring), contacts, agreements };
}

/** A partner as the reader may see it: another organisation shows a partner account name, type and areas only. */
function present(r: PartnerRow, reader: NetworkReader, expiringAgreements: number): PartnerView {
  const full = readerSeesContacts(reader, r.id);
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    contactRole: full ? r.contact_role : null,
    description: full ? r.description : null,
    missions: r.missions,
    active: r.active,
    areaCodes: r.area_codes,
    demo: r.demo,
    expiringAgreements,
    own: reader.kind === 'partner' && reader.ownIds.includes(r.id),
  };
}

/** Edits a partner (name, kind, contact role, description, areas) or (de)activates it. */
export async function changePartner(ctx: ServiceContext, gemeente: string, id: string, change: PartnerChange): Promise<PartnerView> {
  authorize(ctx, 'network:edit');
  if (!(await findPartner(ctx.db, gemeente, id))) throw notFound('Partner', id);
  if (change.name !== undefined && (await partnerNameTaken(ctx.db, gemeente, change.name, id))) {
    throw conflict(`Er is al een partner met de naam '${change.name}'.`);
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
  return present(row, { kind: 'staff', mayEdit: true }, 0);
}

export async function createPartner(ctx: ServiceContext, gemeente: string, input: PartnerInput): Promise<PartnerView> {
  authorize(ctx, 'network:edit');
  const taken = () => conflict(`Er is al een partner met de naam '${input.name}'.`);
  if (await partnerNameTaken(ctx.db, gemeente, input.name)) throw taken();
  const partner = {
    id: randomUUID(),
    name: input.name,
    kind: input.kind,
    contact_role: input.contactRole || null,
    description: input.description || null,
    area_codes: input.areaCodes ?? [],
  };
  await guardedWrite(() => insertPartner(ctx.db, gemeente, partner), { missing: () => notFound('Partner', partner.id), duplicate: taken });
  return present({ ...partner, missions: 0, active: true, demo: false }, { kind: 'staff', mayEdit: true }, 0);
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
