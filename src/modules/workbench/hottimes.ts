/**
 * Hottimes view: the aoristic hour-of-week matrix (7 × 24, Monday 00:00 first, hours as the
 * Europe/Amsterdam clock shows them) with totals by hour of day and by weekday, as missions
 * evidence 'hottimes' computes it (each event spread evenly over the real elapsed minutes of its
 * window, so across a clock change too; see aoristic-fast.ts).
 */
import { aoristicProfile } from './aoristic-fast.ts';
import type { Disclosure } from '../analysis/index.ts';
import { round } from './export.ts';
import type { Selection } from './selection.ts';

/** The method note of every hottimes reply (meta.notes). */
export const HOTTIMES_METHOD = 'aoristic (Ratcliffe 2000): each event weighs 1, spread evenly over the real elapsed minutes of its time window, '
  + 'each minute in the hour the Europe/Amsterdam clock shows; clock changes: the skipped spring hour (02:00–03:00) gets nothing, '
  + 'the repeated autumn hour gets both of its real hours; no end: all in the start hour; a week or longer: 1/168 to every hour';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export function hottimesView(sel: Selection, d: Disclosure) {
  const profile = aoristicProfile(sel.table, sel.idx);
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
