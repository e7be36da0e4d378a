/**
 * SQL of the address search on the module's own table `address_points`: type-ahead by street or
 * postcode (prefix matches on the indexes of migration 0087), distinct streets, and the points
 * near a point for the reverse lookup. When several sources hold one address, the newest wins.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import { type AddressQuery, likePrefix, type NumberPart, parseAddressQuery } from './address-query.ts';

export interface AddressHit {
  street: string | null;
  postcode: string;
  huisnummer: number;
  huisletter: string;
  toevoeging: string;
  woonplaats: string | null;
  lat: number;
  lon: number;
}

const COLUMNS = [
  'openbare_ruimte',
  'postcode',
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'woonplaats',
  'lat',
  'lon',
  'loaded_at',
] as const;

type Row = { [K in (typeof COLUMNS)[number]]: unknown };

const hit = (r: Row): AddressHit => ({
  street: (r.openbare_ruimte as string | null) ?? null,
  postcode: String(r.postcode),
  huisnummer: Number(r.huisnummer),
  huisletter: String(r.huisletter),
  toevoeging: String(r.huisnummertoevoeging),
  woonplaats: (r.woonplaats as string | null) ?? null,
  lat: Number(r.lat),
  lon: Number(r.lon),
});

/** Drops older sources' copies of one address (rows come newest source first within an address). */
function distinct(rows: Row[], limit: number): AddressHit[] {
  const seen = new Set<string>();
  const out: AddressHit[] = [];
  for (const r of rows.map(hit)) {
    const key = `${r.postcode}|${r.huisnummer}|${r.huisletter}|${r.toevoeging}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
    if (out.length === limit) break;
  }
  return out;
}

/** True when any address point is loaded for the municipality. */
export async function hasAddressPoints(db: Db, gemeente: string): Promise<boolean> {
  const row = await db.selectFrom('address_points').select('huisnummer').where('gemeente_code', '=', gemeente).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Addresses matching a query with a number or a postcode, best first (the exact number before longer ones). */
export async function findAddresses(db: Db, gemeente: string, q: AddressQuery, limit: number): Promise<AddressHit[]> {
  let query = db.selectFrom('address_points').select(COLUMNS).where('gemeente_code', '=', gemeente);
  if (q.kind === 'postcode') {
    query = q.postcode.length === 6 ? query.where('postcode', '=', q.postcode) : query.where('postcode', 'like', likePrefix(q.postcode));
  } else {
    query = query.where(sql`lower(openbare_ruimte)`, 'like', likePrefix(q.street));
    if (q.woonplaats) query = query.where(sql`lower(woonplaats)`, 'like', likePrefix(q.woonplaats));
  }
  const n: NumberPart | null = q.number;
  if (n) {
    query = query.where(sql`cast(huisnummer as text)`, 'like', `${n.huisnummer}%`);
    if (n.huisletter) query = query.where('huisletter', '=', n.huisletter);
    if (n.toevoeging) query = query.where('huisnummertoevoeging', 'like', likePrefix(n.toevoeging));
  }
  // The exact number before longer ones ("12" before "120" while typing).
  if (n) query = query.orderBy(sql`case when huisnummer = ${n.huisnummer} then 0 else 1 end`);
  const rows = await query
    .orderBy('openbare_ruimte')
    .orderBy('postcode')
    .orderBy('huisnummer')
    .orderBy('huisletter')
    .orderBy('huisnummertoevoeging')
    .orderBy('loaded_at', 'desc')
    .limit(limit * 4)
    .execute();
  return distinct(rows, limit);
}

/** Distinct streets starting with `prefix`, each at its lowest address (number, letter, addition). */
export async function findStreets(db: Db, gemeente: string, prefix: string, woonplaats: string, limit: number): Promise<AddressHit[]> {
  let streets = db
    .selectFrom('address_points')
    .select(['openbare_ruimte', 'woonplaats'])
    .where('gemeente_code', '=', gemeente)
    .where(sql`lower(openbare_ruimte)`, 'like', likePrefix(prefix));
  if (woonplaats) streets = streets.where(sql`lower(woonplaats)`, 'like', likePrefix(woonplaats));
  const found = await streets
    .groupBy(['openbare_ruimte', 'woonplaats'])
    .orderBy('openbare_ruimte')
    .orderBy('woonplaats')
    .limit(limit)
    .execute();
  const out: AddressHit[] = [];
  for (const s of found) {
    let first = db
      .selectFrom('address_points')
      .select(COLUMNS)
      .where('gemeente_code', '=', gemeente)
      .where('openbare_ruimte', '=', s.openbare_ruimte);
    first = s.woonplaats === null ? first.where('woonplaats', 'is', null) : first.where('woonplaats', '=', s.woonplaats);
    const row = await first.orderBy('huisnummer').orderBy('huisletter').orderBy('huisnummertoevoeging').limit(1).executeTakeFirst();
    if (row) out.push(hit(row));
  }
  return out;
}

/** Addresses within a box of `dLat` × `dLon` degrees around a point (for the nearest one). */
export async function addressesNear(db: Db, gemeente: string, lat: number, lon: number, dLat: number, dLon: number): Promise<AddressHit[]> {
  const rows = await db
    .selectFrom('address_points')
    .select(COLUMNS)
    .where('gemeente_code', '=', gemeente)
    .where('lat', '>=', lat - dLat)
    .where('lat', '<=', lat + dLat)
    .where('lon', '>=', lon - dLon)
    .where('lon', '<=', lon + dLon)
    .orderBy('loaded_at', 'desc')
    .limit(500)
    .execute();
  return distinct(rows, 500);
}

/** The point of one typed address ("Voorstraat 12, Dordrecht", "3311AB 12"): the best hit with that exact number, or null. */
export async function addressPointOf(db: Db, gemeente: string, text: string): Promise<{ lat: number; lon: number } | null> {
  const q = parseAddressQuery(text);
  if (!q.number) return null;
  const n = q.number;
  const hits = await findAddresses(db, gemeente, q, 20);
  // The address itself: number, letter and addition all equal ("12" is not "12A", "14" not "14-2").
  const best = hits.find((h) => h.huisnummer === n.huisnummer && h.huisletter === n.huisletter && h.toevoeging === n.toevoeging);
  return best ? { lat: best.lat, lon: best.lon } : null;
}
