/**
 * Checks one row of an incident file and turns it into an `EventRecord`, or lists every problem
 * of the row (line, column, reason). Rules:
 * - `id`: required, ≤ 200 characters, unique within the file.
 * - `type`: a CBS code from `crime_types` (not the total 0.0.0), or a local code of the mapping.
 * - `start` (required) and `end` (optional, ≥ start): ISO 8601, see event-time.ts (no offset =
 *   Europe/Amsterdam); not more than a day in the future, not before 1900.
 * - place: RD New `x`,`y` (metres; preferred when both pairs are given), else WGS84 `lat`,`lon`,
 *   else `postcode` + `huisnummer` (optional `huisletter`, `toevoeging`) looked up in the address
 *   points loaded with `stadsveilig import addresses` (geocoder module: exact key, else the same
 *   postcode + huisnummer without letter and addition). Each event gets both pairs, RD rounded to
 *   cm and WGS84 to 7 decimals; only the point is stored, never the address. An address not in the
 *   table is a problem naming it; without any address points loaded such rows say so.
 *   A point outside every buurt of the vintage (placement.ts, vintage-placer.ts) is a problem, never dropped.
 * - `offender_ref`, `victim_ref`, `address_ref`: optional pseudonymous references, 1–64 of
 *   letters, digits and `_ . : -` (no spaces), so a name ("Jan de Vries") is refused.
 */
import { short } from '../../../core/import-text.ts';
import { ownValue } from '../../../core/own-value.ts';
import { isInRdBounds, pointFromText } from '../../areas/index.ts';
// The pure key rules, through geocoder's index.ts. This file also runs in the import worker threads, which load no
// database engine, HTTP or CLI code (test/architecture/worker-weight.test.ts).
import { describeAddress, isAddressProblem, parseAddress } from '../../geocoder/index.ts';
import type { AddressLookup } from '../../geocoder/index.ts';
import type { EventRecord } from './event-batch.ts';
import type { VintagePlacer } from './vintage-placer.ts';
import type { EventField } from './column-mapping.ts';
import { amsterdamYear, parseEventTime, skippedHourProblem } from '../event-time.ts';
import type { RowProblem } from '../import-report.ts';
import { rdToWgs84Into } from './rd-wgs84.ts';

const REF = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
const CBS_CODE = /^\d+\.\d+\.\d+$/;
const DAY_MS = 86_400_000;
/** Event times before this are refused (and after `now` + a day). */
export const MIN_EVENT_MS = Date.UTC(1900, 0, 1);
/** The latest event time accepted by a checker whose clock says `now` (ms): a day ahead, for clocks and time zones. */
export const latestEventMs = (now: number) => now + DAY_MS;
const TIME_HINT = 'is not an ISO 8601 time such as 2023-05-01T14:30 (no offset = Europe/Amsterdam) or 2023-05-01T12:30Z';

/** A row refused by the checks: its line, its values by column (kept in quarantine for review) and why. */
export interface BadRow {
  line: number;
  raw: Record<string, string>;
  problems: RowProblem[];
}

export interface RowCheckerOptions {
  /** Source column index of each field present. */
  index: Partial<Record<EventField, number>>;
  /** Source column name of each field present (for problem reports). */
  names: Partial<Record<EventField, string>>;
  crimeTypes: Set<string>;
  localTypes: Record<string, string>;
  placer: VintagePlacer;
  now?: number;
  /** Refuse an id seen before in this checker (default true; the parallel import leaves it to the database). */
  duplicates?: boolean;
  /** Address points of the municipality for rows placed by postcode + huisnummer; null/absent when none are loaded. */
  addresses?: AddressLookup | null;
}

type Point = { x: number; y: number; lat: number; lon: number; column: EventField };

export type CrimeType = { code: string; local: string | null };

/**
 * The crime type of a row's (trimmed) type text: a local code of the mapping (its own keys only),
 * else a CBS code in `crime_types` other than the total 0.0.0; else why not.
 */
export function crimeTypeOf(raw: string, localTypes: Record<string, string>, crimeTypes: Set<string>): CrimeType | { problem: string } {
  const mapped = ownValue(localTypes, raw);
  if (mapped) return { code: mapped, local: raw };
  if (raw === '0.0.0') return { problem: '0.0.0 is the total of all crime, not a crime type' };
  if (CBS_CODE.test(raw) && crimeTypes.has(raw)) return { code: raw, local: null };
  return {
    problem: raw ? `unknown crime type '${short(raw)}': not a CBS code in crime_types and not in the mapping's types` : 'is empty',
  };
}

const NO_ADDRESSES =
  'no geocoder table loaded: postcode + huisnummer cannot be placed; load a BAG extract with `stadsveilig import addresses FILE`, or give x,y (RD New) or lat,lon';

export class EventRowChecker {
  readonly #o: RowCheckerOptions;
  readonly #seen = new Map<string, number>();
  readonly #latest: number;
  #line = 0;
  #problems: RowProblem[] = [];
  readonly #lonLat = new Float64Array(2);

  constructor(o: RowCheckerOptions) {
    this.#o = o;
    this.#latest = latestEventMs(o.now ?? Date.now());
  }

  #value(values: string[], field: EventField): string {
    const i = this.#o.index[field];
    return i === undefined ? '' : (values[i] ?? '').trim();
  }

  #col(field: EventField): string {
    return this.#o.names[field] ?? field;
  }

  #add(field: EventField | '(row)', reason: string): void {
    this.#problems.push({ line: this.#line, column: field === '(row)' ? field : this.#col(field), reason });
  }

  #ref(values: string[], field: EventField): string | null {
    const v = this.#value(values, field);
    if (v && !REF.test(v))
      this.#add(field, `'${v.slice(0, 40)}' is not a pseudonymous reference (1–64 letters, digits, _ . : -; no spaces); never a name`);
    return v || null;
  }

  /** The record of a good row, or null with the row's problems pushed onto `problems`. */
  check(line: number, values: string[], width: number, problems: RowProblem[]): EventRecord | null {
    this.#line = line;
    this.#problems = problems;
    const before = problems.length;
    if (values.length !== width) {
      this.#add('(row)', `has ${values.length} fields, the header has ${width}`);
      return null;
    }
    const sourceId = this.#sourceId(values);
    const type = this.#type(values);
    const startMs = this.#start(values);
    const endMs = this.#end(values, startMs);
    const point = this.#point(values);
    const offenderRef = this.#ref(values, 'offender_ref');
    const victimRef = this.#ref(values, 'victim_ref');
    const addressRef = this.#ref(values, 'address_ref');
    let placed = null;
    if (point && !Number.isNaN(startMs)) {
      const year = amsterdamYear(startMs);
      placed = this.#o.placer.place(point.lon, point.lat, year);
      if (!placed)
        this.#add(
          point.column,
          `the point (${point.lat}, ${point.lon}) lies outside every buurt (indeling ${this.#o.placer.vintageFor(year)})`,
        );
    }
    if (problems.length > before || !placed || !point || !type) return null;
    return {
      line,
      sourceId,
      crimeType: type.code,
      localType: type.local,
      startMs,
      endMs,
      x: point.x,
      y: point.y,
      lat: point.lat,
      lon: point.lon,
      areaYear: placed.areaYear,
      buurtCode: placed.buurtCode,
      wijkCode: placed.wijkCode,
      offenderRef,
      victimRef,
      addressRef,
    };
  }

  #sourceId(values: string[]): string {
    const id = this.#value(values, 'id');
    if (!id) this.#add('id', 'is empty; every event needs the id it has in the source');
    else if (id.length > 200) this.#add('id', 'is longer than 200 characters');
    else if (this.#o.duplicates !== false) {
      const first = this.#seen.get(id);
      if (first !== undefined) this.#add('id', `duplicate id '${short(id)}' (first on line ${first})`);
      else this.#seen.set(id, this.#line);
    }
    return id;
  }

  #type(values: string[]): CrimeType | null {
    const t = crimeTypeOf(this.#value(values, 'type'), this.#o.localTypes, this.#o.crimeTypes);
    if ('problem' in t) this.#add('type', t.problem);
    return 'problem' in t ? null : t;
  }

  #start(values: string[]): number {
    const text = this.#value(values, 'start');
    const start = parseEventTime(text);
    if (!text) this.#add('start', 'is empty; every event needs a start time');
    else if (Number.isNaN(start)) this.#add('start', `'${short(text)}' ${skippedHourProblem(text) ?? TIME_HINT}`);
    else if (start < MIN_EVENT_MS || start > this.#latest) this.#add('start', `'${short(text)}' lies before 1900 or in the future`);
    return start;
  }

  #end(values: string[], start: number): number {
    const text = this.#value(values, 'end');
    if (!text) return NaN;
    const end = parseEventTime(text);
    if (Number.isNaN(end)) this.#add('end', `'${short(text)}' ${skippedHourProblem(text) ?? TIME_HINT}`);
    else if (end < start) this.#add('end', `'${short(text)}' is before the start '${short(this.#value(values, 'start'))}'`);
    return end;
  }

  #point(values: string[]): Point | null {
    const fast = this.#rdPoint(values);
    if (fast) return fast;
    const r = pointFromText({
      x: this.#value(values, 'x'),
      y: this.#value(values, 'y'),
      lat: this.#value(values, 'lat'),
      lon: this.#value(values, 'lon'),
    });
    if ('point' in r) return { ...r.point, column: r.column };
    if ('problem' in r) {
      this.#add(r.problem.column, r.problem.reason);
      return null;
    }
    if (this.#value(values, 'postcode')) return this.#address(values);
    this.#add('x', 'no place: give x,y (RD New), lat,lon or postcode + huisnummer');
    return null;
  }

  /**
   * The common case without objects in between: good RD New x,y → both pairs (RD to cm, WGS84 to
   * 7 decimals, as `pointFromText`), transformed by rd-wgs84.ts. Null for anything else (no x,y,
   * bad numbers, outside RD): `pointFromText` then gives the answer or the problem.
   */
  #rdPoint(values: string[]): Point | null {
    const xs = this.#value(values, 'x');
    const ys = this.#value(values, 'y');
    if (!xs || !ys) return null;
    const x = Number(xs);
    const y = Number(ys);
    if (!Number.isFinite(x) || !Number.isFinite(y) || !isInRdBounds(x, y)) return null;
    const ll = this.#lonLat;
    rdToWgs84Into(x, y, ll);
    return {
      x: Math.round(x * 100) / 100,
      y: Math.round(y * 100) / 100,
      lat: Math.round(ll[1]! * 1e7) / 1e7,
      lon: Math.round(ll[0]! * 1e7) / 1e7,
      column: 'x',
    };
  }

  #address(values: string[]): Point | null {
    const lookup = this.#o.addresses;
    if (!lookup) {
      this.#add('postcode', NO_ADDRESSES);
      return null;
    }
    const key = parseAddress({
      postcode: this.#value(values, 'postcode'),
      huisnummer: this.#value(values, 'huisnummer'),
      huisletter: this.#value(values, 'huisletter'),
      toevoeging: this.#value(values, 'toevoeging'),
    });
    if (isAddressProblem(key)) {
      this.#add(key.field, key.reason);
      return null;
    }
    const p = lookup.find(key);
    if (!p) this.#add('postcode', `${describeAddress(key)} is not in the geocoder table (${lookup.sourceLabel})`);
    return p && { ...p, column: 'postcode' };
  }
}
