/**
 * Checks one row of an address file. Order and outcome:
 * 1. the field count must match the header;
 * 2. the point: RD New `x`,`y` (metres; used when given) or WGS84 `lat`,`lon`; the other pair is
 *    computed with proj4 (areas/geometry/crs.ts), as for incident rows, so an incident placed at an address
 *    gets exactly the coordinates it would get from that address's x,y. RD is rounded to cm, WGS84
 *    to 7 decimals;
 * 3. a point outside every buurt of the municipality (any loaded vintage) is **skipped**, not an
 *    error: a national or provincial extract holds other municipalities;
 * 4. a row without postcode is **skipped** (BAG has addresses without one, e.g. some berths);
 * 5. the key (address-key.ts): postcode, huisnummer, huisletter, toevoeging.
 * Any problem makes the row bad (line, column, reason); one bad row rejects the file.
 */
import { pointFromText } from '../areas/index.ts';
import { isAddressProblem, parseAddress, type AddressKey } from './address-key.ts';
import type { AddressPoint } from './address-lookup.ts';
import type { AddressColumn, AddressHeader } from './address-header.ts';

/** The longest woonplaats, gemeente or street name accepted (the longest Dutch ones have well under 80 characters). */
const MAX_NAME = 80;
import type { RowProblem } from './address-report.ts';

export interface AddressRow extends AddressKey, AddressPoint {
  line: number;
  woonplaats: string | null;
  gemeente: string | null;
  /** The street (BAG openbare ruimte), or null when the file gives none. */
  straat: string | null;
}

export type RowOutcome = { kind: 'address'; row: AddressRow } | { kind: 'outside' } | { kind: 'no-postcode' } | { kind: 'bad' };

/** True when WGS84 (lon, lat) lies in the municipality. */
export type InMunicipality = (lon: number, lat: number) => boolean;

export class AddressRowChecker {
  readonly #h: AddressHeader;
  readonly #inside: InMunicipality;
  #line = 0;
  #problems: RowProblem[] = [];

  constructor(header: AddressHeader, inside: InMunicipality) {
    this.#h = header;
    this.#inside = inside;
  }

  #value(values: string[], column: AddressColumn): string {
    const i = this.#h.index[column];
    return i === undefined ? '' : (values[i] ?? '').trim();
  }

  #add(column: AddressColumn | '(row)', reason: string): void {
    this.#problems.push({ line: this.#line, column: column === '(row)' ? column : (this.#h.names[column] ?? column), reason });
  }

  check(line: number, values: string[], problems: RowProblem[]): RowOutcome {
    this.#line = line;
    this.#problems = problems;
    if (values.length !== this.#h.width) {
      this.#add('(row)', `has ${values.length} fields, the header has ${this.#h.width}`);
      return { kind: 'bad' };
    }
    const point = this.#point(values);
    if (point && !this.#inside(point.lon, point.lat)) return { kind: 'outside' };
    const postcode = this.#value(values, 'postcode');
    if (point && !postcode) return { kind: 'no-postcode' };
    const key = parseAddress({
      postcode,
      huisnummer: this.#value(values, 'huisnummer'),
      huisletter: this.#value(values, 'huisletter'),
      toevoeging: this.#value(values, 'toevoeging'),
    });
    if (isAddressProblem(key)) this.#add(key.field, key.reason);
    const woonplaats = this.#name(values, 'woonplaats');
    const gemeente = this.#name(values, 'gemeente');
    const straat = this.#name(values, 'straat');
    if (!point || isAddressProblem(key) || woonplaats === undefined || gemeente === undefined || straat === undefined)
      return { kind: 'bad' };
    return { kind: 'address', row: { line, ...key, ...point, woonplaats, gemeente, straat } };
  }

  /** A place name as the file gives it (null when empty); longer than any Dutch name → a problem, never cut. */
  #name(values: string[], column: 'woonplaats' | 'gemeente' | 'straat'): string | null | undefined {
    const v = this.#value(values, column);
    if (v.length <= MAX_NAME) return v || null;
    this.#add(column, `is longer than ${MAX_NAME} characters (${v.length}); a place name is shorter`);
    return undefined;
  }

  #point(values: string[]): AddressPoint | null {
    const r = pointFromText({
      x: this.#value(values, 'x'),
      y: this.#value(values, 'y'),
      lat: this.#value(values, 'lat'),
      lon: this.#value(values, 'lon'),
    });
    if ('point' in r) return r.point;
    const problem = 'problem' in r ? r.problem : { column: 'x' as const, reason: 'no point: give x,y (RD New) or lat,lon' };
    this.#add(problem.column, problem.reason);
    return null;
  }
}
