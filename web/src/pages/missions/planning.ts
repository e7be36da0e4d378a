/** The planning form's state and the PATCH body of what changed (null when nothing did). Pure. */
import type { MissionDetail, Priority } from './types.ts';

export interface PlanningState {
  startDate: string;
  nextReview: string;
  priority: Priority;
  impactScore: string;
  impactRationale: string;
  feasibilityScore: string;
  feasibilityRationale: string;
}

export function planningState(m: MissionDetail): PlanningState {
  const p = m.prioritisation;
  return {
    startDate: m.startDate ?? '',
    nextReview: m.nextReview ?? '',
    priority: m.priority,
    impactScore: p.impactScore === null ? '' : String(p.impactScore),
    impactRationale: p.impactRationale ?? '',
    feasibilityScore: p.feasibilityScore === null ? '' : String(p.feasibilityScore),
    feasibilityRationale: p.feasibilityRationale ?? '',
  };
}

export function planningPatch(m: MissionDetail, s: PlanningState): Record<string, unknown> | null {
  const before = planningState(m);
  const out: Record<string, unknown> = {};
  const text = (v: string) => (v.trim() ? v.trim() : null);
  if (s.startDate !== before.startDate) out.startDate = s.startDate || null;
  if (s.nextReview !== before.nextReview) out.nextReview = s.nextReview || null;
  if (s.priority !== before.priority) out.priority = s.priority;
  if (s.impactScore !== before.impactScore) out.impactScore = s.impactScore ? Number(s.impactScore) : null;
  if (s.feasibilityScore !== before.feasibilityScore) out.feasibilityScore = s.feasibilityScore ? Number(s.feasibilityScore) : null;
  if (s.impactRationale.trim() !== before.impactRationale) out.impactRationale = text(s.impactRationale);
  if (s.feasibilityRationale.trim() !== before.feasibilityRationale) out.feasibilityRationale = text(s.feasibilityRationale);
  return Object.keys(out).length ? out : null;
}
