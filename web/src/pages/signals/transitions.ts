/**
 * What the staff detail page offers. Only what the API reply allows: its `allowedTransitions` and
 * `permissions` decide; nothing is recomputed from roles here. Pure.
 */
import type { SignalDetail, SignalStatus, TransitionOption } from './types.ts';

/** The API's minimum for a required text (src/modules/signals/workflow.ts). */
export const MIN_TRANSITION_TEXT = 3;

export interface OfferedActions {
  transitions: TransitionOption[];
  note: boolean;
  assign: boolean;
  split: boolean;
  merge: boolean;
  contact: boolean;
  /** Hand the report back to the municipality (a partner it was forwarded to). */
  handBack: boolean;
}

/** A split report is only read: its parts are handled (no action at all, not even a note). */
export function offeredActions(
  s: Pick<SignalDetail, 'allowedTransitions' | 'permissions' | 'hasContact' | 'mergedIntoId'> & { status?: SignalStatus },
): OfferedActions {
  const merged = s.mergedIntoId !== null;
  const split = s.status === 'split';
  return {
    transitions: split ? [] : s.allowedTransitions,
    note: s.permissions.handle && !split,
    // Routing and assignment stay with the municipality: `edit` is false for a partner (who may handle, not route).
    assign: s.permissions.edit && !merged && !split,
    split: s.permissions.split && !split,
    merge: s.permissions.merge && !split,
    contact: s.permissions.viewContact && s.hasContact,
    handBack: s.permissions.returnToMunicipality && !split,
  };
}

export type TransitionError = 'choose' | 'not-allowed' | 'text-required';

/** Checks a chosen transition against the offered ones before sending; null when fine. */
export function checkTransitionInput(options: readonly TransitionOption[], to: string, text: string): TransitionError | null {
  if (!to) return 'choose';
  const option = options.find((o) => o.to === to);
  if (!option) return 'not-allowed';
  if (option.requiresText && text.trim().length < MIN_TRANSITION_TEXT) return 'text-required';
  return null;
}

export function requiresText(options: readonly TransitionOption[], to: string): boolean {
  return options.find((o) => o.to === (to as SignalStatus))?.requiresText ?? false;
}

export interface SplitPart {
  categorySlug: string;
  description: string;
}

/** Errors per part (field → i18n reason key) for a split into 2–10 child reports. */
export function checkSplitParts(parts: readonly SplitPart[]): {
  count: boolean;
  parts: Array<{ categorySlug?: string; description?: string }>;
} {
  return {
    count: parts.length < 2 || parts.length > 10,
    parts: parts.map((p) => ({
      ...(p.categorySlug ? {} : { categorySlug: 'required' }),
      ...(p.description.trim().length < 3 ? { description: 'tooShort' } : {}),
    })),
  };
}

export function splitIsValid(parts: readonly SplitPart[]): boolean {
  const r = checkSplitParts(parts);
  return !r.count && r.parts.every((p) => Object.keys(p).length === 0);
}

/** A merge target: a report number (M-YYYY-NNNNNN, case and spaces forgiven) that is not this report. */
export function normaliseMergeTarget(input: string, ownNumber: string): { number: string } | { error: 'format' | 'self' } {
  const number = input.trim().toUpperCase();
  if (!/^M-\d{4}-\d{6}$/.test(number)) return { error: 'format' };
  if (number === ownNumber) return { error: 'self' };
  return { number };
}
