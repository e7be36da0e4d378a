/**
 * Which areas a partner account may ask the network of: the areas that overlap its organisations'
 * areas (the area itself, a buurt inside one of them or the wijk/gemeente containing one). An
 * organisation without areas works city-wide: no limit. Other accounts are not limited here
 * (the sections decide what they see). Partners come from the network module's index.
 */
import type { ServiceContext } from '../../core/context.ts';
import type { AreaScope } from '../../core/module-contract.ts';
import { partnerIdsOfUser, partnerRows } from '../network/index.ts';

/** null: no limit; else the area codes of the actor's (active) organisations — empty when it acts for none. */
export async function partnerAreaLimit(ctx: ServiceContext, gemeente: string): Promise<Set<string> | null> {
  if (ctx.actor.kind !== 'user' || ctx.actor.role !== 'partner') return null;
  const ids = new Set(await partnerIdsOfUser(ctx.db, ctx.actor.userId, gemeente));
  if (ids.size === 0) return new Set();
  const mine = (await partnerRows(ctx.db, gemeente)).filter((p) => ids.has(p.id));
  if (mine.some((p) => p.area_codes.length === 0)) return null;
  return new Set(mine.flatMap((p) => p.area_codes));
}

/** Whether a scope overlaps the limit (its codes hold the area, its containers and what lies inside it). */
export function withinLimit(limit: Set<string> | null, scope: Pick<AreaScope, 'codes'>): boolean {
  return limit === null || scope.codes.some((c) => limit.has(c));
}
