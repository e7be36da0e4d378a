/**
 * Coordinate reference systems: RD New (EPSG:28992, Amersfoort / RD New) and WGS84 (EPSG:4326).
 *
 * RD New is the oblique stereographic projection on the Bessel 1841 ellipsoid with origin
 * Amersfoort (φ0 = 52°09'22.178"N, λ0 = 5°23'15.500"E, k0 = 0.9999079, false easting 155 000 m,
 * false northing 463 000 m). The datum shift to WGS84 is the standard EPSG 7-parameter
 * (Helmert, position vector) transformation, as in the EPSG:28992 proj4 definition. Without the
 * RDNAPTRANS™ correction grid this is accurate to about 1 m, enough for buurt polygons.
 */
import proj4 from 'proj4';
import type { Geometry, Ring } from './geometry-types.ts';

export const RD_NEW = 'EPSG:28992';
export const WGS84 = 'EPSG:4326';
export type Crs = typeof RD_NEW | typeof WGS84;

proj4.defs(
  RD_NEW,
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
    '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs',
);

const rdToWgs = proj4(RD_NEW, WGS84);

/** RD New (x, y in metres) → WGS84 [lon, lat] in degrees. */
export function rdToWgs84(x: number, y: number): [number, number] {
  const [lon, lat] = rdToWgs.forward([x, y]) as [number, number];
  return [lon, lat];
}

/** WGS84 (lon, lat in degrees) → RD New [x, y] in metres. */
export function wgs84ToRd(lon: number, lat: number): [number, number] {
  const [x, y] = rdToWgs.inverse([lon, lat]) as [number, number];
  return [x, y];
}

/** The area where RD New is defined (EPSG:28992 bounds with a margin), in metres. */
const RD_BOUNDS = { minX: -7_000, maxX: 300_000, minY: 289_000, maxY: 629_000 };

export function isInRdBounds(x: number, y: number): boolean {
  return x >= RD_BOUNDS.minX && x <= RD_BOUNDS.maxX && y >= RD_BOUNDS.minY && y <= RD_BOUNDS.maxY;
}

/** Maps an EPSG code, an SRID or a GeoJSON `crs` name (urn:ogc:def:crs:EPSG::28992, EPSG:4326, CRS84) to a known CRS. */
export function crsFromName(name: string | number | null | undefined): Crs | null {
  if (name === null || name === undefined) return null;
  const s = String(name).trim().toUpperCase();
  if (/(^|[^0-9])28992$/.test(s)) return RD_NEW;
  if (/(^|[^0-9])4326$/.test(s) || s.endsWith('CRS84')) return WGS84;
  return null;
}

/** Guesses the CRS from coordinate ranges: degrees fit in ±180/±90, RD metres fit the RD bounds. */
export function crsFromCoordinates(points: Iterable<readonly [number, number]>): Crs | null {
  let degrees = true;
  let rd = true;
  let any = false;
  for (const [x, y] of points) {
    any = true;
    if (!(Math.abs(x) <= 180 && Math.abs(y) <= 90)) degrees = false;
    if (!isInRdBounds(x, y)) rd = false;
    if (!degrees && !rd) return null;
  }
  if (!any) return null;
  return degrees ? WGS84 : rd ? RD_NEW : null;
}

function mapRing(ring: Ring, f: (x: number, y: number) => [number, number], decimals: number): Ring {
  const scale = 10 ** decimals;
  return ring.map(([x, y]) => {
    const [a, b] = f(x, y);
    return [Math.round(a * scale) / scale, Math.round(b * scale) / scale];
  });
}

/**
 * Reprojects a geometry to WGS84 lon/lat, rounded to `decimals` (7 decimals ≈ 1 cm).
 * A geometry already in WGS84 is only rounded.
 */
export function toWgs84(geometry: Geometry, from: Crs, decimals = 7): Geometry {
  const f = from === RD_NEW ? rdToWgs84 : (x: number, y: number): [number, number] => [x, y];
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: geometry.coordinates.map((r) => mapRing(r, f, decimals)) };
  }
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map((r) => mapRing(r, f, decimals))) };
}
