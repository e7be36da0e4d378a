/**
 * Goal progress, computed from readings of live data — never typed in.
 *
 *   fraction = (current − baseline) / (target − baseline)      (0 = at baseline, 1 = target reached)
 *   expected = clamp((asOf − baselineEnd) / (deadline − baselineEnd), 0, 1)   (linear path to the deadline)
 *   status   = achieved  when current is at or beyond the target in the goal's direction,
 *              on-track  when fraction ≥ expected, behind otherwise; no-data without both readings;
 *              suppressed when a reading may not be shown to the caller (disclosure.ts): then no
 *              fraction, change or wording either, as they would give the hidden value away.
 * Is the change beyond chance?
 * - counts over windows of equal length (Poisson): z = (c − b) / √(c + b), significant when |z| > 1.96
 *   (normal approximation to the conditional binomial test; Przyborowski & Wilenski 1940);
 * - survey estimates with 95% margins m (half-widths): significant when |c − b| > √(m_b² + m_c²)
 *   (difference of independent estimates; CBS Veiligheidsmonitor practice).
 */
export type ProgressStatus = 'achieved' | 'on-track' | 'behind' | 'no-data' | 'suppressed';

export interface ProgressInput {
  direction: 'decrease' | 'increase';
  baseline: number | null;
  current: number | null;
  target: number;
  baselineEnd: string;
  deadline: string;
  asOf: string;
  kind: 'count' | 'estimate' | 'measurement';
  baselineMargin?: number | null;
  currentMargin?: number | null;
}

export interface Progress {
  status: ProgressStatus;
  fraction: number | null;
  expectedFraction: number;
  change: number | null;
  /** Whether the change from baseline is beyond chance (null when not testable). */
  changeSignificant: boolean | null;
  explanation: string;
}

const dayNumber = (d: string) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`) / 86_400_000;
const round = (v: number, d = 3) => Math.round(v * 10 ** d) / 10 ** d;
/** Dutch number: decimal comma, at most 2 decimals, thousands grouped from 10.000 on. */
const nlNumber = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2, useGrouping: 'min2' } as Intl.NumberFormatOptions);
const nl = (v: number) => nlNumber.format(v);

export function expectedFraction(baselineEnd: string, deadline: string, asOf: string): number {
  const span = dayNumber(deadline) - dayNumber(baselineEnd);
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (dayNumber(asOf) - dayNumber(baselineEnd)) / span));
}

function significance(i: ProgressInput, b: number, c: number): boolean | null {
  if (i.kind === 'count') return b + c > 0 ? Math.abs(c - b) / Math.sqrt(b + c) > 1.959964 : false;
  if (i.kind === 'estimate' && i.baselineMargin != null && i.currentMargin != null)
    return Math.abs(c - b) > Math.hypot(i.baselineMargin, i.currentMargin);
  return null;
}

/** Progress when the caller may not see the baseline or the current value: only the time elapsed. */
export function suppressedProgress(i: Pick<ProgressInput, 'baselineEnd' | 'deadline' | 'asOf'>, note: string): Progress {
  return {
    status: 'suppressed',
    fraction: null,
    expectedFraction: round(expectedFraction(i.baselineEnd, i.deadline, i.asOf)),
    change: null,
    changeSignificant: null,
    explanation: note,
  };
}

export function computeProgress(i: ProgressInput): Progress {
  const expected = expectedFraction(i.baselineEnd, i.deadline, i.asOf);
  if (i.baseline === null || i.current === null) {
    const missing = i.baseline === null ? 'de nulmeting' : 'de huidige waarde';
    return {
      status: 'no-data',
      fraction: null,
      expectedFraction: round(expected),
      change: null,
      changeSignificant: null,
      explanation: `Nog geen gegevens voor ${missing}.`,
    };
  }
  const b = i.baseline;
  const c = i.current;
  const reached = i.direction === 'decrease' ? c <= i.target : c >= i.target;
  const fraction = i.target === b ? (reached ? 1 : 0) : (c - b) / (i.target - b);
  const status: ProgressStatus = reached ? 'achieved' : fraction >= expected ? 'on-track' : 'behind';
  const sig = significance(i, b, c);
  const sigText =
    sig === null
      ? ''
      : sig
        ? ' De verandering is groter dan toeval kan verklaren (95%).'
        : ' De verandering valt binnen de toevalsvariatie (95%).';
  return {
    status,
    fraction: round(fraction),
    expectedFraction: round(expected),
    change: round(c - b, 6),
    changeSignificant: sig,
    explanation: `Van ${nl(b)} naar ${nl(c)} (doel ${nl(i.target)}): ${Math.round(fraction * 100)}% van de weg afgelegd, ${Math.round(expected * 100)}% van de tijd verstreken.${sigText}`,
  };
}
