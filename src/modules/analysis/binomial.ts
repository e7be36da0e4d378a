/**
 * Exact binomial test and the log-gamma it needs.
 * logGamma: Lanczos approximation (g = 7, n = 9 coefficients; Press et al., Numerical Recipes,
 * 3rd ed. §6.1 / Godfrey's coefficients), relative error < 1e-14 for x > 0.
 * Two-sided p-value as R `binom.test`: the sum of P(X = k) over all k with
 * P(X = k) ≤ P(X = x)·(1 + 1e-7) (the "minimum likelihood" method of Clopper–Pearson style tests).
 */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const xm = x - 1;
  let a = LANCZOS[0]!;
  const t = xm + 7.5;
  for (let k = 1; k < 9; k++) a += LANCZOS[k]! / (xm + k);
  return 0.5 * Math.log(2 * Math.PI) + (xm + 0.5) * Math.log(t) - t + Math.log(a);
}

/** log P(X = k) for X ~ Binomial(n, p). */
export function binomialLogPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n) return -Infinity;
  if (p === 0) return k === 0 ? 0 : -Infinity;
  if (p === 1) return k === n ? 0 : -Infinity;
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);
}

/** Exact two-sided binomial test of x successes in n trials against probability p (R binom.test). */
export function binomialTestTwoSided(x: number, n: number, p: number): number {
  if (!Number.isInteger(x) || !Number.isInteger(n) || x < 0 || x > n) throw new RangeError('need integers 0 ≤ x ≤ n');
  if (n === 0) return 1;
  const limit = binomialLogPmf(x, n, p) + Math.log1p(1e-7);
  let total = 0;
  for (let k = 0; k <= n; k++) {
    const lp = binomialLogPmf(k, n, p);
    if (lp <= limit) total += Math.exp(lp);
  }
  return Math.min(1, total);
}
