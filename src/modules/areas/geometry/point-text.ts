/**
 * A place given as text in an import row — RD New `x`,`y` (metres; preferred when both pairs are
 * given) or WGS84 `lat`,`lon` — as both coordinate pairs: RD rounded to cm, WGS84 to 7 decimals
 * (as `normalizePoint`), converted with proj4. Pure and free of the database layer (it runs in
 * the import worker threads). A bad or foreign place is a problem naming its column.
 */
import { short } from '../../../core/import-text.ts';
import { isInRdBounds, rdToWgs84, wgs84ToRd } from './crs.ts';

export interface PointPair {
  x: number;
  y: number;
  lat: number;
  lon: number;
}

export type PointFromText =
  | { point: PointPair; column: 'x' | 'lat' }
  | { problem: { column: 'x' | 'lat'; reason: string } }
  | { none: true };

const round = (v: number, decimals: number) => Math.round(v * 10 ** decimals) / 10 ** decimals;
const pair = (x: number, y: number, lat: number, lon: number): PointPair => ({
  x: round(x, 2),
  y: round(y, 2),
  lat: round(lat, 7),
  lon: round(lon, 7),
});

/** The point of a row's x, y, lat, lon texts (empty = not given); `none` when neither pair is given. */
export function pointFromText(t: { x: string; y: string; lat: string; lon: string }): PointFromText {
  if (t.x || t.y) {
    const x = Number(t.x);
    const y = Number(t.y);
    if (!t.x || !t.y || !Number.isFinite(x) || !Number.isFinite(y) || !isInRdBounds(x, y)) {
      return {
        problem: {
          column: 'x',
          reason: `x '${short(t.x)}', y '${short(t.y)}' are not RD New metres within the Netherlands (decimal point, not comma)`,
        },
      };
    }
    const [lon, lat] = rdToWgs84(x, y);
    return { point: pair(x, y, lat, lon), column: 'x' };
  }
  if (!t.lat && !t.lon) return { none: true };
  const lat = Number(t.lat);
  const lon = Number(t.lon);
  if (!t.lat || !t.lon || !(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) {
    return { problem: { column: 'lat', reason: `lat '${short(t.lat)}', lon '${short(t.lon)}' are not WGS84 degrees` } };
  }
  const [x, y] = wgs84ToRd(lon, lat);
  if (!isInRdBounds(x, y))
    return { problem: { column: 'lat', reason: `lat '${short(t.lat)}', lon '${short(t.lon)}' lie outside the Netherlands` } };
  return { point: pair(x, y, lat, lon), column: 'lat' };
}
