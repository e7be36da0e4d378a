/**
 * Registered-crime events as points for mission statistics, read from the incidents module's
 * in-memory columns (`getIncidentColumns`, loaded once per process and kept in step with imports).
 * Only aggregate use: refs (pseudonyms) are returned as dictionary indices, never as strings.
 */
import type { ServiceContext } from '../../core/context.ts';
import { getIncidentColumns } from '../incidents/index.ts';
import { TOTAL_CRIME } from '../incidents/index.ts';

export interface EventPoints {
  n: number;
  x: Float64Array;
  y: Float64Array;
  lon: Float64Array;
  lat: Float64Array;
  /** Start, UTC minutes since 1970. */
  startMin: Int32Array;
  /** End, UTC minutes since 1970 (= start when the source gives none); hottimes spread over real time. */
  endMin: Int32Array;
  /** Local wall-clock minutes (Europe/Amsterdam) of start and end, for hottimes. */
  startLocal: Int32Array;
  endLocal: Int32Array;
  crimeType: string[];
  offender: Int32Array;
  victim: Int32Array;
  address: Int32Array;
}

/** Crime types as a filter: empty or the total code means all types; `1.4.*` prefixes pass through. */
export function crimeFilter(types: readonly string[] | undefined): string[] | undefined {
  if (!types || types.length === 0 || types.includes(TOTAL_CRIME)) return undefined;
  return [...types];
}

/** Events whose start lies in [from, to), optionally of some crime types. */
export async function eventPoints(ctx: ServiceContext, gemeente: string, q: { from: Date; to: Date; crimeTypes?: readonly string[] }): Promise<EventPoints> {
  const cols = await getIncidentColumns(ctx, gemeente);
  const from = Math.floor(q.from.getTime() / 60_000);
  const to = Math.floor(q.to.getTime() / 60_000);
  const types = crimeFilter(q.crimeTypes);
  const idx = cols.filter({ from, to, ...(types ? { crimeTypes: types } : {}) }).filter((k) => cols.startMin[k]! >= from && cols.startMin[k]! < to);
  const pick = <T extends Float64Array | Int32Array>(col: T, Ctor: new (n: number) => T) => {
    const out = new Ctor(idx.length);
    idx.forEach((k, i) => (out[i] = col[k]!));
    return out;
  };
  return {
    n: idx.length,
    x: pick(cols.x, Float64Array), y: pick(cols.y, Float64Array), lon: pick(cols.lon, Float64Array), lat: pick(cols.lat, Float64Array),
    startMin: pick(cols.startMin, Int32Array), endMin: pick(cols.endMin, Int32Array), startLocal: pick(cols.startLocal, Int32Array), endLocal: pick(cols.endLocal, Int32Array),
    crimeType: Array.from(idx, (k) => cols.crimeTypes.codes[cols.crimeType[k]!]!),
    offender: pick(cols.offender, Int32Array), victim: pick(cols.victim, Int32Array), address: pick(cols.address, Int32Array),
  };
}

/** First and last event start (UTC ms) of the municipality, or null without events. */
export async function eventCoverage(ctx: ServiceContext, gemeente: string): Promise<{ first: number; last: number } | null> {
  const cols = await getIncidentColumns(ctx, gemeente);
  if (cols.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (let k = 0; k < cols.length; k++) {
    const s = cols.startMin[k]!;
    if (s < first) first = s;
    if (s > last) last = s;
  }
  return { first: first * 60_000, last: last * 60_000 };
}
