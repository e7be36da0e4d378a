/**
 * Why an FDR hotspot map may find nothing, told in the reply. With R permutations the smallest
 * pseudo p-value is the floor 1/(R + 1). Benjamini–Hochberg at level α over m units flags the k
 * smallest p only if p_(k) ≤ k·α/m, so with every p ≥ the floor it flags nothing unless at least
 * ⌈m·floor/α⌉ units reach (about) the floor — every set it flags is at least that large: 197 of 9,834 grid cells at α = 0.05 and R = 999. One unit at
 * the floor suffices only when R + 1 ≥ m/α. The normal-approximation p (permutations = 0) has no
 * floor. The check says which of the two helps: more permutations (when they fit the time budget
 * for this many units) or the analytic p.
 */
export interface FdrCheck {
  fdr: number;
  units: number;
  permutations: number;
  /** Smallest p the method can give: 1/(R + 1) with permutations, 0 for the normal approximation. */
  pFloor: number;
  /** The fewest units that must all reach the floor before BH can flag any (null without permutations). */
  minUnitsAtFloor: number | null;
  unitsAtFloor: number | null;
  significant: number;
  /** True when R + 1 < m/α: BH can then flag only sets of at least `minUnitsAtFloor` units (each flagged k has p_(k) ≤ k·α/m, and p ≥ the floor). */
  limitedByPermutations: boolean;
  /** Permutations with which one unit at the floor could be flagged: ⌈m/α⌉ − 1. */
  permutationsForOneUnit: number;
  /** The most permutations the time budget allows for this many units. */
  maxPermutations: number;
  advice: 'none' | 'more-permutations' | 'analytic-p';
  /** Dutch explanation for the analyst (null when nothing needs explaining). */
  explanation: string | null;
}

const nl = (v: number, digits = 0) => v.toLocaleString('nl-NL', { maximumFractionDigits: digits });

export function fdrCheck(
  p: ArrayLike<number>,
  o: { fdr: number; permutations: number; significant: number; maxPermutations: number },
): FdrCheck {
  let m = 0;
  for (let k = 0; k < p.length; k++) if (!Number.isNaN(p[k]!)) m++;
  const r = o.permutations;
  const pFloor = r > 0 ? 1 / (r + 1) : 0;
  const permutationsForOneUnit = Math.max(0, Math.ceil(m / o.fdr) - 1);
  const base = {
    fdr: o.fdr,
    units: m,
    permutations: r,
    pFloor,
    significant: o.significant,
    permutationsForOneUnit,
    maxPermutations: o.maxPermutations,
  };
  if (r === 0 || m === 0)
    return { ...base, minUnitsAtFloor: null, unitsAtFloor: null, limitedByPermutations: false, advice: 'none', explanation: null };
  const minUnitsAtFloor = Math.ceil((m * pFloor) / o.fdr - 1e-9);
  let unitsAtFloor = 0;
  for (let k = 0; k < p.length; k++) if (p[k]! <= pFloor * (1 + 1e-9)) unitsAtFloor++;
  const limitedByPermutations = minUnitsAtFloor > 1;
  if (!limitedByPermutations) return { ...base, minUnitsAtFloor, unitsAtFloor, limitedByPermutations, advice: 'none', explanation: null };
  const advice = permutationsForOneUnit <= o.maxPermutations ? 'more-permutations' : 'analytic-p';
  const what = `Met ${nl(r)} permutaties is de kleinste pSim 1/${nl(r + 1)} (${nl(pFloor, 6)}). Benjamini–Hochberg bij FDR ${nl(o.fdr, 4)} over ${nl(m)} eenheden kan dan alleen groepen van minstens ${nl(minUnitsAtFloor)} eenheden aanwijzen die (vrijwel) die ondergrens halen; hier halen ${nl(unitsAtFloor)} eenheden de ondergrens`;
  const result =
    o.significant === 0
      ? ', dus is geen enkele eenheid significant.'
      : `, dus vindt de correctie er minder (${nl(o.significant)}) dan de gegevens toelaten.`;
  const fix =
    advice === 'more-permutations'
      ? ` Wat werkt: ${nl(permutationsForOneUnit)} permutaties (past binnen de rekentijd voor ${nl(m)} eenheden), of de normale benadering (permutaties: geen), die geen ondergrens heeft.`
      : ` Meer permutaties passen niet binnen de rekentijd (hooguit ${nl(o.maxPermutations)} voor ${nl(m)} eenheden; nodig zouden zijn ${nl(permutationsForOneUnit)}). Wat werkt: de normale benadering (permutaties: geen), die geen ondergrens heeft, of minder eenheden (grotere cellen of buurten).`;
  return { ...base, minUnitsAtFloor, unitsAtFloor, limitedByPermutations, advice, explanation: what + result + fix };
}
