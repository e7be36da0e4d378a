/**
 * Registered-crime events as points for mission statistics, read from the incidents module's
 * in-memory columns (`getIncidentColumns`, loaded once per process and kept in step with imports)
 * with its one event selection (`selectEvents`: start in [from, to), types, events with a buurt),
 * so evidence and the analysis views select the same events.
 * Only aggregate use: refs (pseudonyms) are returned as dictionary indices, never as strings.
 */
import type { ServiceContext } from '../../core/context.ts';
import { eventTableOf, gather, getIncidentColumns, selectEvents } from '../incidents/index.ts';

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

/** Events whose start lies in [from, to), optionally of some crime types (`1.4.*` = a group; none or 0.0.0 = all). */
export async function eventPoints(
  ctx: ServiceContext,
  gemeente: string,
  q: { from: Date; to: Date; crimeTypes?: readonly string[] },
): Promise<EventPoints> {
  const cols = await getIncidentColumns(ctx, gemeente);
  const { idx } = selectEvents(eventTableOf(cols), {
    fromMin: Math.floor(q.from.getTime() / 60_000),
    toMin: Math.floor(q.to.getTime() / 60_000),
    types: q.crimeTypes,
  });
  return {
    n: idx.length,
    x: gather(cols.x, idx),
    y: gather(cols.y, idx),
    lon: gather(cols.lon, idx),
    lat: gather(cols.lat, idx),
    startMin: gather(cols.startMin, idx),
    endMin: gather(cols.endMin, idx),
    startLocal: gather(cols.startLocal, idx),
    endLocal: gather(cols.endLocal, idx),
    crimeType: Array.from(idx, (k) => cols.crimeTypes.codes[cols.crimeType[k]!]!),
    offender: gather(cols.offender, idx),
    victim: gather(cols.victim, idx),
    address: gather(cols.address, idx),
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
