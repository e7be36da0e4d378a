/** The Awb procedure as the stepper shows it (pure, unit-tested). */

/** The states in their usual order; ingetrokken is shown apart. */
export const PROCEDURE_STATES = [
  'voornemen',
  'zienswijze',
  'besluit',
  'bekendgemaakt',
  'bezwaar',
  'beslissing-op-bezwaar',
  'beroep',
  'afgerond',
] as const;
export type ProcedureState = (typeof PROCEDURE_STATES)[number];
export type StepStatus = 'done' | 'current' | 'skipped' | 'todo';

interface StepInput {
  state: string;
  transitions: readonly { fromState: string; toState: string }[];
}

/**
 * Each state of the procedure: done (reached and left), current, skipped (an earlier state the
 * decision passed by, e.g. no hearing) or todo. A withdrawn decision shows the steps it reached.
 */
export function procedureSteps({ state, transitions }: StepInput): { state: ProcedureState; status: StepStatus }[] {
  const reached = new Set<string>(['voornemen', ...transitions.flatMap((t) => [t.fromState, t.toState])]);
  const lastReached = state === 'ingetrokken' ? (transitions.at(-1)?.fromState ?? 'voornemen') : state;
  const at = PROCEDURE_STATES.indexOf(lastReached as ProcedureState);
  return PROCEDURE_STATES.map((s, i) => {
    if (s === state) return { state: s, status: 'current' as const };
    if (i <= at) return { state: s, status: reached.has(s) ? ('done' as const) : ('skipped' as const) };
    return { state: s, status: 'todo' as const };
  });
}

/** States a decision can still change in (not afgerond or ingetrokken). */
export const isOpenState = (state: string) => state !== 'afgerond' && state !== 'ingetrokken';

/** "2026-01-01 – 2026-04-01": the start and end of a measure period ("…" or the open-ended word when unknown). */
export function periodText(start: string | null, end: string | null, openEnded: string): string {
  if (!start && !end) return '—';
  return `${start ?? '…'} – ${end ?? openEnded}`;
}
