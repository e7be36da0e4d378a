/**
 * The events a workbench view works on: registered crime from the incidents module's in-memory
 * columns (`getIncidentColumns`), or residents' reports from `signalEvents`, both as one column
 * table, plus the indices of the selected events. Selection rule (the same as missions evidence,
 * missions/event-points.ts): event start in [from, to) with dates at 00:00 UTC; crime types with
 * `1.4.*` group prefixes; area = every buurt of a wijk (by CBS code prefix) or one buurt.
 * One rule for points without a buurt, for both sources and every view: an event stored without a
 * buurt (a report imported from elsewhere before imports refused such points, a report kept
 * without areas loaded) is left out of every view, city-wide ones included, and counted in
 * `withoutBuurt` (meta.withoutBuurt and a note) — as the imports refuse a point outside the
 * municipality.
 */
import type { ServiceContext } from '../../core/context.ts';
import { invalidInput, type FieldError } from '../../core/errors.ts';
import { getIncidentColumns } from '../incidents/index.ts';
import { NONE, type IncidentColumns } from '../incidents/index.ts';
import { TOTAL_CRIME } from '../incidents/index.ts';
import { amsterdamLocalMinutes } from '../incidents/index.ts';
import { signalEvents } from '../signals/index.ts';
import type { CommonQuery } from './schema.ts';

export { NONE };

/** Column table shared by both sources; `type`/`buurt` index into `typeCodes`/`areaCodes` (NONE = no buurt). */
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
  type: Uint16Array;
  typeCodes: readonly string[];
  buurt: Uint16Array;
  areaCodes: readonly string[];
  synthetic: Uint8Array;
  /** CBS indeling (vintage) of each event's buurt code; 0 when unknown (signals). */
  areaYear: Uint16Array;
  /** Events ordered by `startMin` (the incidents columns): a period is then one range of k. */
  sortedByStart: boolean;
  /** Pseudonymous refs as dictionary indices (−1 = none); incidents only. */
  refs?: { offender: Int32Array; victim: Int32Array; address: Int32Array; dicts: Record<'offender' | 'victim' | 'address', readonly string[]> };
}

export interface Period {
  from: string;
  to: string;
  fromMin: number;
  toMin: number;
}

export interface Selection {
  source: 'incidents' | 'signals';
  table: EventTable;
  idx: Uint32Array;
  period: Period;
  area: string;
  syntheticCount: number;
  /** Events of the period and types left out because they have no buurt (see the file comment). */
  withoutBuurt: number;
}

export interface Selected {
  idx: Uint32Array;
  syntheticCount: number;
  withoutBuurt: number;
}

export function tableOfColumns(cols: IncidentColumns): EventTable {
  return {
    length: cols.length, x: cols.x, y: cols.y, startMin: cols.startMin, endMin: cols.endMin, startLocal: cols.startLocal, endLocal: cols.endLocal,
    type: cols.crimeType, typeCodes: cols.crimeTypes.codes, buurt: cols.buurt, areaCodes: cols.areas.codes, synthetic: cols.synthetic, areaYear: cols.areaYear,
    sortedByStart: cols.sortedByStart,
    refs: { offender: cols.offender, victim: cols.victim, address: cols.address, dicts: { offender: cols.offenders.codes, victim: cols.victims.codes, address: cols.addresses.codes } },
  };
}

const dayMin = (d: string) => Date.parse(`${d}T00:00:00Z`) / 60_000;
const isoDay = (min: number) => new Date(min * 60_000).toISOString().slice(0, 10);

/** Default period: the year up to the day after the latest event (or today without events). */
export function resolvePeriod(t: EventTable, q: { from?: string | undefined; to?: string | undefined }): Period {
  let to = q.to;
  if (!to) {
    let last = t.sortedByStart && t.length ? t.startMin[t.length - 1]! : -Infinity;
    if (!t.sortedByStart) for (let k = 0; k < t.length; k++) if (t.startMin[k]! > last) last = t.startMin[k]!;
    to = isoDay((Number.isFinite(last) ? Math.floor(last / 1440) + 1 : Math.floor(Date.now() / 86_400_000)) * 1440);
  }
  const from = q.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4)}`.replace(/-02-29$/, '-02-28');
  return { from, to, fromMin: dayMin(from), toMin: dayMin(to) };
}

/** Mask over `codes` of the types asked (undefined / empty / 0.0.0 = all types). */
export function typeMask(codes: readonly string[], asked: readonly string[] | undefined): Uint8Array | null {
  if (!asked || asked.length === 0 || asked.includes(TOTAL_CRIME)) return null;
  return Uint8Array.from(codes, (code) => (asked.some((c) => (c.endsWith('.*') ? code.startsWith(c.slice(0, -1)) : code === c)) ? 1 : 0));
}

/** Mask over buurt codes inside `area` (a wijk holds the buurten whose code starts with its digits). */
export function areaMask(codes: readonly string[], area: string, gemeente: string): Uint8Array | null {
  if (area === gemeente) return null;
  const digits = area.slice(2);
  return Uint8Array.from(codes, (c) => (area.startsWith('BU') ? c === area : c.startsWith(`BU${digits}`)) ? 1 : 0);
}

/** The first k in [lo, hi) with startMin[k] ≥ minute (startMin ascending). */
function lowerBound(startMin: Int32Array, lo: number, hi: number, minute: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (startMin[mid]! < minute) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The events of [lo, hi) with a buurt passing both masks (null = all), their synthetic count, and those without a buurt. */
function scanRange(t: EventTable, lo: number, hi: number, period: Period | null, types: Uint8Array | null, areas: Uint8Array | null): Selected {
  const out = new Uint32Array(hi - lo);
  const { startMin, type, buurt, synthetic } = t;
  const fromMin = period?.fromMin ?? -Infinity;
  const toMin = period?.toMin ?? Infinity;
  let n = 0;
  let syntheticCount = 0;
  let withoutBuurt = 0;
  for (let k = lo; k < hi; k++) {
    if (period) {
      const s = startMin[k]!;
      if (s < fromMin || s >= toMin) continue;
    }
    if (types && !types[type[k]!]) continue;
    const b = buurt[k]!;
    if (b === NONE) {
      withoutBuurt++;
      continue;
    }
    if (areas && !areas[b]) continue;
    syntheticCount += synthetic[k]!;
    out[n++] = k;
  }
  return { idx: out.subarray(0, n), syntheticCount, withoutBuurt };
}

/**
 * Indices (ascending) of the events with start in [fromMin, toMin) and a buurt, passing both
 * masks; `withoutBuurt` counts those of the period and types left out for having no buurt. On a
 * table sorted by start the period is found by binary search and only its events are looked at
 * (a year of four: ~1 ms instead of ~10 ms for a million events); without masks and with every
 * event placed the indices are then a view of one shared 0…n−1 array (nothing allocated per
 * request; never write into `idx`). Otherwise one pass over all.
 */
export function selectEvents(t: EventTable, period: Period, types: Uint8Array | null, areas: Uint8Array | null): Selected {
  if (!t.sortedByStart) return scanRange(t, 0, t.length, period, types, areas);
  const lo = lowerBound(t.startMin, 0, t.length, period.fromMin);
  const hi = lowerBound(t.startMin, lo, t.length, period.toMin);
  if (types || areas) return scanRange(t, lo, hi, null, types, areas);
  let syntheticCount = 0;
  let unplaced = false;
  for (let k = lo; k < hi; k++) {
    syntheticCount += t.synthetic[k]!;
    if (t.buurt[k] === NONE) unplaced = true;
  }
  if (unplaced) return scanRange(t, lo, hi, null, null, null);
  return { idx: identityOf(t).subarray(lo, hi), syntheticCount, withoutBuurt: 0 };
}

/** 0, 1, …, length − 1 for a sorted table, made once per version of its columns (read-only: shared by requests). */
const identities = new WeakMap<Int32Array, Uint32Array>();

function identityOf(t: EventTable): Uint32Array {
  let id = identities.get(t.startMin);
  if (!id || id.length < t.length) {
    id = new Uint32Array(t.length);
    for (let k = 0; k < id.length; k++) id[k] = k;
    identities.set(t.startMin, id);
  }
  return id;
}

async function signalTable(ctx: ServiceContext, gemeente: string, categories: string[] | undefined): Promise<EventTable> {
  const s = await signalEvents(ctx, gemeente, categories?.length ? { categories } : {});
  const typeCodes: string[] = [];
  const areaCodes: string[] = [];
  const dict = (list: string[], map: Map<string, number>, v: string) => {
    let i = map.get(v);
    if (i === undefined) map.set(v, (i = list.push(v) - 1));
    return i;
  };
  const typeIdx = new Map<string, number>();
  const areaIdx = new Map<string, number>();
  const startMin = Int32Array.from(s.time, (ms) => Math.floor(ms / 60_000));
  const startLocal = startMin.map(amsterdamLocalMinutes);
  return {
    length: s.count, x: s.x, y: s.y, startMin, endMin: startMin, startLocal, endLocal: startLocal,
    type: Uint16Array.from(s.category, (c) => dict(typeCodes, typeIdx, c)), typeCodes,
    buurt: Uint16Array.from(s.buurtCode, (b) => (b ? dict(areaCodes, areaIdx, b) : NONE)), areaCodes,
    synthetic: new Uint8Array(s.count), areaYear: new Uint16Array(s.count), sortedByStart: false,
  };
}

/** Problems with the common parameters that zod cannot see alone, named `<where>.<field>` (query, or body for POST). */
function commonErrors(q: CommonQuery, gemeente: string, where: 'query' | 'body'): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, reason: string) => errors.push({ name: `${where}.${field}`, reason });
  if (q.source === 'signals' && q.crimeTypes) add('crimeTypes', 'applies to source=incidents; use categories for signals');
  if (q.source === 'incidents' && q.categories) add('categories', 'applies to source=signals; use crimeTypes for incidents');
  if (q.area?.startsWith('GM') && q.area !== gemeente) add('area', `this instance serves ${gemeente}`);
  if (q.area && !q.area.startsWith('GM') && q.area.slice(2, 6) !== gemeente.slice(2)) add('area', `not an area of ${gemeente}`);
  if (q.from && q.to && q.from >= q.to) add('to', 'must be after from');
  return errors;
}

/** The event table of a source (no filtering). */
export async function loadTable(ctx: ServiceContext, gemeente: string, q: Pick<CommonQuery, 'source' | 'categories'>): Promise<EventTable> {
  return q.source === 'signals' ? signalTable(ctx, gemeente, q.categories) : tableOfColumns(await getIncidentColumns(ctx, gemeente));
}

export async function selectionFor(ctx: ServiceContext, gemeente: string, q: CommonQuery, extraErrors: FieldError[] = [], where: 'query' | 'body' = 'query'): Promise<Selection> {
  const errors = [...commonErrors(q, gemeente, where), ...extraErrors];
  if (errors.length) throw invalidInput(errors);
  const table = await loadTable(ctx, gemeente, q);
  const period = resolvePeriod(table, q);
  const area = q.area ?? gemeente;
  const { idx, syntheticCount, withoutBuurt } = selectEvents(table, period, typeMask(table.typeCodes, q.crimeTypes), areaMask(table.areaCodes, area, gemeente));
  return { source: q.source, table, idx, period, area, syntheticCount, withoutBuurt };
}

/** The indeling most selected events are placed in (undefined = unknown: use the newest). */
export function majorityAreaYear(sel: Selection): number | undefined {
  const tally = new Uint32Array(1 << 16);
  const years = sel.table.areaYear;
  for (let i = 0; i < sel.idx.length; i++) tally[years[sel.idx[i]!]!]!++;
  let best: number | undefined;
  for (let y = tally.length - 1; y > 0; y--) if (tally[y]! > (best === undefined ? 0 : tally[best]!)) best = y;
  return best;
}
