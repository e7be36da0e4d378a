/**
 * The yearly evaluation a camera area (art. 151c Gemeentewet) needs, as a deadline of the decision.
 * Art. 151c itself sets no yearly term: the mayor withdraws the area once cameras are no longer
 * necessary for public order, so the necessity is reviewed periodically — yearly under the APV or
 * the municipality's camera policy. The evaluation of year k is due on measure_start + k years,
 * for every year that begins while the area is in force: met when recorded, open while its day has
 * not passed, missed when it has. The register asks this hook for every decision.
 */
import type { ServiceContext } from '../../../core/context.ts';
import { addDays, daysBetween } from '../decision/calendar.ts';
import type { DeadlineView } from '../decision/decision-schema.ts';
import { cameraEvaluationRows } from './camera-store.ts';
import { evaluationDueDates } from './camera-years.ts';

export const CAMERA_EVALUATION_BASIS = 'art. 151c Gemeentewet (noodzaak periodiek toetsen; jaarlijks volgens APV/camerabeleid)';

export interface CameraDecision {
  id: string;
  measureKind: string;
  measureStart: string | null;
  /** The end in force (the extension when there is one), null when open-ended. */
  measureEnd: string | null;
  liftedOn: string | null;
}

const label = (year: number) => `Jaarlijkse evaluatie cameratoezicht (jaar ${year})`;

/** The last day a year may begin for it to need an evaluation: the end in force, or the day before the lifting. */
function lastDayOf(d: CameraDecision): string | null {
  const beforeLifting = d.liftedOn ? addDays(d.liftedOn, -1) : null;
  if (d.measureEnd && beforeLifting) return [d.measureEnd, beforeLifting].sort()[0]!;
  return d.measureEnd ?? beforeLifting;
}

/** The next yearly evaluation of a camera decision (met, open or missed), or null for other measures. */
export async function cameraEvaluationDeadline(ctx: ServiceContext, decision: CameraDecision, today: string): Promise<DeadlineView | null> {
  if (decision.measureKind !== 'camera' || !decision.measureStart) return null;
  const recorded = new Set((await cameraEvaluationRows(ctx.db, decision.id)).map((e) => e.year));
  const dues = evaluationDueDates(decision.measureStart, lastDayOf(decision));
  const deadline = (d: { year: number; due: string }, status: DeadlineView['status'], daysLeft: number | null): DeadlineView => ({
    kind: 'camera-evaluation',
    due: d.due,
    basis: CAMERA_EVALUATION_BASIS,
    label: label(d.year),
    status,
    daysLeft,
  });
  const open = dues.find((d) => !recorded.has(d.year));
  if (open) {
    const left = daysBetween(today, open.due);
    return left < 0 ? deadline(open, 'missed', null) : deadline(open, 'open', left);
  }
  const lastMet = dues.at(-1);
  return lastMet ? deadline(lastMet, 'met', null) : null;
}
