/**
 * Hottimes: aoristic hour-of-week profile (Ratcliffe 2000, "Aoristic analysis: the spatial
 * interpretation of unspecific temporal events", IJGIS 14(7); Ratcliffe 2002, J. Quant. Criminol.
 * 18(1)). Each event has weight 1, spread evenly over the **real elapsed minutes** of its window
 * [start, end): hour h of the week receives (real minutes of the window that the clock in
 * Europe/Amsterdam shows in h) / (real length of the window).
 *
 * Clock changes (amsterdam-time.ts): on the spring night the local hour 02:00–03:00 does not
 * exist, so it receives nothing (a window 01:30–03:30 local is 60 real minutes: ½ to 01:00,
 * ½ to 03:00); on the autumn night 02:00–03:00 happens twice, so it receives the minutes of both
 * (a window 01:30 → 03:30 local is 180 real minutes: 1/6 to 01:00, 4/6 to 02:00, 1/6 to 03:00).
 * Rules: a window of ≥ 1 week (10 080 real minutes) gives 1/168 to every hour; a missing end, or
 * an end in the start minute, puts the whole weight in the start hour; end < start is an error.
 * Input: UTC minutes since 1970-01-01 (`parseAmsterdamTime` reads text with or without an offset).
 * Output: 168 numbers, index = weekday·24 + hour, weekday 0 = Monday, so index 0 is Monday
 * 00:00–01:00 and 167 is Sunday 23:00–24:00 (local time).
 */
import { amsterdamOffsetMinutes, offsetChangeWithin } from './amsterdam-time.ts';

export const HOURS_PER_WEEK = 168;
const MINUTES_PER_WEEK = 10_080;

/** Hour-of-week index (Monday 00:00 = 0) of a wall-clock minute; 1970-01-01 was a Thursday (3). */
export function hourOfWeek(wallMinute: number): number {
  const hour = Math.floor(wallMinute / 60);
  const day = Math.floor(hour / 24);
  return ((((day + 3) % 7) + 7) % 7) * 24 + (((hour % 24) + 24) % 24);
}

/** Adds `perMinute` for every wall-clock minute of [from, to) to the hours they fall in. */
function spreadWallClock(profile: Float64Array, from: number, to: number, perMinute: number): void {
  let m = from;
  let how = hourOfWeek(from);
  while (m < to) {
    const next = Math.min(to, (Math.floor(m / 60) + 1) * 60);
    profile[how]! += perMinute * (next - m);
    m = next;
    how = how === HOURS_PER_WEEK - 1 ? 0 : how + 1;
  }
}

/** Real-time pieces [a, b) of [start, end) with one offset each (at most one clock change). */
export function constantOffsetPieces(start: number, end: number, offsetOf: (utcMinute: number) => number): [number, number, number][] {
  const change = offsetChangeWithin(start, end, offsetOf);
  const first: [number, number, number] = [start, change, offsetOf(start)];
  return change < end ? [first, [change, end, offsetOf(change)]] : [first];
}

/**
 * Adds one event (UTC minutes; `end` NaN = missing) to `profile`. Throws when end < start.
 * `offsetOf` gives the local offset in minutes at a UTC minute (default Europe/Amsterdam).
 */
export function addAoristicEvent(profile: Float64Array, start: number, end: number, weight = 1, offsetOf = amsterdamOffsetMinutes): void {
  if (!Number.isFinite(start)) throw new RangeError('start time missing');
  if (Number.isNaN(end) || end === start) {
    profile[hourOfWeek(start + offsetOf(start))]! += weight;
    return;
  }
  const length = end - start;
  if (!(length > 0)) throw new RangeError('end before start');
  if (length >= MINUTES_PER_WEEK) {
    for (let h = 0; h < HOURS_PER_WEEK; h++) profile[h]! += weight / HOURS_PER_WEEK;
    return;
  }
  for (const [a, b, offset] of constantOffsetPieces(start, end, offsetOf))
    spreadWallClock(profile, a + offset, b + offset, weight / length);
}

export interface AoristicEvents {
  /** UTC minutes since 1970-01-01. */
  startUtc: ArrayLike<number>;
  /** UTC minutes; NaN (or = start) when the source gives no end. */
  endUtc: ArrayLike<number>;
}

/** Aoristic hour-of-week profile in Europe/Amsterdam time (or the zone of `offsetOf`). */
export function aoristicHourOfWeek(events: AoristicEvents, offsetOf = amsterdamOffsetMinutes): Float64Array {
  const { startUtc: start, endUtc: end } = events;
  if (start.length !== end.length) throw new RangeError('start and end differ in length');
  const profile = new Float64Array(HOURS_PER_WEEK);
  for (let k = 0; k < start.length; k++) {
    try {
      addAoristicEvent(profile, start[k]!, end[k]!, 1, offsetOf);
    } catch (err) {
      throw new RangeError(`event ${k + 1}: ${(err as Error).message}`);
    }
  }
  return profile;
}
