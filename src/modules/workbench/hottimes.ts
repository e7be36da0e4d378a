/**
 * Hottimes view: the aoristic hour-of-week matrix (7 × 24, Monday 00:00 first, Europe/Amsterdam
 * wall-clock time) with totals by hour of day and by weekday, as missions evidence 'hottimes'
 * computes it (each event spread evenly over the minutes of its window; see aoristic-fast.ts).
 */
import { aoristicProfile } from './aoristic-fast.ts';
import type { Disclosure } from './disclosure.ts';
import { round } from './export.ts';
import type { Selection } from './selection.ts';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export function hottimesView(sel: Selection, d: Disclosure) {
  const profile = aoristicProfile(sel.table.startLocal, sel.table.endLocal, sel.idx);
  const byHour = new Float64Array(24);
  const byWeekday = new Float64Array(7);
  profile.forEach((v, h) => {
    byHour[h % 24]! += v;
    byWeekday[Math.floor(h / 24)]! += v;
  });
  const show = (v: number) => {
    const s = d.count(round(v, 3)!);
    return s === null ? null : s;
  };
  const matrix = WEEKDAYS.map((_, w) => Array.from(profile.subarray(w * 24, w * 24 + 24), show));
  const peakHours = [...profile.keys()].sort((a, b) => profile[b]! - profile[a]! || a - b).slice(0, 5)
    .map((h) => ({ weekday: WEEKDAYS[Math.floor(h / 24)]!, hour: h % 24, hourOfWeek: h }));
  return { weekdays: [...WEEKDAYS], matrix, byHour: Array.from(byHour, show), byWeekday: Array.from(byWeekday, show), peakHours: d.detail || sel.idx.length >= d.min ? peakHours : [] };
}
