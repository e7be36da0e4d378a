/**
 * Which status changes the mission page offers: exactly the API's `allowedTransitions` — the
 * possible ones as choices, the blocked ones listed with the server's reason. Pure.
 */
import type { MissionDetail, MissionStatus, TransitionOption } from './types.ts';

export interface OfferedTransitions {
  possible: TransitionOption[];
  blocked: TransitionOption[];
}

export function offeredTransitions(m: Pick<MissionDetail, 'allowedTransitions' | 'permissions'>): OfferedTransitions {
  if (!m.permissions.transition) return { possible: [], blocked: [] };
  return {
    possible: m.allowedTransitions.filter((o) => o.blockedBy === null),
    blocked: m.allowedTransitions.filter((o) => o.blockedBy !== null),
  };
}

export type TransitionProblem = 'choose' | 'not-allowed' | 'reason-required';

/** Checks a choice before sending; null when it may be sent. */
export function checkTransition(offered: OfferedTransitions, to: string, reason: string): TransitionProblem | null {
  if (!to) return 'choose';
  const o = offered.possible.find((p) => p.to === to);
  if (!o) return 'not-allowed';
  if (o.requiresReason && !reason.trim()) return 'reason-required';
  return null;
}

export const requiresReason = (offered: OfferedTransitions, to: string) =>
  offered.possible.find((p) => p.to === (to as MissionStatus))?.requiresReason ?? false;

/** The status steps in order, with the current one marked, for the progress line on the page. */
export const STATUS_STEPS: MissionStatus[] = ['idea', 'analysis', 'approach', 'running', 'evaluation', 'closed'];
export function stepState(current: MissionStatus, step: MissionStatus): 'done' | 'current' | 'todo' {
  const a = STATUS_STEPS.indexOf(current);
  const b = STATUS_STEPS.indexOf(step);
  return b < a ? 'done' : b === a ? 'current' : 'todo';
}
