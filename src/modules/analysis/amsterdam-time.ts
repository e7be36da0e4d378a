/**
 * Europe/Amsterdam time for the analysis functions, without a time-zone database: CET = UTC+1, and
 * CEST = UTC+2 from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC
 * (the EU rule, Directive 2000/84/EC; the rule incidents/event-time.ts places imported events by).
 * Times are whole UTC minutes since 1970-01-01 ("UTC minutes"); a local wall-clock time is given
 * as minutes since 1970-01-01 00:00 as if it were UTC ("wall minutes").
 *
 * Two local hours a year are special:
 * - spring (last Sunday of March): 02:00–03:00 does not exist; `parseAmsterdamTime` refuses it;
 * - autumn (last Sunday of October): 02:00–03:00 happens twice, first at +02:00, then at +01:00.
 *   Without an offset the first is meant (as java.time and Temporal 'compatible' read it);
 *   write `+01:00` for the second.
 */
const HOUR = 60;
const summer = new Map<number, [number, number]>();

/** UTC minute of the last Sunday of `month` (0-based) of `year`, 01:00 UTC. */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1) / 60_000;
}

/** [start, end) of summer time in `year`, in UTC minutes. */
function summerTime(year: number): [number, number] {
  let t = summer.get(year);
  if (!t) summer.set(year, (t = [lastSundayAt1Utc(year, 2), lastSundayAt1Utc(year, 9)]));
  return t;
}

/** Offset of Europe/Amsterdam from UTC at a UTC minute, in minutes (60 or 120). */
export function amsterdamOffsetMinutes(utcMinute: number): number {
  const [from, to] = summerTime(new Date(utcMinute * 60_000).getUTCFullYear());
  return utcMinute >= from && utcMinute < to ? 2 * HOUR : HOUR;
}

/**
 * The first whole UTC minute in (start, end) at which `offsetOf` differs from its value at
 * `start`, or `end` when it does not change. At most one change is looked for: callers split
 * windows shorter than a week, and Amsterdam's changes are months apart.
 */
export function offsetChangeWithin(start: number, end: number, offsetOf: (utcMinute: number) => number): number {
  const first = offsetOf(start);
  let lo = Math.floor(start) + 1;
  let hi = Math.ceil(end);
  if (lo >= hi || offsetOf(hi - 1) === first) return end;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetOf(mid) === first) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export type ParsedTime = { utcMinute: number } | { problem: string };

const HINT = 'is not an ISO 8601 time such as 2024-03-01T22:30 (Amsterdam time) or 2024-10-27T02:30+01:00';

/** The wall-clock minute as written and the offset in minutes (undefined: none given), or a problem. */
function readTime(text: string): { wall: number; offset: number | undefined } | { problem: string } {
  const t = text.trim();
  const m = t.length <= 40 ? ISO.exec(t) : null; // length capped before the pattern
  if (!m) return { problem: `'${text}' ${HINT}` };
  const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number];
  const second = Number(m[6] ?? 0);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return { problem: `'${text}' ${HINT}` };
  const wallMs = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(wallMs).getUTCDate() !== day) return { problem: `'${text}': that date does not exist` };
  const zone = m[7];
  if (!zone) return { wall: wallMs / 60_000, offset: undefined };
  if (zone.toUpperCase() === 'Z') return { wall: wallMs / 60_000, offset: 0 };
  const digits = zone.slice(1).replace(':', '');
  const [hh, mm] = [Number(digits.slice(0, 2)), Number(digits.slice(2))];
  if (hh > 14 || mm > 59) return { problem: `'${text}': ${zone} is not a time zone offset` };
  return { wall: wallMs / 60_000, offset: (zone[0] === '-' ? -1 : 1) * (hh * 60 + mm) };
}

/**
 * Parses `YYYY-MM-DD[THH:MM[:SS[.fff]]]` with an optional offset `Z`, `±HH:MM` or `±HHMM` into
 * a UTC minute (seconds dropped). Without an offset the time is Amsterdam wall-clock time: a time
 * in the skipped spring hour is a problem (it never happened), one in the repeated autumn hour is
 * its first occurrence (+02:00). A date alone is 00:00 local.
 */
export function parseAmsterdamTime(text: string): ParsedTime {
  const r = readTime(text);
  if ('problem' in r) return r;
  const { wall, offset } = r;
  if (offset !== undefined) return { utcMinute: wall - offset };
  if (amsterdamOffsetMinutes(wall - 2 * HOUR) === 2 * HOUR) return { utcMinute: wall - 2 * HOUR }; // summer (first of a repeated hour)
  if (amsterdamOffsetMinutes(wall - HOUR) === HOUR) return { utcMinute: wall - HOUR };
  return {
    problem: `'${text}' does not exist in Amsterdam: the clocks jump from 02:00 to 03:00 that night (write the time after the change, or give an offset)`,
  };
}

/**
 * Amsterdam wall-clock minutes of a time (calendar reading, e.g. for day differences as
 * NearRepeat counts them): as written without an offset, converted to Amsterdam time with one.
 * NaN when the text is not such a time.
 */
export function wallClockMinutes(text: string): number {
  const r = readTime(text);
  if ('problem' in r) return NaN;
  return r.offset === undefined ? r.wall : r.wall - r.offset + amsterdamOffsetMinutes(r.wall - r.offset);
}
