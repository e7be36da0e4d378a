/**
 * The overview of the Netwerk page: per wijk the number of rows in each section the actor may see.
 * The sections are loaded once for the whole municipality and their rows counted per wijk by
 * their area codes (a row counts in a wijk when one of its codes is the wijk, one of its buurten
 * or the gemeente; a row without codes works city-wide and counts everywhere) — the same rows the
 * wijk's own page shows, in one round of queries instead of one per wijk.
 */
import type { ServiceContext } from '../../core/context.ts';
import type { AreaNetworkItem, AreaNetworkKey, NetworkMoment, PlatformModule } from '../../core/module-contract.ts';
import { loadSections } from './compose.ts';
import { partnerAreaLimit, withinLimit } from './partner-limit.ts';
import { areaTree, scopeIn } from './scope.ts';

export interface WijkCounts {
  code: string;
  name: string;
  counts: Partial<Record<AreaNetworkKey, number>>;
}

export interface NetworkSummary {
  year: number;
  /** The sections the actor may see, in order. */
  sections: AreaNetworkKey[];
  unavailable: AreaNetworkKey[];
  wijken: WijkCounts[];
}

const countIn = (rows: readonly AreaNetworkItem[], codes: Set<string>) =>
  rows.filter((r) => r.areaCodes.length === 0 || r.areaCodes.some((c) => codes.has(c))).length;

export async function networkSummary(
  ctx: ServiceContext,
  modules: readonly PlatformModule[],
  gemeente: string,
  at: NetworkMoment,
  onFailure?: (key: AreaNetworkKey, error: unknown) => void,
): Promise<NetworkSummary> {
  const tree = await areaTree(ctx, gemeente);
  const limit = await partnerAreaLimit(ctx, gemeente);
  const city = scopeIn(tree, gemeente, gemeente, at);
  const { sections, unavailable } = await loadSections(ctx, modules, city.scope, onFailure);
  const keys = Object.keys(sections) as AreaNetworkKey[];
  const wijken = (tree.children.get(gemeente) ?? [])
    .filter((w) => w.level === 'wijk')
    .map((w) => scopeIn(tree, gemeente, w.code, at))
    .filter((w) => withinLimit(limit, w.scope))
    .map(({ area, scope }) => {
      const codes = new Set(scope.codes);
      return { code: area.code, name: area.name, counts: Object.fromEntries(keys.map((k) => [k, countIn(sections[k]!, codes)])) };
    });
  return { year: tree.year, sections: keys, unavailable, wijken };
}
