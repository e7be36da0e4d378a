/**
 * What the routes call: an area's network and the overview, with the partner-account limit
 * (partner-limit.ts) applied — a partner asking for an area outside its organisations' areas gets
 * the same 404 as for an unknown area.
 */
import type { ServiceContext } from '../../core/context.ts';
import { notFoundBecause } from '../../core/errors.ts';
import type { AreaNetworkKey, NetworkMoment, PlatformModule } from '../../core/module-contract.ts';
import { loadSections, type AreaNetwork } from './compose.ts';
import { partnerAreaLimit, withinLimit } from './partner-limit.ts';
import { areaTree, checkMunicipality, scopeIn } from './scope.ts';

export async function areaNetworkFor(
  ctx: ServiceContext,
  modules: readonly PlatformModule[],
  gemeente: string,
  code: string,
  at: NetworkMoment,
  onFailure?: (key: AreaNetworkKey, error: unknown) => void,
): Promise<AreaNetwork> {
  checkMunicipality(gemeente, code);
  const { area, scope } = scopeIn(await areaTree(ctx, gemeente), gemeente, code, at);
  if (!withinLimit(await partnerAreaLimit(ctx, gemeente), scope))
    throw notFoundBecause(`Gebied ${code} hoort niet bij de gebieden van uw organisatie.`);
  return { area, ...(await loadSections(ctx, modules, scope, onFailure)) };
}
