/**
 * Index arithmetic of the safety profile — pure functions, hand-checked in indices.test.ts.
 *
 * Relative index (Rotterdam Wijkprofiel style; Gemeente Rotterdam, "Wijkprofiel — verantwoording"):
 *     I(area, year) = 100 × v(area, year) / v(city, baseYear)
 * so 100 = the city average in the base year; 150 = one and a half times the city level. In
 * Stadsveilig all four indices are oriented **higher = more problems** (more registered crime,
 * more nuisance reports, more victims, more residents feeling unsafe).
 *
 * Combined index: objective part O = mean of the available registered indices (crime, nuisance),
 * subjective part S = mean of the available survey/pulse indices (victimisation, perceived unsafety);
 *     C = (w·O + (100 − w)·S) / 100,   w = objective weight in percent (default 50).
 * C is null unless both parts have at least one index.
 *
 * Trend significance (difference of two independent estimates with 95% margins m₁, m₂):
 *     SEᵢ = mᵢ / 1.96,  z = (v₂ − v₁) / √(SE₁² + SE₂²),  significant at 5% when |z| > 1.96.
 * This is the test CBS describes for comparing Veiligheidsmonitor years; it assumes independent
 * samples and symmetric margins.
 */

const round1 = (v: number) => Math.round(v * 10) / 10;

export function ratePer1000(count: number | null, population: number | null): number | null {
  if (count === null || !population || population <= 0) return null;
  return (count / population) * 1000;
}

export function relativeIndex(value: number | null, reference: number | null): number | null {
  if (value === null || reference === null || !(reference > 0)) return null;
  return round1((100 * value) / reference);
}

function mean(values: (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null);
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
}

export interface Combined {
  objective: number | null;
  subjective: number | null;
  combined: number | null;
  weightObjective: number;
}

export function combineIndices(objective: (number | null)[], subjective: (number | null)[], weightObjective = 50): Combined {
  const o = mean(objective);
  const s = mean(subjective);
  const combined = o === null || s === null ? null : round1((weightObjective * o + (100 - weightObjective) * s) / 100);
  return { objective: o === null ? null : round1(o), subjective: s === null ? null : round1(s), combined, weightObjective };
}

export interface DifferenceTest {
  difference: number;
  z: number | null;
  significant: boolean | null;
}

/** z-test on the difference b − a of two estimates with 95% margins; null z when a margin is missing. */
export function differenceTest(a: { value: number; margin: number | null }, b: { value: number; margin: number | null }): DifferenceTest {
  const difference = Math.round((b.value - a.value) * 1000) / 1000;
  if (a.margin === null || b.margin === null) return { difference, z: null, significant: null };
  const se = Math.sqrt((a.margin / 1.96) ** 2 + (b.margin / 1.96) ** 2);
  if (se === 0) return { difference, z: null, significant: difference !== 0 };
  const z = Math.round(((b.value - a.value) / se) * 1000) / 1000;
  return { difference, z, significant: Math.abs(z) > 1.96 };
}

export type Quadrant = 'unsafe-feeling-low-crime' | 'safe-feeling-high-crime' | 'both-high' | 'both-low';

/** Quadrant of (x = registered-crime index, y = perceived-unsafety index) around 100/100. */
export function quadrantOf(x: number, y: number): Quadrant {
  if (y > 100 && x <= 100) return 'unsafe-feeling-low-crime';
  if (y <= 100 && x > 100) return 'safe-feeling-high-crime';
  return y > 100 ? 'both-high' : 'both-low';
}
