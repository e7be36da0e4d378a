/**
 * Point-in-area lookups: which buurt (and wijk) of a vintage holds a point given in WGS84
 * (lat, lon) or RD New (x, y). RD input is converted with proj4 (see crs.ts); the index works
 * in WGS84. Other modules that locate many points take an `AreaLocator` once and call it in a loop.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { invalidInput, notFoundBecause } from '../../../core/errors.ts';
import { areaIndexFor } from './area-index-cache.ts';
import { locatorOf } from './vintage-index.ts';

export { locatorOf };
import { isInRdBounds, rdToWgs84, wgs84ToRd } from '../geometry/crs.ts';
import { resolveVintage } from '../area-service.ts';

export type LocateInput = { lat: number; lon: number } | { x: number; y: number };

export interface LocatedArea {
  buurt: { code: string; name: string; population: number | null; isWater: boolean };
  wijk: { code: string; name: string } | null;
}

export interface LocateResult extends LocatedArea {
  year: number;
  point: { lat: number; lon: number; x: number; y: number };
}

export interface AreaLocator {
  year: number;
  /** The buurt and wijk at WGS84 (lon, lat), or null outside every buurt polygon. Synchronous. */
  locate(lon: number, lat: number): LocatedArea | null;
}

/** A synchronous locator over one vintage (default: the newest), built once and cached. */
export async function getAreaLocator(ctx: ServiceContext, gemeente: string, year?: number): Promise<AreaLocator> {
  const vintage = await resolveVintage(ctx, gemeente, year);
  return locatorOf(vintage.year, await areaIndexFor(ctx.db, gemeente, vintage.year, vintage.loadedAt));
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** Both coordinate pairs of a point: WGS84 rounded to 7 decimals, RD New to centimetres. */
export function normalizePoint(input: LocateInput): LocateResult['point'] {
  if ('x' in input) {
    if (!Number.isFinite(input.x) || !Number.isFinite(input.y) || !isInRdBounds(input.x, input.y)) {
      throw invalidInput([{ name: 'x', reason: 'x, y must be RD New metres within the Netherlands' }]);
    }
    const [lon, lat] = rdToWgs84(input.x, input.y);
    return { lat: round(lat, 7), lon: round(lon, 7), x: input.x, y: input.y };
  }
  if (!(Math.abs(input.lat) <= 90) || !(Math.abs(input.lon) <= 180)) {
    throw invalidInput([{ name: 'lat', reason: 'lat must be within ±90 and lon within ±180 degrees' }]);
  }
  const [x, y] = wgs84ToRd(input.lon, input.lat);
  return { lat: input.lat, lon: input.lon, x: round(x, 2), y: round(y, 2) };
}

/** Locates one point; 404 when it lies in no buurt polygon of the vintage. */
export async function locatePoint(ctx: ServiceContext, gemeente: string, input: LocateInput, year?: number): Promise<LocateResult> {
  const point = normalizePoint(input);
  const locator = await getAreaLocator(ctx, gemeente, year);
  const [lon, lat] = 'x' in input ? rdToWgs84(input.x, input.y) : [input.lon, input.lat];
  const hit = locator.locate(lon, lat);
  if (!hit) {
    throw notFoundBecause(`The point (${point.lat}, ${point.lon}) lies in no buurt of ${gemeente} in ${locator.year}.`);
  }
  return { year: locator.year, point, ...hit };
}
