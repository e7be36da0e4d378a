/**
 * Partners (organisations, no personal data), their member accounts, mission participants
 * (partners, residents' initiatives, groups) and the mission log of decisions and meetings.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { actorLabel, authorize, can, type ServiceContext } from '../../core/context.ts';
import { conflict, invalidInput, unauthenticated } from '../../core/errors.ts';
import { notFound } from './not-found.ts';
import { guardedWrite } from './db-errors.ts';
import { recordProcessing } from '../audit/index.ts';
import { partnerIdsOf, requireMissionAccess } from './access.ts';
import { dateText } from './mission-store.ts';
import type { logBody, partnerBody, participantBody } from './participant-schema.ts';

export async function listPartners(ctx: ServiceContext, gemeente: string) {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  if (!can(ctx.actor, 'missions:read') && (await partnerIdsOf(ctx.db, ctx)).length === 0) authorize(ctx, 'missions:read');
  const rows = await ctx.db.selectFrom('partners as p').leftJoin('mission_participants as mp', 'mp.partner_id', 'p.id')
    .select(['p.id', 'p.name', 'p.kind', 'p.contact_role', 'p.description', (eb) => eb.fn.count<number>('mp.mission_id').distinct().as('missions')])
    .where('p.gemeente_code', '=', gemeente).groupBy(['p.id', 'p.name', 'p.kind', 'p.contact_role', 'p.description']).orderBy('p.name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, contactRole: r.contact_role, description: r.description, missions: Number(r.missions) }));
}

export async function createPartner(ctx: ServiceContext, gemeente: string, input: z.infer<typeof partnerBody>) {
  authorize(ctx, 'partners:manage');
  const exists = await ctx.db.selectFrom('partners').select('id').where('gemeente_code', '=', gemeente).where((eb) => eb(eb.fn('lower', ['name']), '=', input.name.toLowerCase())).executeTakeFirst();
  if (exists) throw conflict(`A partner named '${input.name}' already exists.`);
  const id = randomUUID();
  await guardedWrite(() => ctx.db.insertInto('partners').values({ gemeente_code: gemeente, id, name: input.name, kind: input.kind, contact_role: input.contactRole ?? null, description: input.description ?? null }).execute(), {
    missing: () => notFound('Partner', id), duplicate: () => conflict(`A partner named '${input.name}' already exists.`),
  });
  return { id, name: input.name, kind: input.kind, contactRole: input.contactRole ?? null, description: input.description ?? null, missions: 0 };
}

/** Links a partner-role account to a partner organisation (personal data: logged). */
export async function addPartnerMember(ctx: ServiceContext, gemeente: string, partnerId: string, userId: string): Promise<void> {
  authorize(ctx, 'partners:manage');
  const p = await ctx.db.selectFrom('partners').select('id').where('id', '=', partnerId).where('gemeente_code', '=', gemeente).executeTakeFirst();
  if (!p) throw notFound('Partner', partnerId);
  const u = await ctx.db.selectFrom('users').select('role').where('id', '=', userId).executeTakeFirst();
  if (!u) throw invalidInput([{ name: 'body.userId', reason: 'deze gebruiker bestaat niet' }]);
  if (u.role !== 'partner') throw invalidInput([{ name: 'body.userId', reason: `only accounts with role partner act for a partner (this one is ${u.role})` }]);
  await guardedWrite(() => ctx.db.insertInto('partner_members').values({ partner_id: partnerId, user_id: userId }).onConflict((oc) => oc.columns(['partner_id', 'user_id']).doNothing()).execute(), {
    missing: (constraint) => (constraint.includes('user') ? invalidInput([{ name: 'body.userId', reason: 'deze gebruiker bestaat niet (meer)' }]) : notFound('Partner', partnerId)),
  });
  await recordProcessing(ctx, { activity: 'missions.manage', operation: 'update', subject: { type: 'user', id: userId }, attributes: { partner: partnerId, field: 'partner-member' } });
}

export async function participantRows(ctx: ServiceContext, missionIds: string[]) {
  if (missionIds.length === 0) return [];
  const rows = await ctx.db.selectFrom('mission_participants as mp').leftJoin('partners as p', 'p.id', 'mp.partner_id')
    .select(['mp.id', 'mp.mission_id', 'mp.kind', 'mp.partner_id', 'p.kind as partner_kind', 'mp.name', 'mp.role', dateText('mp.joined_on').as('joined_on')])
    .where('mp.mission_id', 'in', missionIds).orderBy('mp.created_at').orderBy('mp.id').execute();
  return rows.map((r) => ({ id: r.id, missionId: r.mission_id, kind: r.kind, partnerId: r.partner_id, partnerKind: r.partner_kind, name: r.name, role: r.role, joinedOn: r.joined_on }));
}

export async function listParticipants(ctx: ServiceContext, gemeente: string, missionId: string) {
  await requireMissionAccess(ctx, gemeente, missionId, 'read');
  return (await participantRows(ctx, [missionId])).map(({ missionId: _m, ...p }) => p);
}

export async function addParticipant(ctx: ServiceContext, gemeente: string, missionId: string, input: z.infer<typeof participantBody>) {
  await requireMissionAccess(ctx, gemeente, missionId, 'edit');
  let name = input.name ?? '';
  if (input.kind === 'partner') {
    const p = await ctx.db.selectFrom('partners').select(['name']).where('id', '=', input.partnerId!).where('gemeente_code', '=', gemeente).executeTakeFirst();
    if (!p) throw invalidInput([{ name: 'body.partnerId', reason: 'deze partner bestaat niet' }]);
    const dup = await ctx.db.selectFrom('mission_participants').select('id').where('mission_id', '=', missionId).where('partner_id', '=', input.partnerId!).executeTakeFirst();
    if (dup) throw conflict('Deze partner neemt al deel aan de opgave.');
    name = p.name;
  }
  const id = randomUUID();
  await guardedWrite(() => ctx.db.insertInto('mission_participants').values({ id, mission_id: missionId, kind: input.kind, partner_id: input.partnerId ?? null, name, role: input.role ?? null, joined_on: input.joinedOn ?? null }).execute(), {
    missing: (constraint) => (constraint.includes('partner_id') ? invalidInput([{ name: 'body.partnerId', reason: 'deze partner bestaat niet (meer)' }]) : notFound('Mission', missionId)),
    duplicate: () => conflict('Deze partner neemt al deel aan de opgave.'),
  });
  return (await listParticipants(ctx, gemeente, missionId)).find((p) => p.id === id)!;
}

export async function removeParticipant(ctx: ServiceContext, gemeente: string, missionId: string, participantId: string): Promise<void> {
  await requireMissionAccess(ctx, gemeente, missionId, 'edit');
  const r = await ctx.db.deleteFrom('mission_participants').where('id', '=', participantId).where('mission_id', '=', missionId).executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw notFound('Participant', participantId);
}

export async function listLog(ctx: ServiceContext, gemeente: string, missionId: string) {
  await requireMissionAccess(ctx, gemeente, missionId, 'read');
  const rows = await ctx.db.selectFrom('mission_log').select(['id', 'kind', dateText('occurred_on').as('occurred_on'), 'title', 'body', 'actor', 'created_at'])
    .where('mission_id', '=', missionId).orderBy('occurred_on', 'desc').orderBy('created_at', 'desc').execute();
  // minutes of meetings and decisions may name people (and name their authors): every read is logged
  await recordProcessing(ctx, { activity: 'missions.manage', operation: 'read', attributes: { mission: missionId, field: 'log', entries: rows.length } });
  return rows.map((r) => ({ id: r.id, kind: r.kind, occurredOn: r.occurred_on!, title: r.title, body: r.body, actor: r.actor, createdAt: r.created_at.toISOString() }));
}

export async function addLogEntry(ctx: ServiceContext, gemeente: string, missionId: string, input: z.infer<typeof logBody>) {
  const p = await requireMissionAccess(ctx, gemeente, missionId, 'read');
  if (!p.addLog) await requireMissionAccess(ctx, gemeente, missionId, 'edit');
  const id = randomUUID();
  await guardedWrite(() => ctx.db.insertInto('mission_log').values({ id, mission_id: missionId, kind: input.kind, occurred_on: input.occurredOn, title: input.title, body: input.body, actor: actorLabel(ctx.actor) }).execute(), {
    missing: () => notFound('Mission', missionId),
  });
  return (await listLog(ctx, gemeente, missionId)).find((e) => e.id === id)!;
}
