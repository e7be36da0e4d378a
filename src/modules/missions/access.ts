/**
 * Who may do what with a mission. Staff roles act through permissions (missions:read, :edit,
 * :publish); a partner account sees the missions in which its partner organisation participates
 * (partner_members → mission_participants) and nothing else. Replies carry these flags so the UI
 * never recomputes them.
 */
import { can, type ServiceContext } from '../../core/context.ts';
import { forbidden, unauthenticated } from '../../core/errors.ts';
import { notFound } from './not-found.ts';
import type { Db } from '../../db/database.ts';

export interface MissionPermissions {
  read: boolean;
  edit: boolean;
  transition: boolean;
  publish: boolean;
  addLog: boolean;
}

/** Partner organisations the acting user is a member of. */
export async function partnerIdsOf(db: Db, ctx: ServiceContext): Promise<string[]> {
  if (ctx.actor.kind !== 'user') return [];
  const rows = await db.selectFrom('partner_members').select('partner_id').where('user_id', '=', ctx.actor.userId).execute();
  return rows.map((r) => r.partner_id);
}

/** Ids of the missions a partner account may read (those its organisations participate in). */
export async function participatingMissionIds(ctx: ServiceContext): Promise<string[]> {
  const partners = await partnerIdsOf(ctx.db, ctx);
  if (partners.length === 0) return [];
  const rows = await ctx.db.selectFrom('mission_participants').select('mission_id').distinct().where('partner_id', 'in', partners).execute();
  return rows.map((r) => r.mission_id);
}

export async function missionPermissions(ctx: ServiceContext, missionId: string): Promise<MissionPermissions> {
  const edit = can(ctx.actor, 'missions:edit');
  let read = can(ctx.actor, 'missions:read');
  if (!read && ctx.actor.kind === 'user') read = (await participatingMissionIds(ctx)).includes(missionId);
  return { read, edit, transition: edit, publish: can(ctx.actor, 'missions:publish'), addLog: edit };
}

async function missionExists(db: Db, gemeente: string, missionId: string): Promise<boolean> {
  return Boolean(await db.selectFrom('missions').select('id').where('id', '=', missionId).where('gemeente_code', '=', gemeente).executeTakeFirst());
}

/**
 * Throws 401/403/404 unless the actor may read (and with `need: 'edit'`, edit) the mission, and it
 * exists in the municipality: every route under /missions/{id} answers 404 for an unknown id before
 * it reads or writes anything that points at the mission.
 */
export async function requireMissionAccess(ctx: ServiceContext, gemeente: string, missionId: string, need: 'read' | 'edit' | 'publish' = 'read'): Promise<MissionPermissions> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  const p = await missionPermissions(ctx, missionId);
  // Someone who may not read a mission learns nothing about it, not even that it exists.
  if (!p.read || !(await missionExists(ctx.db, gemeente, missionId))) throw notFound('Mission', missionId);
  if (need === 'edit' && !p.edit) throw forbidden('Uw rol mag deze opgave inzien, maar niet wijzigen.');
  if (need === 'publish' && !p.publish) throw forbidden('Alleen coördinatoren en beheerders keuren publieke samenvattingen goed.');
  return p;
}
