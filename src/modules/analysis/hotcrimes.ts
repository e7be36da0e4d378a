/**
 * Hotcrimes: crime types ranked by level and by change against a baseline period.
 *
 * For a type with c events in the current period (length T_c) and b in the baseline (length T_b),
 * the rate ratio is RR = (c/T_c) / (b/T_b). Test of equal rates, exact and conditional on the total
 * N = c + b: under H0, c ~ Binomial(N, T_c/(T_c + T_b)) (Przyborowski & Wilenski 1940; the exact
 * Poisson rate-ratio test, R `poisson.test(c(c, b), c(T_c, T_b))`), two-sided as R binom.test.
 * Minimum-count rule: types with N < minCount (default 10) are listed but not tested or ranked
 * on change (`tested: false`), so one or two incidents cannot top the change list.
 * p-values of the tested types are also FDR-adjusted (Benjamini–Hochberg) into q.
 */
import { binomialTestTwoSided } from './binomial.ts';
import { benjaminiHochberg } from './fdr.ts';

export interface CrimeTypeCounts {
  type: string;
  current: number;
  baseline: number;
}

export interface HotcrimeRow extends CrimeTypeCounts {
  currentRate: number;
  baselineRate: number;
  rateRatio: number;
  change: number;
  tested: boolean;
  p: number | null;
  q: number | null;
  levelRank: number;
  changeRank: number | null;
}

export interface HotcrimeOptions {
  currentLength?: number;
  baselineLength?: number;
  minCount?: number;
}

export function hotcrimes(
  rows: readonly CrimeTypeCounts[],
  options: HotcrimeOptions = {},
): { byLevel: HotcrimeRow[]; byChange: HotcrimeRow[] } {
  const tc = options.currentLength ?? 1;
  const tb = options.baselineLength ?? 1;
  const minCount = options.minCount ?? 10;
  const out: HotcrimeRow[] = rows.map((r) => {
    const tested = r.current + r.baseline >= minCount;
    const currentRate = r.current / tc;
    const baselineRate = r.baseline / tb;
    return {
      ...r,
      currentRate,
      baselineRate,
      rateRatio: currentRate / baselineRate,
      change: currentRate - baselineRate,
      tested,
      p: tested ? binomialTestTwoSided(r.current, r.current + r.baseline, tc / (tc + tb)) : null,
      q: null,
      levelRank: 0,
      changeRank: null,
    };
  });
  const testedRows = out.filter((r) => r.tested);
  const q = benjaminiHochberg(testedRows.map((r) => r.p!));
  testedRows.forEach((r, k) => {
    r.q = q[k]!;
  });
  const byLevel = [...out].sort((a, b) => b.current - a.current || a.type.localeCompare(b.type));
  byLevel.forEach((r, k) => {
    r.levelRank = k + 1;
  });
  // change ranking: increases first by significance, then by size of the rate difference
  const byChange = testedRows.sort((a, b) => Math.sign(b.change) - Math.sign(a.change) || a.p! - b.p! || b.change - a.change);
  byChange.forEach((r, k) => {
    r.changeRank = k + 1;
  });
  return { byLevel, byChange };
}
