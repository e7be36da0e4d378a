/**
 * The areas side of the address search, through the areas module's public index.ts: the buurt
 * (and wijk) at a point, and buurt and wijk names matched by what a resident types — so search
 * works on a fresh install without BAG data. Names of the newest vintage; each area's point is
 * one inside its polygon (a wijk: inside its largest buurt). Cached per database and vintage.
 */
import type { ServiceContext } from '../../core/context.ts';
import { getAreaLocator, pointOnSurface, vintageAreas, vintageYears, type AreaLocator } from '../areas/index.ts';

export interface BuurtRef {
  code: string;
  name: string;
}

export interface AreaPlace {
  kind: 'buurt' | 'wijk';
  code: string;
  name: string;
  /** Lower case, accents dropped, for matching. */
  key: string;
  lat: number;
  lon: number;
  buurt: BuurtRef;
}

/** Lower case without accents ("Crabbehof-Zuid" ~ "crabbehof-zuid", "Dubbeldam" ~ "dübbeldam"). */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** The locator of the newest vintage, or null when no areas are loaded. */
export async function newestLocator(ctx: ServiceContext, gemeente: string): Promise<AreaLocator | null> {
  const years = await vintageYears(ctx, gemeente);
  return years.length ? getAreaLocator(ctx, gemeente, years[0]) : null;
}

/** The buurt at a point, or null (outside the municipality, or no areas loaded). */
export function buurtAt(locator: AreaLocator | null, lat: number, lon: number): BuurtRef | null {
  const hit = locator?.locate(lon, lat);
  return hit ? { code: hit.buurt.code, name: hit.buurt.name } : null;
}

const cache = new WeakMap<object, Map<string, { at: number; places: Promise<AreaPlace[]> }>>();
const TTL_MS = 10 * 60_000;

async function buildPlaces(ctx: ServiceContext, gemeente: string, year: number): Promise<AreaPlace[]> {
  const areas = await vintageAreas(ctx.db, gemeente, year);
  const places: AreaPlace[] = [];
  // A wijk's point: inside its most populous buurt.
  const firstOfWijk = new Map<string, { place: AreaPlace; population: number }>();
  for (const b of areas.buurten) {
    const p = pointOnSurface(b.geometry);
    if (!p) continue;
    const buurt = { code: b.code, name: b.name };
    const place: AreaPlace = { kind: 'buurt', code: b.code, name: b.name, key: fold(b.name), lon: p[0], lat: p[1], buurt };
    places.push(place);
    const best = b.parentCode ? firstOfWijk.get(b.parentCode) : undefined;
    const population = b.population ?? 0;
    if (b.parentCode && (!best || population > best.population)) firstOfWijk.set(b.parentCode, { place, population });
  }
  for (const w of areas.wijken) {
    const inside = firstOfWijk.get(w.code);
    if (inside) places.push({ ...inside.place, kind: 'wijk', code: w.code, name: w.name, key: fold(w.name) });
  }
  return places;
}

async function placesOf(ctx: ServiceContext, gemeente: string): Promise<AreaPlace[]> {
  const years = await vintageYears(ctx, gemeente);
  if (!years.length) return [];
  let byKey = cache.get(ctx.db);
  if (!byKey) cache.set(ctx.db, (byKey = new Map()));
  const key = `${gemeente}:${years[0]}`;
  const entry = byKey.get(key);
  if (entry && Date.now() - entry.at < TTL_MS) return entry.places;
  const places = buildPlaces(ctx, gemeente, years[0]!);
  byKey.set(key, { at: Date.now(), places });
  places.catch(() => byKey.delete(key));
  return places;
}

/** Buurten and wijken whose name holds the text (names starting with it first), at most `limit`. */
export async function matchAreas(ctx: ServiceContext, gemeente: string, text: string, limit: number): Promise<AreaPlace[]> {
  const q = fold(text);
  if (!q) return [];
  const places = await placesOf(ctx, gemeente);
  const rank = (p: AreaPlace) => (p.key.startsWith(q) ? 0 : p.key.split(/[\s-]/).some((w) => w.startsWith(q)) ? 1 : 2);
  return places
    .filter((p) => p.key.includes(q))
    .sort((a, b) => rank(a) - rank(b) || (a.kind === b.kind ? 0 : a.kind === 'wijk' ? -1 : 1) || a.name.localeCompare(b.name, 'nl'))
    .slice(0, limit);
}
