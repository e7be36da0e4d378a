/**
 * EventTable: the one column shape analysis reads events in, whatever their source — registered
 * crime from the in-process columns (`eventTableOf`), or another source's points, such as
 * residents' reports, built with `eventTableFrom` by the module that reads them. `selectEvents`
 * (select-events.ts) selects from either.
 *
 * Event k has `startMin[k]`/`endMin[k]` whole UTC minutes since 1970 (end = start without an end),
 * `startLocal`/`endLocal` the same as Europe/Amsterdam wall-clock minutes, `x`/`y` RD New metres,
 * `type[k]` an index into `typeCodes` and `buurt[k]` one into `areaCodes` (NONE = no buurt).
 */
import { NONE, type IncidentColumns } from './columns.ts';
import { amsterdamLocalMinutes } from './event-time.ts';

export interface EventTable {
  length: number;
  x: Float64Array;
  y: Float64Array;
  /** UTC minutes since 1970 (start, end; end = start without an end). */
  startMin: Int32Array;
  endMin: Int32Array;
  /** Europe/Amsterdam wall-clock minutes (start, end; end = start without an end). */
  startLocal: Int32Array;
  endLocal: Int32Array;
  /** Type of each event (a CBS crime code, a report category …) as an index into `typeCodes`. */
  type: Uint16Array;
  typeCodes: readonly string[];
  /** Buurt of each event as an index into `areaCodes`; NONE = no buurt. */
  buurt: Uint16Array;
  areaCodes: readonly string[];
  synthetic: Uint8Array;
  /** CBS indeling (vintage) of each event's buurt code; 0 when unknown. */
  areaYear: Uint16Array;
  /** Events ordered by `startMin`: a period is then one range of k (binary search). */
  sortedByStart: boolean;
  /** Pseudonymous refs as dictionary indices (−1 = none); registered crime only. */
  refs?: {
    offender: Int32Array;
    victim: Int32Array;
    address: Int32Array;
    dicts: Record<'offender' | 'victim' | 'address', readonly string[]>;
  };
}

/** The incident columns as an EventTable (no copy: the same arrays, read them within one request). */
export function eventTableOf(cols: IncidentColumns): EventTable {
  return {
    length: cols.length,
    x: cols.x,
    y: cols.y,
    startMin: cols.startMin,
    endMin: cols.endMin,
    startLocal: cols.startLocal,
    endLocal: cols.endLocal,
    type: cols.crimeType,
    typeCodes: cols.crimeTypes.codes,
    buurt: cols.buurt,
    areaCodes: cols.areas.codes,
    synthetic: cols.synthetic,
    areaYear: cols.areaYear,
    sortedByStart: cols.sortedByStart,
    refs: {
      offender: cols.offender,
      victim: cols.victim,
      address: cols.address,
      dicts: { offender: cols.offenders.codes, victim: cols.victims.codes, address: cols.addresses.codes },
    },
  };
}

/** Points of another source (times without an end, no refs, no indeling), e.g. residents' reports. */
export interface EventPointsInput {
  x: Float64Array;
  y: Float64Array;
  /** Event time, epoch milliseconds. */
  timeMs: Float64Array;
  type: readonly string[];
  buurtCode: readonly (string | null)[];
  /** 1 for demo (synthetic) events, e.g. demo reports; default none. */
  synthetic?: Uint8Array;
}

/** An EventTable of points given in any order; codes become dictionary indices. */
export function eventTableFrom(p: EventPointsInput): EventTable {
  const typeCodes: string[] = [];
  const areaCodes: string[] = [];
  const dict = (list: string[], map: Map<string, number>, v: string) => {
    let i = map.get(v);
    if (i === undefined) map.set(v, (i = list.push(v) - 1));
    return i;
  };
  const typeIdx = new Map<string, number>();
  const areaIdx = new Map<string, number>();
  const n = p.x.length;
  const startMin = Int32Array.from(p.timeMs, (ms) => Math.floor(ms / 60_000));
  const startLocal = startMin.map(amsterdamLocalMinutes);
  return {
    length: n,
    x: p.x,
    y: p.y,
    startMin,
    endMin: startMin,
    startLocal,
    endLocal: startLocal,
    type: Uint16Array.from(p.type, (c) => dict(typeCodes, typeIdx, c)),
    typeCodes,
    buurt: Uint16Array.from(p.buurtCode, (b) => (b ? dict(areaCodes, areaIdx, b) : NONE)),
    areaCodes,
    synthetic: p.synthetic ?? new Uint8Array(n),
    areaYear: new Uint16Array(n),
    sortedByStart: false,
  };
}
