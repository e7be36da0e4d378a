/**
 * The missions section of an area's network (`GET /areas/{code}/network`, the wijkgesprek report):
 * the missions whose scope overlaps the area, except those closed over a year ago. Staff with
 * missions:read see all of them; a partner account the missions its organisation takes part in
 * (network `missionIdsOfActor`); anyone else logged in nothing; the public only missions with an
 * approved public summary, with the public title and text — never internal fields.
 */
import { can, type ServiceContext } from '../../core/context.ts';
import type { AreaNetworkItem, AreaNetworkSection, AreaScope } from '../../core/module-contract.ts';
import { vintageYears } from '../areas/index.ts';
import { missionIdsOfActor } from '../network/index.ts';
import { listMissionRows, type MissionRow } from './mission-store.ts';
import { buurtSharesInScope } from './scope/areal-shares.ts';
import { scopeSchema, type Scope } from './scope/scope.ts';
import { STATUS_LABELS } from './workflow.ts';

/** A closed mission stays in an area's network for this long after its last change. */
const CLOSED_SHOWN_DAYS = 365;

/** The buurt codes a mission's scope touches: its codes, or for cells and drawn areas the buurten of the current indeling they overlap. */
async function buurtenOfScope(ctx: ServiceContext, gemeente: string, scope: Scope, year: () => Promise<number | undefined>) {
  if (scope.kind === 'buurten') return scope.codes;
  const y = await year();
  if (y === undefined) return [];
  return [...(await buurtSharesInScope(ctx, gemeente, scope, y)).keys()];
}

function recentEnough(m: MissionRow, today: string): boolean {
  if (m.status !== 'closed') return true;
  const cutoff = new Date(`${today}T00:00:00Z`).getTime() - CLOSED_SHOWN_DAYS * 86_400_000;
  return new Date(m.updated_at).getTime() >= cutoff;
}

function staffItem(m: MissionRow, areaCodes: string[], today: string): AreaNetworkItem {
  const late = m.next_review !== null && m.next_review < today && m.status !== 'closed';
  return {
    id: m.id,
    title: m.title,
    kind: 'mission',
    status: m.status,
    detail: `${m.number} · ${STATUS_LABELS[m.status].nl}${m.owner_name ? ` · ${m.owner_name}` : ''}`,
    areaCodes,
    geometry: null,
    warning: late ? `Herziening was gepland op ${m.next_review}.` : null,
  };
}

function publicItem(m: MissionRow, areaCodes: string[]): AreaNetworkItem {
  return {
    id: m.id,
    title: m.public_title ?? m.title,
    kind: 'public-mission',
    status: m.status,
    detail: m.public_summary,
    areaCodes,
    geometry: null,
    warning: null,
  };
}

/** The rows the actor may see, before the area filter: all, those of its organisations, or the published ones. */
async function visibleMissions(ctx: ServiceContext, gemeente: string): Promise<MissionRow[]> {
  if (ctx.actor.kind === 'anonymous') return listMissionRows(ctx.db, gemeente, { publicOnly: true });
  if (can(ctx.actor, 'missions:read')) return listMissionRows(ctx.db, gemeente);
  return listMissionRows(ctx.db, gemeente, { ids: await missionIdsOfActor(ctx) });
}

export async function missionsInArea(ctx: ServiceContext, scope: AreaScope): Promise<AreaNetworkItem[]> {
  const inArea = new Set(scope.codes);
  let year: Promise<number | undefined> | undefined;
  const currentYear = () => (year ??= vintageYears(ctx, scope.gemeente).then((ys) => ys[0]));
  const items: AreaNetworkItem[] = [];
  for (const m of await visibleMissions(ctx, scope.gemeente)) {
    if (!recentEnough(m, scope.today)) continue;
    const parsed = scopeSchema.safeParse(m.scope);
    if (!parsed.success) continue;
    const buurten = await buurtenOfScope(ctx, scope.gemeente, parsed.data, currentYear);
    if (!buurten.some((c) => inArea.has(c))) continue;
    items.push(ctx.actor.kind === 'anonymous' ? publicItem(m, buurten) : staffItem(m, buurten, scope.today));
  }
  return items;
}

export const missionsAreaSection: AreaNetworkSection = { key: 'missions', load: missionsInArea };
