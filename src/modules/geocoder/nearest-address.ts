/**
 * The BAG address point nearest to a WGS84 point within `maxMetres`, with its label ("Proefstraat
 * 12, 3311 AB Dordrecht"; without a stored street "3311 AB 12, Dordrecht"). One box query on the
 * loaded points; null when none lies that close or no addresses are loaded. The address search's
 * reverse lookup and the staff detail page ("bij …") both use it.
 */
import type { Db } from '../../db/database.ts';
import { addressLabel, metresBetween } from './address-label.ts';
import { addressesNear } from './address-search-store.ts';

export interface NearestAddress {
  /** The same label as the address search. */
  text: string;
  lat: number;
  lon: number;
  metres: number;
}

export async function nearestAddress(
  db: Db,
  gemeente: string,
  point: { lat: number; lon: number },
  maxMetres = 75,
): Promise<NearestAddress | null> {
  const dLat = maxMetres / 111_000;
  const dLon = maxMetres / (111_000 * Math.cos((point.lat * Math.PI) / 180));
  let best: NearestAddress | null = null;
  for (const a of await addressesNear(db, gemeente, point.lat, point.lon, dLat, dLon)) {
    const metres = Math.round(metresBetween(point, a));
    if (metres <= maxMetres && (!best || metres < best.metres)) best = { text: addressLabel(a), lat: a.lat, lon: a.lon, metres };
  }
  return best;
}
