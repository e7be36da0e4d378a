/**
 * When a decision's measure is in force, and what a caller may see of it. A measure is active on a
 * day when the decision was taken (besluit or a later state, not withdrawn), the period started,
 * has not ended (the extension counts as the end) and the measure was not lifted by that day.
 * A decision linked to a PGA case the caller may not open shows only its published public part.
 */
import { addDays } from '../decision/calendar.ts';
import { isDecided, measureActive } from '../decision/terms.ts';
import type { MeasureRow } from './measure-store.ts';

/** Measures starting within this many days are listed beside those in force. */
export const STARTING_WITHIN_DAYS = 30;

/** The end in force: the extension when there is one, else the end (null: open-ended). */
export const endInForce = (r: Pick<MeasureRow, 'measure_end' | 'extended_to'>) => r.extended_to ?? r.measure_end;

/** Whether the measure is in force on `day` (YYYY-MM-DD): the register's one rule (decision/terms.ts). */
export function isActiveOn(r: MeasureRow, day: string): boolean {
  return measureActive(
    { state: r.state, measureStart: r.measure_start, measureEnd: r.measure_end, extendedTo: r.extended_to, liftedOn: r.lifted_on },
    day,
  );
}

/** 'active' on `day`, 'starting' within 30 days after it, or null. */
export function measureStatus(r: MeasureRow, day: string): 'active' | 'starting' | null {
  if (isActiveOn(r, day)) return 'active';
  if (!isDecided(r.state) || !r.measure_start || r.measure_start <= day) return null;
  if (r.lifted_on && r.lifted_on <= r.measure_start) return null;
  return r.measure_start <= addDays(day, STARTING_WITHIN_DAYS) ? 'starting' : null;
}

/** Whether the decision's public part is published on `day`. */
export function isPublished(r: MeasureRow, day: string): boolean {
  return r.public_text !== null && r.public_text.trim() !== '' && r.published_on !== null && r.published_on <= day;
}

/** Whether the row lies in one of the area codes (its buurt or one of its area codes). */
export function inAreas(r: MeasureRow, codes: readonly string[]): boolean {
  return (r.buurt_code !== null && codes.includes(r.buurt_code)) || r.area_codes.some((c) => codes.includes(c));
}

/** An area measure (a polygon, no address): its polygon may be shown with the public part. */
export const isAreaMeasure = (r: MeasureRow) => r.geometry != null && !r.address_label;
