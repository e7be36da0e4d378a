/**
 * Composes an area's network from the sections modules offer (`PlatformModule.areaNetwork`): each
 * section decides itself what the actor may see (null = the section is left out). Sections come in
 * the order of AREA_NETWORK_KEYS; two sections with one key are merged (first row of an id wins).
 * A section that fails is left out and named in `unavailable`, so one broken module does not
 * take the page or the wijkgesprek report down; a section answering 401/403/404 counts as "may not see".
 */
import type { ServiceContext } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import {
  AREA_NETWORK_KEYS,
  type AreaNetworkItem,
  type AreaNetworkKey,
  type AreaNetworkSection,
  type AreaScope,
  type NetworkMoment,
  type PlatformModule,
} from '../../core/module-contract.ts';
import { resolveArea, type NetworkArea } from './scope.ts';

export type AreaNetworkSections = Partial<Record<AreaNetworkKey, AreaNetworkItem[]>>;

export interface AreaNetwork {
  area: NetworkArea;
  /** Only the sections the actor may see, in AREA_NETWORK_KEYS order. */
  sections: AreaNetworkSections;
  /** Sections that failed to load (left out of `sections`). */
  unavailable: AreaNetworkKey[];
}

type Outcome = { key: AreaNetworkKey; rows: AreaNetworkItem[] | null; failed?: unknown };

const deniedStatuses = new Set([401, 403, 404]);

async function loadOne(ctx: ServiceContext, section: AreaNetworkSection, scope: AreaScope): Promise<Outcome> {
  try {
    return { key: section.key, rows: await section.load(ctx, scope) };
  } catch (error) {
    if (error instanceof AppError && deniedStatuses.has(error.status)) return { key: section.key, rows: null };
    return { key: section.key, rows: null, failed: error };
  }
}

function mergeRows(into: AreaNetworkItem[], rows: readonly AreaNetworkItem[]): AreaNetworkItem[] {
  const seen = new Set(into.map((r) => r.id));
  return [...into, ...rows.filter((r) => !seen.has(r.id))];
}

/** Every section of every module, loaded for one scope; `onFailure` hears about a section that failed. */
export async function loadSections(
  ctx: ServiceContext,
  modules: readonly PlatformModule[],
  scope: AreaScope,
  onFailure?: (key: AreaNetworkKey, error: unknown) => void,
): Promise<{ sections: AreaNetworkSections; unavailable: AreaNetworkKey[] }> {
  const all = modules.flatMap((m) => m.areaNetwork ?? []);
  const outcomes = await Promise.all(all.map((s) => loadOne(ctx, s, scope)));
  const sections: AreaNetworkSections = {};
  const failed = new Set<AreaNetworkKey>();
  for (const key of AREA_NETWORK_KEYS) {
    for (const o of outcomes.filter((x) => x.key === key)) {
      if (o.failed !== undefined) {
        failed.add(key);
        onFailure?.(key, o.failed);
      } else if (o.rows) sections[key] = mergeRows(sections[key] ?? [], o.rows);
    }
  }
  return { sections, unavailable: AREA_NETWORK_KEYS.filter((k) => failed.has(k) && !sections[k]) };
}

/** The network of one area (GM…, WK… or BU…) as ctx.actor may see it. */
export async function composeAreaNetwork(
  ctx: ServiceContext,
  modules: readonly PlatformModule[],
  gemeente: string,
  code: string,
  at: NetworkMoment,
  onFailure?: (key: AreaNetworkKey, error: unknown) => void,
): Promise<AreaNetwork> {
  const { area, scope } = await resolveArea(ctx, gemeente, code, at);
  return { area, ...(await loadSections(ctx, modules, scope, onFailure)) };
}
