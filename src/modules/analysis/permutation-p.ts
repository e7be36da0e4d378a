/**
 * Pseudo p-values from a reference distribution of R simulated statistics.
 *
 * - 'directed' (Anselin 1995; PySAL esda's default): M = min(#{sim ≥ obs}, #{sim ≤ obs}),
 *   p = (M + 1)/(R + 1). The tail is chosen by the data, so p is one-sided in the observed direction.
 *   (esda counts the lower tail as R − #{sim ≥ obs}; the two differ only for ties, where esda gives
 *   1/(R + 1) to a statistic equal to every simulation and this gives 1.)
 * - 'greater': p = (#{sim ≥ obs} + 1)/(R + 1);  'lesser': p = (#{sim ≤ obs} + 1)/(R + 1).
 * - 'two-sided': min(1, 2 · min(greater, lesser)).
 * Hope & Besag: the +1 counts the observed value as one of the R + 1 equally likely arrangements.
 */
export type Alternative = 'directed' | 'greater' | 'lesser' | 'two-sided';

export function pseudoP(greaterEq: number, lessEq: number, r: number, alternative: Alternative): number {
  switch (alternative) {
    case 'greater':
      return (greaterEq + 1) / (r + 1);
    case 'lesser':
      return (lessEq + 1) / (r + 1);
    case 'two-sided':
      return Math.min(1, (2 * (Math.min(greaterEq, lessEq) + 1)) / (r + 1));
    case 'directed':
      return (Math.min(greaterEq, lessEq) + 1) / (r + 1);
  }
}

/** Counts the simulated values against the observed one and returns the pseudo p-value. */
export function pseudoPFromSims(observed: number, sims: ArrayLike<number>, alternative: Alternative): number {
  let ge = 0;
  let le = 0;
  for (let k = 0; k < sims.length; k++) {
    if (sims[k]! >= observed) ge++;
    if (sims[k]! <= observed) le++;
  }
  return pseudoP(ge, le, sims.length, alternative);
}
