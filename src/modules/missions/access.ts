/**
 * Who may do what with a mission. Staff roles act through permissions (missions:read, :edit,
 * :publish); a partner account sees the missions in which its partner organisation participates
 * (network `missionIdsOfActor`) and nothing else. Replies carry these flags so the UI
 * never recomputes them.
 */
import { can, type ServiceContext } from '../../core/context.ts';
import { forbidden, unauthenticated } from '../../core/errors.ts';
import { notFound } from './not-found.ts';
import type { Db } from '../../db/database.ts';
import { missionIdsOfActor } from '../network/index.ts';

export interface MissionPermissions {
  read: boolean;
  edit: boolean;
  transition: boolean;
  publish: boolean;
  addLog: boolean;
}

/** `takingPart`: the missions the actor's partner organisations take part in, when the caller has them already (a list page). */
export async function missionPermissions(
  ctx: ServiceContext,
  missionId: string,
  takingPart?: readonly string[],
): Promise<MissionPermissions> {
  const edit = can(ctx.actor, 'missions:edit');
  let read = can(ctx.actor, 'missions:read');
  if (!read && ctx.actor.kind === 'user') read = (takingPart ?? (await missionIdsOfActor(ctx))).includes(missionId);
  return { read, edit, transition: edit, publish: can(ctx.actor, 'missions:publish'), addLog: edit };
}

async function missionExists(db: Db, gemeente: string, missionId: string): Promise<boolean> {
  return Boolean(
    await db.selectFrom('missions').select('id').where('id', '=', missionId).where('gemeente_code', '=', gemeente).executeTakeFirst(),
  );
}

/**
 * Throws 401/403/404 unless the actor may read (and with `need: 'edit'`, edit) the mission, and it
 * exists in the municipality: every route under /missions/{id} answers 404 for an unknown id before
 * it reads or writes anything that points at the mission.
 */
export async function requireMissionAccess(
  ctx: ServiceContext,
  gemeente: string,
  missionId: string,
  need: 'read' | 'edit' | 'publish' = 'read',
): Promise<MissionPermissions> {
  if (ctx.actor.kind === 'anonymous') throw unauthenticated();
  const p = await missionPermissions(ctx, missionId);
  // Someone who may not read a mission learns nothing about it, not even that it exists.
  if (!p.read || !(await missionExists(ctx.db, gemeente, missionId))) throw notFound('Mission', missionId);
  if (need === 'edit' && !p.edit) throw forbidden('Uw rol mag deze opgave inzien, maar niet wijzigen.');
  if (need === 'publish' && !p.publish) throw forbidden('Alleen coördinatoren en beheerders keuren publieke samenvattingen goed.');
  return p;
}
