/**
 * The missions section of an area's network (`GET /areas/{code}/network`, the wijkgesprek report):
 * the missions whose scope overlaps the area, except those closed over a year ago. Staff with
 * missions:read see all of them; a partner account the missions its organisation takes part in
 * (network `missionIdsOfActor`); anyone else logged in nothing; the public only missions with an
 * approved public summary, with the public title and text — never internal fields.
 */
import { can, type ServiceContext } from '../../core/context.ts';
import type { AreaNetworkItem, AreaNetworkSection, AreaScope } from '../../core/module-contract.ts';
import { getAreaLocator, normalizePoint, rdToWgs84, vintageYears } from '../areas/index.ts';
import { missionIdsOfActor } from '../network/index.ts';
import { listMissionRows, type MissionRow } from './mission-store.ts';
import { regionOf } from './scope/labeller.ts';
import { polygonsOfScope, scopeSchema, type CellsScope, type PolygonScope, type Scope } from './scope/scope.ts';
import { STATUS_LABELS } from './workflow.ts';

/** A closed mission stays in an area's network for this long after its last change. */
const CLOSED_SHOWN_DAYS = 365;

/** Sample points over a cells or polygon scope: enough to find every buurt it touches, few enough to stay fast. */
const SAMPLES = 4_000;
/** Buurten a mission's drawn scope touches, per mission version and indeling (a scope changes only with a new version). */
const touchedCache = new Map<string, Promise<string[]>>();
const CACHE_SIZE = 500;

function rdBox(scope: CellsScope | PolygonScope): [number, number, number, number] {
  const pts: [number, number][] =
    scope.kind === 'cells'
      ? scope.cells.flatMap(([x, y]) => [[x, y] as [number, number], [x + scope.cellSize, y + scope.cellSize] as [number, number]])
      : polygonsOfScope(scope)
          .flat(2)
          .map(([lon, lat]) => {
            const p = normalizePoint({ lon, lat });
            return [p.x, p.y] as [number, number];
          });
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The buurten of indeling `year` that sample points inside a cells or polygon scope fall in. */
async function touchedBuurten(ctx: ServiceContext, gemeente: string, scope: CellsScope | PolygonScope, year: number): Promise<string[]> {
  const region = regionOf(scope, 0)!;
  const locator = await getAreaLocator(ctx, gemeente, year);
  const [x0, y0, x1, y1] = rdBox(scope);
  const step = Math.max(10, Math.sqrt(((x1 - x0) * (y1 - y0)) / SAMPLES));
  const found = new Set<string>();
  for (let x = x0 + step / 2; x < x1; x += step)
    for (let y = y0 + step / 2; y < y1; y += step) {
      const [lon, lat] = rdToWgs84(x, y);
      if (region.place(x, y, lon, lat) !== 'target') continue;
      const code = locator.locate(lon, lat)?.buurt.code;
      if (code) found.add(code);
    }
  return [...found].sort();
}

/** The buurt codes a mission's scope touches: its codes, or for cells and drawn areas the buurten of the current indeling they overlap. */
async function buurtenOfScope(ctx: ServiceContext, m: MissionRow, scope: Scope, year: () => Promise<number | undefined>) {
  if (scope.kind === 'buurten') return scope.codes;
  const y = await year();
  if (y === undefined) return [];
  const key = `${m.gemeente_code}:${m.id}:${m.version}:${y}`;
  let hit = touchedCache.get(key);
  if (!hit) {
    if (touchedCache.size >= CACHE_SIZE) touchedCache.delete(touchedCache.keys().next().value!);
    hit = touchedBuurten(ctx, m.gemeente_code, scope, y);
    hit.catch(() => touchedCache.delete(key));
    touchedCache.set(key, hit);
  }
  return hit;
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
    const buurten = await buurtenOfScope(ctx, m, parsed.data, currentYear);
    if (!buurten.some((c) => inArea.has(c))) continue;
    items.push(ctx.actor.kind === 'anonymous' ? publicItem(m, buurten) : staffItem(m, buurten, scope.today));
  }
  return items;
}

export const missionsAreaSection: AreaNetworkSection = { key: 'missions', load: missionsInArea };
