/**
 * Dutch working days for handling deadlines. A working day is Monday–Friday except the public
 * holidays of the Algemene termijnenwet as most municipal CAOs apply them:
 * Nieuwjaarsdag (1 Jan), Tweede Paasdag (Easter Monday), Koningsdag, Hemelvaartsdag (Easter + 39),
 * Tweede Pinksterdag (Easter + 50), Eerste en Tweede Kerstdag (25, 26 Dec), and Bevrijdingsdag
 * (5 May) only in lustrum years (divisible by 5), as in the CAO Gemeenten. Good Friday is not a day off.
 * Koningsdag: 27 April, or 26 April when the 27th is a Sunday (since 2014); before 2014
 * Koninginnedag 30 April, or 29 April when the 30th is a Sunday.
 * All dates are calendar dates ('YYYY-MM-DD') in the Europe/Amsterdam day.
 */

/** Easter Sunday (Gregorian) by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utcDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

function kingsDay(year: number): Date {
  if (year >= 2014) {
    const d = utcDate(year, 4, 27);
    return d.getUTCDay() === 0 ? utcDate(year, 4, 26) : d;
  }
  const d = utcDate(year, 4, 30);
  return d.getUTCDay() === 0 ? utcDate(year, 4, 29) : d;
}

/** The public holidays of a year that fall on any weekday, with their Dutch names. */
export function dutchHolidays(year: number): Array<{ date: string; name: string }> {
  const e = easterSunday(year);
  const easter = utcDate(year, e.month, e.day);
  const list: Array<{ date: string; name: string }> = [
    { date: iso(utcDate(year, 1, 1)), name: 'Nieuwjaarsdag' },
    { date: iso(easter), name: 'Eerste Paasdag' },
    { date: iso(addDays(easter, 1)), name: 'Tweede Paasdag' },
    { date: iso(kingsDay(year)), name: year >= 2014 ? 'Koningsdag' : 'Koninginnedag' },
    { date: iso(addDays(easter, 39)), name: 'Hemelvaartsdag' },
    { date: iso(addDays(easter, 49)), name: 'Eerste Pinksterdag' },
    { date: iso(addDays(easter, 50)), name: 'Tweede Pinksterdag' },
    { date: iso(utcDate(year, 12, 25)), name: 'Eerste Kerstdag' },
    { date: iso(utcDate(year, 12, 26)), name: 'Tweede Kerstdag' },
  ];
  if (year % 5 === 0) list.push({ date: iso(utcDate(year, 5, 5)), name: 'Bevrijdingsdag' });
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

const holidayCache = new Map<number, Set<string>>();

function holidaySet(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(dutchHolidays(year).map((h) => h.date));
    holidayCache.set(year, set);
  }
  return set;
}

/** True for Monday–Friday dates that are no public holiday. `date` is 'YYYY-MM-DD'. */
export function isWorkingDay(date: string): boolean {
  const d = new Date(`${date}T00:00:00Z`);
  const wd = d.getUTCDay();
  if (wd === 0 || wd === 6) return false;
  return !holidaySet(d.getUTCFullYear()).has(date);
}

// Created once: building an Intl.DateTimeFormat costs ~0.5 ms, a format call microseconds.
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Amsterdam of an instant. */
export function amsterdamDate(at: Date): string {
  return AMSTERDAM_DAY.format(at);
}

/**
 * The deadline `days` working days after the date of `from` (the day of receipt does not count):
 * a report made on Friday with 1 working day is due on Monday, or Tuesday after Easter Monday.
 * 0 days means the same day.
 */
export function addWorkingDays(from: string, days: number): string {
  let d = new Date(`${from}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(iso(d))) left -= 1;
  }
  return iso(d);
}

/** Working days strictly after `from` up to and including `to` (negative when `to` is earlier). */
export function workingDaysBetween(from: string, to: string): number {
  if (to < from) return -workingDaysBetween(to, from);
  let n = 0;
  for (let d = addDays(new Date(`${from}T00:00:00Z`), 1); iso(d) <= to; d = addDays(d, 1)) if (isWorkingDay(iso(d))) n += 1;
  return n;
}
