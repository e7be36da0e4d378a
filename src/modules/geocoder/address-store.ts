/**
 * Stores the address points of one source: one transaction that deletes the source's rows of the
 * municipality and COPYs the new ones in (CSV COPY on both engines), so a re-import replaces the
 * source whole and a failure leaves the previous load as it was.
 */
import type { Db } from '../../db/database.ts';
import { bulkSessionOf } from '../../db/database-types.ts';
import type { AddressRow } from './address-rows.ts';

const COLUMNS = [
  'gemeente_code',
  'source',
  'postcode',
  'huisnummer',
  'huisletter',
  'huisnummertoevoeging',
  'x',
  'y',
  'lat',
  'lon',
  'woonplaats',
  'gemeente',
  'openbare_ruimte',
];
const CHUNK_ROWS = 10_000;

/** A CSV field: quoted (so '' stays an empty string), or empty and unquoted for NULL. */
const text = (v: string | null) => (v === null ? '' : `"${v.replaceAll('"', '""')}"`);

function csvLine(gemeente: string, source: string, r: AddressRow): string {
  return [
    text(gemeente),
    text(source),
    r.postcode,
    r.huisnummer,
    text(r.huisletter),
    text(r.toevoeging),
    r.x,
    r.y,
    r.lat,
    r.lon,
    text(r.woonplaats),
    text(r.gemeente),
    text(r.straat),
  ].join(',');
}

export interface StoredAddresses {
  /** Rows of this source that were there before (now replaced). */
  replaced: number;
  stored: number;
}

export async function replaceSourceAddresses(db: Db, gemeente: string, source: string, rows: AddressRow[]): Promise<StoredAddresses> {
  const bulk = bulkSessionOf(db);
  if (!bulk) throw new Error('This database was not opened by openDatabase: bulk loading is unavailable.');
  return bulk(async (s) => {
    const removed = await s.query('DELETE FROM address_points WHERE gemeente_code = $1 AND source = $2', [gemeente, source]);
    const chunks: string[] = [];
    for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
      chunks.push(
        rows
          .slice(i, i + CHUNK_ROWS)
          .map((r) => `${csvLine(gemeente, source, r)}\n`)
          .join(''),
      );
    }
    const stored = rows.length ? await s.copyFrom('address_points', COLUMNS, { format: 'csv', chunks }) : 0;
    return { replaced: removed.affectedRows, stored };
  });
}
