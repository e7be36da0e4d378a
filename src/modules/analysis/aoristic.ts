/**
 * Hottimes: aoristic hour-of-week profile (Ratcliffe 2000, "Aoristic analysis: the spatial
 * interpretation of unspecific temporal events", IJGIS 14(7); Ratcliffe 2002, J. Quant. Criminol.
 * 18(1)). Each event has weight 1, spread evenly over the minutes of its window [start, end):
 * hour h receives (minutes of the window in h) / (window length in minutes).
 * Rules: a window of ≥ 1 week (10 080 min) gives 1/168 to every hour; a missing end, or an end in
 * the start minute, puts the whole weight in the start hour; end < start is an error.
 * Times are local wall-clock minutes (no time zone: 02:30 on a DST day is just 02:30), counted from
 * 1970-01-01 00:00 as if UTC; see `localMinutes`. Output: 168 numbers, index = weekday·24 + hour,
 * weekday 0 = Monday, so index 0 is Monday 00:00–01:00 and 167 is Sunday 23:00–24:00.
 */
export const HOURS_PER_WEEK = 168;
const MINUTES_PER_WEEK = 10_080;

/**
 * Parses an ISO 8601 local date-time `YYYY-MM-DD[T| ]HH:MM[:SS[.fff]]` (or a date alone, = 00:00)
 * into whole wall-clock minutes since 1970-01-01 00:00. Returns NaN for anything else, including
 * strings with a zone offset (local time is required).
 */
export function localMinutes(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(text.trim());
  if (!m) return NaN;
  const [year, month, day, hour = 0, minute = 0] = m.slice(1, 6).map((v) => (v === undefined ? 0 : Number(v)));
  if (month! < 1 || month! > 12 || day! < 1 || day! > 31 || hour! > 23 || minute! > 59) return NaN;
  const ms = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  if (new Date(ms).getUTCDate() !== day) return NaN;
  return Math.floor(ms / 60_000);
}

/** Hour-of-week index (Monday 00:00 = 0) of a wall-clock minute; 1970-01-01 was a Thursday (3). */
export function hourOfWeek(minute: number): number {
  const hour = Math.floor(minute / 60);
  const day = Math.floor(hour / 24);
  return (((day + 3) % 7) + 7) % 7 * 24 + (((hour % 24) + 24) % 24);
}

/**
 * Adds one event to `profile`. `end` NaN = missing. Throws when end < start.
 */
export function addAoristicEvent(profile: Float64Array, start: number, end: number, weight = 1): void {
  if (!Number.isFinite(start)) throw new RangeError('start time missing');
  if (Number.isNaN(end) || end === start) {
    profile[hourOfWeek(start)]! += weight;
    return;
  }
  const length = end - start;
  if (length < 0) throw new RangeError('end before start');
  if (length >= MINUTES_PER_WEEK) {
    for (let h = 0; h < HOURS_PER_WEEK; h++) profile[h]! += weight / HOURS_PER_WEEK;
    return;
  }
  let m = start;
  let how = hourOfWeek(start);
  while (m < end) {
    const next = Math.min(end, (Math.floor(m / 60) + 1) * 60);
    profile[how]! += (weight * (next - m)) / length;
    m = next;
    how = how === HOURS_PER_WEEK - 1 ? 0 : how + 1;
  }
}

/** Aoristic hour-of-week profile of events given as wall-clock minutes (end NaN = missing). */
export function aoristicHourOfWeek(start: ArrayLike<number>, end: ArrayLike<number>): Float64Array {
  if (start.length !== end.length) throw new RangeError('start and end differ in length');
  const profile = new Float64Array(HOURS_PER_WEEK);
  for (let k = 0; k < start.length; k++) {
    try {
      addAoristicEvent(profile, start[k]!, end[k]!);
    } catch (err) {
      throw new RangeError(`event ${k + 1}: ${(err as Error).message}`);
    }
  }
  return profile;
}
