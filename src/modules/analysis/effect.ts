/**
 * Effect of a place-based intervention on crime counts (Maryland scale level 3: before/after with
 * a comparison area).
 *
 * **Poisson difference-in-differences.** With counts T0, T1 (target before/after) and C0, C1
 * (comparison before/after), the Poisson model log E[y] = a + b·after + c·target + d·after·target
 * is saturated, so d̂ = log IRR with IRR = (T1/T0)/(C1/C0), and its Wald standard error is
 * SE = sqrt(1/T0 + 1/T1 + 1/C0 + 1/C1). The 1−α interval is exp(d̂ ± z·SE). A zero count gets the
 * Haldane–Anscombe correction (0.5 added to all four cells) and the result says so.
 * Periods of unequal length cancel in the ratio as long as target and comparison share them.
 *
 * **Weighted displacement difference** (Wheeler & Ratcliffe 2018, Crime Science 7:7):
 * WDD = ΔT − ΔC + ΔD − ΔDC with Δ = after − before for target T, control C, displacement buffer D
 * and control buffer DC; under Poisson counts Var(WDD) = the sum of all eight counts,
 * z = WDD / sqrt(Var). Negative = fewer crimes than expected (including displacement).
 */
import { normalTwoSided } from './normal.ts';

export interface BeforeAfter {
  before: number;
  after: number;
}

export interface PoissonDid {
  irr: number;
  /** (IRR − 1) · 100: the relative change in the target beyond the comparison trend. */
  percentChange: number;
  logIrr: number;
  se: number;
  ciLow: number;
  ciHigh: number;
  z: number;
  p: number;
  continuityCorrected: boolean;
}

/** Standard-normal quantile for a two-sided level (Acklam's rational approximation, |ε| < 1.2e-9). */
export function normalQuantile(prob: number): number {
  if (!(prob > 0 && prob < 1)) throw new RangeError('probability must lie in (0, 1)');
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const poly = (k: number[], x: number) => k.reduce((acc, v) => acc * x + v, 0);
  if (prob < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(prob));
    return poly(c, q) / (poly(d, q) * q + 1);
  }
  if (prob > 1 - 0.02425) return -normalQuantile(1 - prob);
  const q = prob - 0.5;
  const r = q * q;
  return (poly(a, r) * q) / (poly(b, r) * r + 1);
}

export function poissonDid(target: BeforeAfter, comparison: BeforeAfter, alpha = 0.05): PoissonDid {
  const cells = [target.before, target.after, comparison.before, comparison.after];
  if (cells.some((v) => !(v >= 0) || !Number.isFinite(v))) throw new RangeError('counts must be finite and ≥ 0');
  const corrected = cells.some((v) => v === 0);
  const [t0, t1, c0, c1] = corrected ? cells.map((v) => v + 0.5) : cells;
  const logIrr = Math.log(t1! / t0!) - Math.log(c1! / c0!);
  const se = Math.sqrt(1 / t0! + 1 / t1! + 1 / c0! + 1 / c1!);
  const zCrit = normalQuantile(1 - alpha / 2);
  const z = logIrr / se;
  const irr = Math.exp(logIrr);
  return {
    irr,
    percentChange: (irr - 1) * 100,
    logIrr,
    se,
    ciLow: Math.exp(logIrr - zCrit * se),
    ciHigh: Math.exp(logIrr + zCrit * se),
    z,
    p: normalTwoSided(z),
    continuityCorrected: corrected,
  };
}

export interface WddInput {
  target: BeforeAfter;
  control: BeforeAfter;
  /** Buffer ring around the target (displacement/diffusion); omit when none was defined. */
  displacement?: BeforeAfter;
  /** Buffer ring around the control area. */
  displacementControl?: BeforeAfter;
}

export interface WddResult {
  local: number;
  displacement: number;
  total: number;
  variance: number;
  se: number;
  z: number;
  p: number;
  ciLow: number;
  ciHigh: number;
}

export function weightedDisplacementDifference(input: WddInput, alpha = 0.05): WddResult {
  const zero = { before: 0, after: 0 };
  const d = input.displacement ?? zero;
  const dc = input.displacementControl ?? zero;
  const delta = (x: BeforeAfter) => x.after - x.before;
  const local = delta(input.target) - delta(input.control);
  const displacement = delta(d) - delta(dc);
  const total = local + displacement;
  const variance = [input.target, input.control, d, dc].reduce((s, x) => s + x.before + x.after, 0);
  const se = Math.sqrt(variance);
  const z = se > 0 ? total / se : 0;
  const zCrit = normalQuantile(1 - alpha / 2);
  return {
    local,
    displacement,
    total,
    variance,
    se,
    z,
    p: se > 0 ? normalTwoSided(z) : 1,
    ciLow: total - zCrit * se,
    ciHigh: total + zCrit * se,
  };
}
