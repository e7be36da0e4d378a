/**
 * The BAG address point nearest to an RD New point, for showing staff where a report without a typed
 * address is ("bij 3311 AB 12, Dordrecht"). A box query on the loaded points; null when none lies
 * within `maxMetres` or no addresses are loaded.
 */
import type { Db } from '../../db/database.ts';

export interface NearestAddress {
  postcode: string;
  huisnummer: number;
  huisletter: string;
  toevoeging: string;
  woonplaats: string | null;
  /** "3311 AB 12A-1, Dordrecht". */
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
    .select(['postcode', 'huisnummer', 'huisletter', 'huisnummertoevoeging', 'woonplaats', 'x', 'y'])
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
  const number = `${best.huisnummer}${best.huisletter}${best.huisnummertoevoeging ? `-${best.huisnummertoevoeging}` : ''}`;
  const postcode = `${best.postcode.slice(0, 4)} ${best.postcode.slice(4)}`;
  return {
    postcode: best.postcode,
    huisnummer: Number(best.huisnummer),
    huisletter: best.huisletter,
    toevoeging: best.huisnummertoevoeging,
    woonplaats: best.woonplaats,
    text: `${postcode} ${number}${best.woonplaats ? `, ${best.woonplaats}` : ''}`,
    metres: Math.round(bestMetres),
  };
}
