/**
 * The life of a case: aangemeld → in-behandeling → plan-vastgesteld → monitoring → afgesloten, with
 * the back-steps practice needs (a plan that no longer works goes back to in-behandeling; a closed
 * case may be reopened). Back-steps, closing and reopening need a reason; closing also one of the
 * fixed closing reasons. Only the procesregisseur changes the status (openCase needs 'direct').
 */
import type { CaseStatus } from '../tables.ts';

export const CLOSING_REASONS = [
  'doelen-bereikt',
  'verhuisd',
  'detentie',
  'overleden',
  'geen-medewerking',
  'andere-aanpak',
  'overig',
] as const;
export type ClosingReason = (typeof CLOSING_REASONS)[number];

export interface Transition {
  to: CaseStatus;
  /** A written reason is required (back-steps, closing, reopening). */
  reasonRequired: boolean;
  /** One of CLOSING_REASONS is required (closing). */
  closingReasonRequired: boolean;
}

const FORWARD: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  aangemeld: ['in-behandeling'],
  'in-behandeling': ['plan-vastgesteld'],
  'plan-vastgesteld': ['monitoring'],
  monitoring: [],
  afgesloten: [],
};

const WITH_REASON: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  aangemeld: ['afgesloten'],
  'in-behandeling': ['afgesloten'],
  'plan-vastgesteld': ['in-behandeling', 'afgesloten'],
  monitoring: ['in-behandeling', 'afgesloten'],
  afgesloten: ['in-behandeling'],
};

/** The transitions allowed from a status, in the order a form offers them. */
export function transitionsFrom(status: CaseStatus): Transition[] {
  return [
    ...FORWARD[status].map((to) => ({ to, reasonRequired: false, closingReasonRequired: false })),
    ...WITH_REASON[status].map((to) => ({ to, reasonRequired: true, closingReasonRequired: to === 'afgesloten' })),
  ];
}

/** The transition from → to, or undefined when it is not allowed. */
export function findTransition(from: CaseStatus, to: CaseStatus): Transition | undefined {
  return transitionsFrom(from).find((t) => t.to === to);
}
