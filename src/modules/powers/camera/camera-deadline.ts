/**
 * The yearly evaluation a camera area (art. 151c Gemeentewet) needs, as a deadline of the decision.
 * GROUNDWORK: the measures part (H3) computes it from the camera evaluations; null until then.
 */
import type { ServiceContext } from '../../../core/context.ts';
import type { DeadlineView } from '../decision/decision-schema.ts';

export interface CameraDecision {
  id: string;
  measureKind: string;
  measureStart: string | null;
  /** The end in force (the extension when there is one), null when open-ended. */
  measureEnd: string | null;
  liftedOn: string | null;
}

/** The next yearly evaluation of a camera decision (met, open or missed), or null for other measures. */
export async function cameraEvaluationDeadline(
  _ctx: ServiceContext,
  _decision: CameraDecision,
  _today: string,
): Promise<DeadlineView | null> {
  return null;
}
