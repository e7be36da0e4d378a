/**
 * Where a report is: WGS84 or RD New coordinates (both kept), and the buurt/wijk they fall in.
 * Reports given only as address text keep no coordinates (there is no geocoder offline); staff
 * can place them later. Without loaded areas the report is kept without buurt.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { AppError, invalidInput } from '../../../core/errors.ts';
import { getAreaLocator, normalizePoint, type AreaLocator, type LocateInput } from '../../areas/index.ts';
import type { Db } from '../../../db/database.ts';

export interface ResolvedPlace {
  lat: number | null;
  lon: number | null;
  x: number | null;
  y: number | null;
  addressText: string | null;
  areaYear: number | null;
  buurtCode: string | null;
  wijkCode: string | null;
}

const LOCATOR_TTL_MS = 60_000;
const locators = new WeakMap<Db, Map<string, { at: number; locator: Promise<AreaLocator | null> }>>();

/** The newest vintage's locator, cached for a minute; null when no areas are loaded. */
export function cachedLocator(ctx: ServiceContext, gemeente: string): Promise<AreaLocator | null> {
  let perDb = locators.get(ctx.db);
  if (!perDb) locators.set(ctx.db, (perDb = new Map()));
  const hit = perDb.get(gemeente);
  if (hit && Date.now() - hit.at < LOCATOR_TTL_MS) return hit.locator;
  const locator = getAreaLocator(ctx, gemeente).catch((err: unknown) => {
    if (err instanceof AppError && err.status === 404) return null;
    perDb.delete(gemeente);
    throw err;
  });
  perDb.set(gemeente, { at: Date.now(), locator });
  return locator;
}

/**
 * Resolves a place. `strict`: a point outside every buurt of the municipality is refused (public
 * intake); imports keep such points without buurt.
 */
export async function resolvePlace(
  ctx: ServiceContext,
  gemeente: string,
  input: { point?: LocateInput | undefined; addressText?: string | null | undefined },
  strict: boolean,
  /** A locator fetched beforehand (imports inside a transaction must not query outside it). */
  given?: AreaLocator | null,
): Promise<ResolvedPlace> {
  const addressText = input.addressText?.trim() || null;
  if (!input.point) {
    if (!addressText) throw invalidInput([{ name: 'body.location', reason: 'give lat/lon, RD x/y or an address' }]);
    return { lat: null, lon: null, x: null, y: null, addressText, areaYear: null, buurtCode: null, wijkCode: null };
  }
  const p = normalizePoint(input.point);
  const locator = given !== undefined ? given : await cachedLocator(ctx, gemeente);
  const hit = locator?.locate(p.lon, p.lat) ?? null;
  if (strict && locator && !hit) {
    throw invalidInput([{ name: 'body.location', reason: `the point (${p.lat}, ${p.lon}) lies outside the municipality` }]);
  }
  return {
    lat: p.lat,
    lon: p.lon,
    x: p.x,
    y: p.y,
    addressText,
    areaYear: hit ? locator!.year : null,
    buurtCode: hit?.buurt.code ?? null,
    wijkCode: hit?.wijk?.code ?? null,
  };
}

/** Great-circle distance in metres (haversine, mean Earth radius 6,371,008.8 m). */
export function distanceMetres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = 6_371_008.8;
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(a));
}
