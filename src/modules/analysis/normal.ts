/**
 * Standard normal tail probabilities, accurate to ~1e-14 relative, with no dependencies.
 *
 * erfc(x) for 0 ≤ x < 2.5 is 1 − erf(x) with the positive-term series
 * erf(x) = (2/√π) e^{−x²} Σ_{k≥0} 2^k x^{2k+1} / (1·3·5···(2k+1))  (Abramowitz & Stegun 7.1.6);
 * for x ≥ 2.5 the continued fraction erfc(x) = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …))))
 * (A&S 7.1.14), evaluated with the modified Lentz method (Press et al., Numerical Recipes §5.2).
 */
const INV_SQRT_PI = 0.5641895835477563;

function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let k = 1; k < 200 && term > sum * 1e-17; k++) {
    term *= (2 * x2) / (2 * k + 1);
    sum += term;
  }
  return 2 * INV_SQRT_PI * Math.exp(-x2) * sum;
}

function erfcContinuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
    c = x + a / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return (INV_SQRT_PI * Math.exp(-x * x)) / f;
}

/** Complementary error function erfc(x) = 1 − erf(x). */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x === Infinity) return 0;
  return x < 2.5 ? 1 - erfSeries(x) : erfcContinuedFraction(x);
}

/** Upper tail P(Z ≥ z) of the standard normal distribution. */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / Math.SQRT2);
}

/** Two-sided p-value 2·P(Z ≥ |z|); NaN stays NaN. */
export function normalTwoSided(z: number): number {
  return Math.min(1, 2 * normalSf(Math.abs(z)));
}
