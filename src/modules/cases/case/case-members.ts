/**
 * Who works on a case: members (active accounts with cases:participate; a partner account acts for
 * its own organisation), the organisations involved, and the person's household. Only the
 * procesregisseur assigns and removes members; members edit the household.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { authorize } from '../../../core/context.ts';
import { conflict, invalidInput, notFoundBecause } from '../../../core/errors.ts';
import { activePartners, partnerIdsOfUser, partnerNames } from '../../network/index.ts';
import { activeAccountsAllowed } from '../../users/index.ts';
import { openCase } from '../access/case-access.ts';
import {
  deleteHousehold,
  deleteMember,
  insertHousehold,
  insertMember,
  memberRows,
  partnerIdsOfCase,
  setCasePartners,
} from './case-store.ts';

export interface ResolvedMember {
  userId: string;
  partnerId: string | null;
}

/** Checks every member (active, may participate) and settles the organisation they act for. */
export async function resolveMembers(
  ctx: ServiceContext,
  gemeente: string,
  members: ReadonlyArray<{ userId: string; partnerId?: string | null }>,
): Promise<ResolvedMember[]> {
  if (members.length === 0) return [];
  const allowed = new Map((await activeAccountsAllowed(ctx.db, 'cases:participate')).map((u) => [u.id, u]));
  const out: ResolvedMember[] = [];
  for (const [k, m] of members.entries()) {
    const user = allowed.get(m.userId);
    if (!user) throw invalidInput([{ name: `body.members.${k}.userId`, reason: 'geen actieve medewerker die aan casussen mag werken' }]);
    const own = await partnerIdsOfUser(ctx.db, m.userId, gemeente);
    let partnerId = m.partnerId ?? null;
    if (user.role === 'partner') partnerId = partnerId && own.includes(partnerId) ? partnerId : (own[0] ?? null);
    else if (partnerId) partnerId = (await resolvePartners(ctx, gemeente, [partnerId]))[0]!;
    if (!out.some((o) => o.userId === m.userId)) out.push({ userId: m.userId, partnerId });
  }
  return out;
}

/** The ids, checked: active partners of the municipality (400 otherwise). */
export async function resolvePartners(ctx: ServiceContext, gemeente: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const active = new Set((await activePartners(ctx.db, gemeente)).map((p) => p.id));
  const unknown = ids.filter((id) => !active.has(id));
  if (unknown.length > 0) throw invalidInput([{ name: 'body.partnerIds', reason: 'geen actieve partner van deze gemeente' }]);
  return [...new Set(ids)];
}

/** The organisations involved: those chosen, plus every organisation a member acts for (a member's organisation is involved). */
export function withMembersOrganisations(chosen: readonly string[], members: ReadonlyArray<{ partnerId: string | null }>): string[] {
  return [...new Set([...chosen, ...members.flatMap((m) => (m.partnerId ? [m.partnerId] : []))])];
}

const actorId = (ctx: ServiceContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

export async function addMember(
  ctx: ServiceContext,
  gemeente: string,
  caseId: string,
  input: { userId: string; partnerId?: string | null },
): Promise<void> {
  await openCase(ctx, caseId, { operation: 'update', needs: 'direct', attributes: { part: 'members' } });
  const [member] = await resolveMembers(ctx, gemeente, [input]);
  const current = await memberRows(ctx.db, [caseId]);
  if (current.some((m) => m.user_id === input.userId)) throw conflict('Deze medewerker werkt al aan de casus.');
  await insertMember(ctx.db, caseId, { ...member!, role: 'member', actorId: actorId(ctx) });
  const involved = await partnerIdsOfCase(ctx.db, caseId);
  if (member!.partnerId && !involved.includes(member!.partnerId))
    await setCasePartners(ctx.db, caseId, withMembersOrganisations(involved, [member!]));
}

export async function removeMember(ctx: ServiceContext, caseId: string, userId: string): Promise<void> {
  await openCase(ctx, caseId, { operation: 'update', needs: 'direct', attributes: { part: 'members' } });
  const current = (await memberRows(ctx.db, [caseId])).find((m) => m.user_id === userId);
  if (!current) throw notFoundBecause('Deze medewerker werkt niet aan de casus.');
  if (current.member_role === 'director') throw conflict('De procesregisseur blijft aan de casus verbonden.');
  await deleteMember(ctx.db, caseId, { userId, role: 'member', partnerId: current.partner_id, actorId: actorId(ctx) });
}

export async function addHouseholdMember(
  ctx: ServiceContext,
  caseId: string,
  input: { name?: string | null; birthDate?: string | null; relation: string },
): Promise<void> {
  await openCase(ctx, caseId, { operation: 'update', attributes: { part: 'household' } });
  await insertHousehold(ctx.db, caseId, input);
}

export async function removeHouseholdMember(ctx: ServiceContext, caseId: string, id: string): Promise<void> {
  await openCase(ctx, caseId, { operation: 'update', attributes: { part: 'household' } });
  if (!(await deleteHousehold(ctx.db, caseId, id))) throw notFoundBecause('Dit gezinslid staat niet (meer) bij de casus.');
}

/** Active accounts that may be assigned to cases, with the organisations they act for (cases:direct). */
export async function assignableUsers(ctx: ServiceContext, gemeente: string) {
  authorize(ctx, 'cases:direct');
  const users = await activeAccountsAllowed(ctx.db, 'cases:participate');
  const out = [];
  for (const u of users) {
    const ids = await partnerIdsOfUser(ctx.db, u.id, gemeente);
    const names = await partnerNames(ctx.db, ids);
    out.push({
      id: u.id,
      name: u.name,
      role: u.role,
      organisations: ids.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id)! }] : [])),
    });
  }
  return out;
}
