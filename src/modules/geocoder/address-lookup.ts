/**
 * The address points of one municipality in memory, for synchronous lookups while an import checks
 * its rows: a Map from the normalised key (address-key.ts) to an index into one Float64Array of
 * x, y, lat, lon. Dordrecht's ~60k addresses take a few MB and load in well under a second.
 *
 * Match rule: the exact key (postcode, huisnummer, huisletter, toevoeging); when that is not
 * there, the same postcode + huisnummer without letter and addition. So "12 B" falls back to
 * "12" when BAG has no 12B, but "12" never picks one of 12A/12B.
 * When several sources hold one address, the most recently loaded source wins.
 */
import type { Db } from '../../db/database.ts';
import { addressKeyString, type AddressKey } from './address-key.ts';

export interface AddressPoint {
  x: number;
  y: number;
  lat: number;
  lon: number;
}

export class AddressLookup {
  readonly #index: Map<string, number>;
  readonly #coords: Float64Array;
  /** The sources loaded for the municipality, oldest first. */
  readonly sources: string[];

  constructor(index: Map<string, number>, coords: Float64Array, sources: string[]) {
    this.#index = index;
    this.#coords = coords;
    this.sources = sources;
  }

  get size(): number {
    return this.#index.size;
  }

  /** The point of the address (exact key, else the plain postcode + huisnummer), or null. */
  find(key: AddressKey): AddressPoint | null {
    let i = this.#index.get(addressKeyString(key));
    if (i === undefined && (key.huisletter || key.toevoeging)) i = this.#index.get(`${key.postcode}${key.huisnummer}`);
    if (i === undefined) return null;
    const c = this.#coords;
    return { x: c[4 * i]!, y: c[4 * i + 1]!, lat: c[4 * i + 2]!, lon: c[4 * i + 3]! };
  }

  /** "source bag-2024" or "sources a, b", for problem reports. */
  get sourceLabel(): string {
    return `${this.sources.length === 1 ? 'source' : 'sources'} ${this.sources.join(', ')}`;
  }
}

/** The address lookup of `gemeente`, or null when no address points are loaded for it. */
export async function loadAddressLookup(db: Db, gemeente: string): Promise<AddressLookup | null> {
  const rows = await db
    .selectFrom('address_points')
    .select(['source', 'postcode', 'huisnummer', 'huisletter', 'huisnummertoevoeging', 'x', 'y', 'lat', 'lon', 'loaded_at'])
    .where('gemeente_code', '=', gemeente)
    .orderBy('loaded_at')
    .orderBy('source')
    .execute();
  if (rows.length === 0) return null;
  const index = new Map<string, number>();
  const coords = new Float64Array(rows.length * 4);
  const sources: string[] = [];
  rows.forEach((r, i) => {
    if (sources[sources.length - 1] !== r.source) sources.push(r.source);
    const key = addressKeyString({
      postcode: r.postcode,
      huisnummer: Number(r.huisnummer),
      huisletter: r.huisletter,
      toevoeging: r.huisnummertoevoeging,
    });
    index.set(key, i); // later (newer) sources overwrite older ones
    coords.set([Number(r.x), Number(r.y), Number(r.lat), Number(r.lon)], 4 * i);
  });
  return new AddressLookup(index, coords, sources);
}
