import type { Generated } from 'kysely';

export interface GeocoderTables {
  address_points: {
    gemeente_code: string;
    source: string;
    /** Normalised: `3311AB`. */
    postcode: string;
    huisnummer: number;
    /** Upper case; '' when absent. */
    huisletter: string;
    /** Upper case letters and digits; '' when absent. */
    huisnummertoevoeging: string;
    /** RD New metres (cm precision). */
    x: number;
    y: number;
    /** WGS84, 7 decimals. */
    lat: number;
    lon: number;
    woonplaats: string | null;
    gemeente: string | null;
    /** The street (BAG openbare ruimte); null when the file gave none (migration 0087). */
    openbare_ruimte: string | null;
    loaded_at: Generated<Date>;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends GeocoderTables {}
}
