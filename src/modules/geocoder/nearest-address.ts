/**
 * The BAG address point nearest to an RD New point, for showing staff where a report without a typed
 * address is ("bij Proefstraat 12, 3311 AB Dordrecht"; without a stored street "3311 AB 12, Dordrecht"). A box query on the loaded points; null when none lies
 * within `maxMetres` or no addresses are loaded.
 */
import type { Db } from '../../db/database.ts';
import { addressLabel } from './address-search-service.ts';

export interface NearestAddress {
  postcode: string;
  huisnummer: number;
  huisletter: string;
  toevoeging: string;
  woonplaats: string | null;
  /** "Proefstraat 12A-1, 3311 AB Dordrecht", the same label as the address search. */
  text: string;
  metres: number;
}

export async function nearestAddress(
  db: Db,
  gemeente: string,
  point: { x: number; y: number },
  maxMetres = 75,
): Promise<NearestAddress | null> {
  const rows = await db
    .selectFrom('address_points')
    .select(['postcode', 'huisnummer', 'huisletter', 'huisnummertoevoeging', 'woonplaats', 'openbare_ruimte', 'x', 'y'])
    .where('gemeente_code', '=', gemeente)
    .where('x', '>=', point.x - maxMetres)
    .where('x', '<=', point.x + maxMetres)
    .where('y', '>=', point.y - maxMetres)
    .where('y', '<=', point.y + maxMetres)
    .limit(2000)
    .execute();
  let best: (typeof rows)[number] | null = null;
  let bestMetres = Number.POSITIVE_INFINITY;
  for (const r of rows) {
    const metres = Math.hypot(Number(r.x) - point.x, Number(r.y) - point.y);
    if (metres < bestMetres) [best, bestMetres] = [r, metres];
  }
  if (!best || bestMetres > maxMetres) return null;
  return {
    postcode: best.postcode,
    huisnummer: Number(best.huisnummer),
    huisletter: best.huisletter,
    toevoeging: best.huisnummertoevoeging,
    woonplaats: best.woonplaats,
    text: addressLabel({
      postcode: best.postcode,
      huisnummer: Number(best.huisnummer),
      huisletter: best.huisletter,
      toevoeging: best.huisnummertoevoeging,
      woonplaats: best.woonplaats,
      street: best.openbare_ruimte,
    } as Parameters<typeof addressLabel>[0]),
    metres: Math.round(bestMetres),
  };
}
