/**
 * Pseudo p-values from a reference distribution of R simulated statistics (Hope 1968; Besag &
 * Diggle 1977: p = (M + 1)/(R + 1), the +1 counting the observed arrangement as one of the R + 1
 * equally likely ones). M counts the simulations **at least as extreme, ties included**:
 *
 * - 'greater': M = #{sim ≥ obs};  'lesser': M = #{sim ≤ obs}.
 * - 'directed' (Anselin 1995; PySAL esda's default): M = min(#{sim ≥ obs}, #{sim ≤ obs}), one-sided
 *   in the tail the data chose. esda (`significance._permutation_significance`) counts the lower
 *   tail as R − #{sim ≥ obs}, which leaves the ties out of it; the two agree when nothing ties, and
 *   with ties esda's value can be far too small (a statistic equal to every simulation gets
 *   1/(R + 1) from esda and 1 here).
 * - 'two-sided' (esda 'two-sided'): min(1, 2·(min(#{sim ≥ obs}, #{sim ≤ obs}) + 1)/(R + 1)).
 * - 'folded' (esda 'folded'): M = #{|sim − s̄| ≥ |obs − s̄|}, s̄ the mean of the simulations — an
 *   undirected test on the distribution folded about its mean; the caller counts it (`foldedCount`).
 *
 * As R → ∞ with exact conditional draws, 'greater' tends to P(S ≥ obs) and 'directed' to
 * min(P(S ≥ obs), P(S ≤ obs)) — the values the tests check against full enumeration.
 */
export type Alternative = 'directed' | 'greater' | 'lesser' | 'two-sided' | 'folded';

export function pseudoP(greaterEq: number, lessEq: number, r: number, alternative: Alternative, foldedCount = NaN): number {
  switch (alternative) {
    case 'greater':
      return (greaterEq + 1) / (r + 1);
    case 'lesser':
      return (lessEq + 1) / (r + 1);
    case 'two-sided':
      return Math.min(1, (2 * (Math.min(greaterEq, lessEq) + 1)) / (r + 1));
    case 'directed':
      return (Math.min(greaterEq, lessEq) + 1) / (r + 1);
    case 'folded':
      return (foldedCount + 1) / (r + 1);
  }
}

/**
 * Counts the simulated values against the observed one and returns the pseudo p-value. Values
 * within 1e-9 of the largest |value| count as equal (a tie), so two arrangements with the same
 * statistic summed in another order are not told apart by rounding.
 */
export function pseudoPFromSims(observed: number, sims: ArrayLike<number>, alternative: Alternative): number {
  let scale = Math.abs(observed);
  let sum = 0;
  for (let k = 0; k < sims.length; k++) {
    scale = Math.max(scale, Math.abs(sims[k]!));
    sum += sims[k]!;
  }
  const tol = 1e-9 * scale;
  const mean = sum / sims.length;
  const foldedObs = Math.abs(observed - mean) - tol;
  let ge = 0;
  let le = 0;
  let folded = 0;
  for (let k = 0; k < sims.length; k++) {
    if (sims[k]! >= observed - tol) ge++;
    if (sims[k]! <= observed + tol) le++;
    if (Math.abs(sims[k]! - mean) >= foldedObs) folded++;
  }
  return pseudoP(ge, le, sims.length, alternative, folded);
}
