/**
 * The columns of an address file. Two shapes, told apart by the header:
 * - **NLExtract `bagadres`** (`bagadres.csv`, `bagadres-full.csv`; `;`-separated), as NLExtract's
 *   `bagv2/etl/sql/adres/adres2csv.sql` writes it:
 *   `openbareruimte;huisnummer;huisletter;huisnummertoevoeging;postcode;woonplaats;gemeente;provincie;object_id;object_type;nevenadres;x;y;lon;lat`
 *   (the -full export has more columns between; they are ignored). The street (`openbareruimte`) is kept.
 * - **generic**: `postcode,huisnummer[,huisletter][,toevoeging],x,y` or `…,lat,lon` (`,` or `;`),
 *   optionally `woonplaats`, `gemeente`, `straat` (or `openbareruimte`, `straatnaam`); `huisnummertoevoeging` is accepted for `toevoeging`.
 * Columns that look like personal data (names, BSN, birth date, phone, e-mail) refuse the file:
 * an address table holds addresses and points only.
 */
import { invalidInput, type FieldError } from '../../core/errors.ts';

export const ADDRESS_COLUMNS = [
  'postcode',
  'huisnummer',
  'huisletter',
  'toevoeging',
  'x',
  'y',
  'lat',
  'lon',
  'woonplaats',
  'gemeente',
  'straat',
] as const;
export type AddressColumn = (typeof ADDRESS_COLUMNS)[number];

export type AddressFileShape = 'nlextract-bagadres' | 'generic';

export interface AddressHeader {
  shape: AddressFileShape;
  /** Index of each column present. */
  index: Partial<Record<AddressColumn, number>>;
  /** Source name of each column present (for problem reports). */
  names: Partial<Record<AddressColumn, string>>;
  width: number;
}

const CANDIDATES: Record<AddressColumn, string[]> = {
  postcode: ['postcode'],
  huisnummer: ['huisnummer'],
  huisletter: ['huisletter'],
  toevoeging: ['huisnummertoevoeging', 'toevoeging'],
  x: ['x'],
  y: ['y'],
  lat: ['lat'],
  lon: ['lon'],
  woonplaats: ['woonplaats'],
  gemeente: ['gemeente'],
  straat: ['openbareruimte', 'openbare_ruimte', 'straat', 'straatnaam'],
};

const PERSONAL =
  /^(naam|name|voornaam|achternaam|voorletters|tussenvoegsel|first_?name|last_?name|surname|full_?name|bewoner|bsn|burgerservicenummer|geboortedatum|date_?of_?birth|dob|telefoon(nummer)?|phone|e-?mail)$/i;

/** Resolves and checks the header; throws a 400 listing every problem. */
export function readAddressHeader(file: string, header: string[]): AddressHeader {
  const lower = header.map((h) => h.trim().toLowerCase());
  const index: Partial<Record<AddressColumn, number>> = {};
  const names: Partial<Record<AddressColumn, string>> = {};
  for (const column of ADDRESS_COLUMNS) {
    const i = CANDIDATES[column].map((c) => lower.indexOf(c)).find((n) => n !== -1);
    if (i !== undefined) {
      index[column] = i;
      names[column] = header[i]!.trim();
    }
  }
  const errors: FieldError[] = header
    .filter((h) => PERSONAL.test(h.trim()))
    .map((h) => ({
      name: `${file}: column ${h.trim()}`,
      reason: 'looks like personal data; an address file holds addresses and points only',
    }));
  for (const column of ['postcode', 'huisnummer'] as const)
    if (index[column] === undefined) errors.push({ name: `${file}: column ${column}`, reason: 'missing' });
  const rd = index.x !== undefined && index.y !== undefined;
  const wgs = index.lat !== undefined && index.lon !== undefined;
  if (!rd && !wgs) errors.push({ name: `${file}: columns x,y or lat,lon`, reason: 'missing: every address needs its point' });
  if (errors.length)
    throw invalidInput(errors, `${file} cannot be imported as addresses: ${errors.map((e) => `${e.name} ${e.reason}`).join('; ')}.`);
  const bag = ['openbareruimte', 'object_id', 'object_type'].every((c) => lower.includes(c));
  return { shape: bag ? 'nlextract-bagadres' : 'generic', index, names, width: header.length };
}
