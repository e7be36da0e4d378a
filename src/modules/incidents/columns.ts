/**
 * IncidentColumns: an in-process, column-wise copy of a municipality's incidents for analysis
 * views (a million events filtered in a few milliseconds; SQL per request on PGlite takes seconds).
 *
 * Event k has: `id[k]` (incidents.id); `startMin[k]`, `endMin[k]` whole UTC minutes since
 * 1970-01-01 (end = start when the source gives no end); `startLocal[k]`, `endLocal[k]` the same
 * as Europe/Amsterdam wall-clock minutes (the convention of analysis `localMinutes`, for hottimes);
 * `x`, `y` RD New metres, `lat`, `lon` WGS84; `crimeType[k]` index into `crimeTypes.codes`;
 * `buurt[k]`, `wijk[k]` indices into `areas.codes` (NONE when absent) with `areaYear[k]` their
 * vintage; `synthetic[k]` 0/1; `offender`, `victim`, `address` indices into their ref
 * dictionaries (−1 when absent).
 *
 * Arrays are replaced when they grow: read `cols.x` etc. afresh for each request, do not keep them
 * across an await. Only the first `length` entries are valid.
 *
 * The arrays live in SharedArrayBuffers (allocated once per resize or sort, like plain ones): the
 * analysis views' worker threads read the same memory, the columns are posted to them without a
 * copy (analysis-views worker/pool.ts). Events are only ever written past the `length` a reader
 * was given, or into new arrays, so a worker never sees a half-written event it was told about.
 */
import { radixOrder } from './radix-order.ts';

export const NONE = 0xffff;

/** Codes ↔ small integer indices. */
export class CodeDictionary {
  readonly codes: string[] = [];
  readonly #index = new Map<string, number>();

  indexOf(code: string): number {
    let i = this.#index.get(code);
    if (i === undefined) {
      i = this.codes.length;
      this.codes.push(code);
      this.#index.set(code, i);
    }
    return i;
  }

  find(code: string): number | undefined {
    return this.#index.get(code);
  }
}

/** One event as appended; times in UTC minutes, end = start when absent. */
export interface ColumnEvent {
  id: number;
  startMin: number;
  endMin: number;
  x: number;
  y: number;
  lat: number;
  lon: number;
  crimeType: string;
  buurtCode: string | null;
  wijkCode: string | null;
  areaYear: number;
  synthetic: boolean;
  offenderRef: string | null;
  victimRef: string | null;
  addressRef: string | null;
}

const FIELDS = {
  id: Float64Array,
  startMin: Int32Array,
  endMin: Int32Array,
  startLocal: Int32Array,
  endLocal: Int32Array,
  x: Float64Array,
  y: Float64Array,
  lat: Float64Array,
  lon: Float64Array,
  crimeType: Uint16Array,
  buurt: Uint16Array,
  wijk: Uint16Array,
  areaYear: Uint16Array,
  synthetic: Uint8Array,
  offender: Int32Array,
  victim: Int32Array,
  address: Int32Array,
} as const;
type Field = keyof typeof FIELDS;
type ColumnArray = Float64Array | Int32Array | Uint16Array | Uint8Array;
type ColumnCtor = (typeof FIELDS)[Field];

/** A column of `length` zeros in a SharedArrayBuffer (readable by worker threads without copying). */
export function sharedColumn<C extends ColumnCtor>(Ctor: C, length: number): InstanceType<C> {
  const Shared = Ctor as unknown as new (buffer: SharedArrayBuffer) => InstanceType<C>;
  return new Shared(new SharedArrayBuffer(length * Ctor.BYTES_PER_ELEMENT));
}

export class IncidentColumns {
  length = 0;
  readonly crimeTypes = new CodeDictionary();
  readonly areas = new CodeDictionary();
  readonly offenders = new CodeDictionary();
  readonly victims = new CodeDictionary();
  readonly addresses = new CodeDictionary();
  /** Import batches whose rows are in here (see columns-service.ts). */
  readonly batches = new Set<number>();
  id = new Float64Array(0);
  startMin = new Int32Array(0);
  endMin = new Int32Array(0);
  startLocal = new Int32Array(0);
  endLocal = new Int32Array(0);
  x = new Float64Array(0);
  y = new Float64Array(0);
  lat = new Float64Array(0);
  lon = new Float64Array(0);
  crimeType = new Uint16Array(0);
  buurt = new Uint16Array(0);
  wijk = new Uint16Array(0);
  areaYear = new Uint16Array(0);
  synthetic = new Uint8Array(0);
  offender = new Int32Array(0);
  victim = new Int32Array(0);
  address = new Int32Array(0);

  constructor(readonly gemeente: string) {}

  /** Makes room for `extra` more events (capacity doubles: for appends one by one). */
  reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.id.length) return;
    this.#resize(Math.max(need, this.id.length * 2, 1024));
  }

  /** Makes room for exactly `extra` more events (a load that counted its rows first): no spare capacity. */
  reserveExactly(extra: number): void {
    const need = this.length + extra;
    if (need > this.id.length) this.#resize(need);
  }

  /** Lets go of spare capacity: the arrays hold exactly `length` events. */
  trimToLength(): void {
    if (this.id.length > this.length) this.#resize(this.length);
  }

  #resize(capacity: number): void {
    const self = this as unknown as Record<Field, ColumnArray>;
    for (const [name, Ctor] of Object.entries(FIELDS) as [Field, ColumnCtor][]) {
      const next = sharedColumn(Ctor, capacity);
      next.set(self[name].subarray(0, this.length) as never);
      self[name] = next;
    }
  }

  /**
   * Whether event k starts no later than event k + 1 for every k. Kept true by `sortByStart`
   * (columns-service.ts calls it after every load and append), so a period is a contiguous range
   * of k found by binary search (`selectEvents`, select-events.ts) instead of a scan of every event.
   */
  sortedByStart = true;

  /** Appends one event (call `reserve` first for many). */
  push(e: ColumnEvent, localOf: (utcMinute: number) => number): void {
    this.reserve(1);
    const k = this.length++;
    if (k > 0 && e.startMin < this.startMin[k - 1]!) this.sortedByStart = false;
    this.id[k] = e.id;
    this.startMin[k] = e.startMin;
    this.endMin[k] = e.endMin;
    this.startLocal[k] = localOf(e.startMin);
    this.endLocal[k] = localOf(e.endMin);
    this.x[k] = e.x;
    this.y[k] = e.y;
    this.lat[k] = e.lat;
    this.lon[k] = e.lon;
    this.crimeType[k] = this.crimeTypes.indexOf(e.crimeType);
    this.buurt[k] = e.buurtCode ? this.areas.indexOf(e.buurtCode) : NONE;
    this.wijk[k] = e.wijkCode ? this.areas.indexOf(e.wijkCode) : NONE;
    this.areaYear[k] = e.areaYear;
    this.synthetic[k] = e.synthetic ? 1 : 0;
    this.offender[k] = e.offenderRef ? this.offenders.indexOf(e.offenderRef) : -1;
    this.victim[k] = e.victimRef ? this.victims.indexOf(e.victimRef) : -1;
    this.address[k] = e.addressRef ? this.addresses.indexOf(e.addressRef) : -1;
  }

  /**
   * Reorders the events by start (stable), into new arrays: a reader holding the old arrays of
   * one request keeps a consistent snapshot. ~60 ms for a million events, after an import.
   */
  sortByStart(): void {
    if (this.sortedByStart) return;
    const order = radixOrder(this.startMin, this.length);
    const self = this as unknown as Record<Field, ColumnArray>;
    for (const [name, Ctor] of Object.entries(FIELDS) as [Field, ColumnCtor][]) {
      const from = self[name];
      const to = sharedColumn(Ctor, this.length); // exactly the events: spare capacity of appends is let go
      for (let k = 0; k < order.length; k++) to[k] = from[order[k]!]!;
      self[name] = to;
    }
    this.sortedByStart = true;
  }
}

/** The values of `column` at `indices` (e.g. the x of the filtered events, for analysis). */
export function gather<T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(column: T, indices: Uint32Array): T {
  const out = new (column.constructor as new (n: number) => T)(indices.length);
  for (let k = 0; k < indices.length; k++) out[k] = column[indices[k]!]!;
  return out;
}
