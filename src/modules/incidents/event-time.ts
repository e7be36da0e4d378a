/**
 * Event times. Input is ISO 8601: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]` (a space may replace
 * the T) with an optional offset `Z`, `±HH:MM` or `±HHMM`.
 *
 * Rule: a time **without an offset is local time in Europe/Amsterdam** (police and municipal
 * registrations are kept in local time). A date alone means 00:00 local. Amsterdam follows the EU
 * rule (Directive 2000/84/EC): CET = UTC+1, CEST = UTC+2 from the last Sunday of March 01:00 UTC to
 * the last Sunday of October 01:00 UTC. Two local hours are special:
 * - the skipped hour (last Sunday of March, 02:00–03:00) does not exist; a time in it without an
 *   offset is refused (`skippedHourProblem` says why), as `stats aoristic` refuses it: a
 *   registration cannot have happened then, so the row needs an offset or a correction;
 * - the repeated hour (last Sunday of October, 02:00–03:00) is ambiguous; the first (summer)
 *   occurrence is taken, as java.time and Temporal ("compatible") do.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const HOUR_MS = 3_600_000;

/** UTC milliseconds of the last Sunday of `month` (0-based) in `year`, at 01:00 UTC. */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

const transitions = new Map<number, [number, number]>();

/** [start, end) of summer time in `year`, in UTC milliseconds. */
function summerTime(year: number): [number, number] {
  let t = transitions.get(year);
  if (!t) transitions.set(year, (t = [lastSundayAt1Utc(year, 2), lastSundayAt1Utc(year, 9)]));
  return t;
}

// Years 1900–2199 by table (an import parses millions of times): UTC start of each year and, filled
// on first use, its summer time; other instants take the Date path.
const FIRST_YEAR = 1900;
const YEAR_START = Float64Array.from({ length: 301 }, (_, k) => Date.UTC(FIRST_YEAR + k, 0, 1));
const SUMMER_FROM = new Float64Array(300).fill(Number.NaN);
const SUMMER_TO = new Float64Array(300);
const MEAN_YEAR_MS = 31_556_952_000;

/** Index into the year tables of the UTC year of `utcMs`, or -1 outside 1900–2199. */
function yearIndex(utcMs: number): number {
  if (!(utcMs >= YEAR_START[0]! && utcMs < YEAR_START[300]!)) return -1;
  let k = Math.min(299, Math.floor((utcMs - YEAR_START[0]!) / MEAN_YEAR_MS));
  while (utcMs < YEAR_START[k]!) k--;
  while (utcMs >= YEAR_START[k + 1]!) k++;
  if (Number.isNaN(SUMMER_FROM[k]!)) [SUMMER_FROM[k], SUMMER_TO[k]] = summerTime(FIRST_YEAR + k);
  return k;
}

/** Offset of Europe/Amsterdam from UTC at the UTC instant `utcMs`, in milliseconds (1 h or 2 h). */
export function amsterdamOffsetMs(utcMs: number): number {
  const k = yearIndex(utcMs);
  if (k < 0) {
    const [from, to] = summerTime(new Date(utcMs).getUTCFullYear());
    return utcMs >= from && utcMs < to ? 2 * HOUR_MS : HOUR_MS;
  }
  return utcMs >= SUMMER_FROM[k]! && utcMs < SUMMER_TO[k]! ? 2 * HOUR_MS : HOUR_MS;
}

/** The Amsterdam local calendar year of the UTC instant `utcMs`. */
export function amsterdamYear(utcMs: number): number {
  const local = utcMs + amsterdamOffsetMs(utcMs);
  const k = yearIndex(local);
  return k < 0 ? new Date(local).getUTCFullYear() : FIRST_YEAR + k;
}

/**
 * The UTC instant of an Amsterdam wall-clock time given as if it were UTC (see the rules above);
 * NaN for a time in the skipped spring hour, which does not exist.
 */
export function amsterdamLocalToUtc(wallMs: number): number {
  const summer = wallMs - 2 * HOUR_MS;
  if (amsterdamOffsetMs(summer) === 2 * HOUR_MS) return summer; // summer time; the first occurrence in the repeated hour
  const winter = wallMs - HOUR_MS;
  return amsterdamOffsetMs(winter) === HOUR_MS ? winter : NaN;
}

/** True when an Amsterdam wall-clock time (as if UTC) lies in the skipped spring hour. */
export function isSkippedAmsterdamTime(wallMs: number): boolean {
  return Number.isNaN(amsterdamLocalToUtc(wallMs));
}

/**
 * Why a time text without an offset was refused, when the reason is the skipped spring hour
 * (undefined otherwise): only called on the error path of parseEventTime.
 */
export function skippedHourProblem(text: string): string | undefined {
  const m = ISO.exec(text.trim());
  if (!m || m[8] || m[4] === undefined) return undefined;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  if (!isSkippedAmsterdamTime(wall)) return undefined;
  return `does not exist in Europe/Amsterdam: on ${m[1]}-${m[2]}-${m[3]} the clocks went from 02:00 to 03:00; give the offset (e.g. +01:00) or correct the time`;
}

/** Amsterdam wall-clock minutes since 1970-01-01 00:00 (as if UTC) of a UTC minute. */
export function amsterdamLocalMinutes(utcMinute: number): number {
  return utcMinute + amsterdamOffsetMs(utcMinute * 60_000) / 60_000;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const digit = (b: Uint8Array, i: number) => {
  const c = b[i]! - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};
const two = (b: Uint8Array, i: number) => digit(b, i) * 10 + digit(b, i + 1);
/** Days in `month` (1–12) of the proleptic Gregorian `year` (as Date.UTC counts them). */
const daysInMonth = (year: number, month: number) =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1]!;

/**
 * The common shapes without a regex (a million rows), read from the character codes `b[s, e)`:
 * `YYYY-MM-DD`, `YYYY-MM-DD[T ]HH:MM[:SS]` with an optional `Z`, and `YYYY-MM-DDTHH:MM:SS.fffZ`
 * (toISOString). Undefined for any other shape, which the regex then reads; the checks and results
 * are those of the regex path.
 */
function parseCommon(b: Uint8Array, s: number, e: number): number | undefined {
  const n = e - s;
  if (n < 10 || b[s + 4] !== 45 || b[s + 7] !== 45) return undefined;
  let end = n;
  const last = b[e - 1];
  const zulu = last === 90 || last === 122; // Z z
  if (zulu) end--;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  if (end === 10) {
    if (zulu) return undefined; // a date with Z: leave to the regex
  } else if (end === 16 || end === 19 || (end === 23 && zulu)) {
    const sep = b[s + 10];
    if ((sep !== 84 && sep !== 116 && sep !== 32) || b[s + 13] !== 58) return undefined;
    hour = two(b, s + 11);
    minute = two(b, s + 14);
    if (end >= 19) {
      if (b[s + 16] !== 58) return undefined;
      second = two(b, s + 17);
    }
    if (end === 23) {
      if (b[s + 19] !== 46) return undefined;
      ms = digit(b, s + 20) * 100 + two(b, s + 21);
      if (Number.isNaN(ms)) return undefined;
    }
  } else return undefined;
  const year = two(b, s) * 100 + two(b, s + 2);
  const month = two(b, s + 5);
  const day = two(b, s + 8);
  if (Number.isNaN(year + month + day + hour + minute + second)) return undefined;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  if (day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  return zulu ? wall : amsterdamLocalToUtc(wall);
}

/** The bytes of a short Latin-1 text, for parseCommon (reused; longer or other texts take the regex). */
const scratch = new Uint8Array(32);

/** An event time read from the bytes `b[s, e)` of a file (ASCII): as `parseEventTime` reads their text. */
export function parseEventTimeBytes(b: Uint8Array, s: number, e: number): number {
  return parseCommon(b, s, e) ?? parseEventTime(Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1', s, e));
}

/** Parses an event time; NaN when the text is not such an ISO 8601 time or the date does not exist. */
export function parseEventTime(text: string): number {
  let i = 0;
  for (; i < text.length && i < scratch.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) break;
    scratch[i] = c;
  }
  const common = i === text.length ? parseCommon(scratch, 0, i) : undefined;
  if (common !== undefined) return common;
  const m = ISO.exec(text.trim());
  if (!m) return NaN;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return NaN;
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (new Date(wall).getUTCDate() !== day) return NaN;
  const zone = m[8];
  if (!zone) return amsterdamLocalToUtc(wall);
  if (zone.toUpperCase() === 'Z') return wall;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
  if (offset > 18 * 60) return NaN;
  return wall - sign * offset * 60_000;
}
