/**
 * Hotspot evaluation of a selection of grid cells against events of a later period.
 *
 * - Hit rate h = n / N: share of the later events inside the selection.
 * - PAI, Predictive Accuracy Index (Chainey, Tompson & Uhlig 2008, Security Journal 21):
 *   PAI = (n / N) / (a / A), with a the selected area and A the study area.
 * - PEI, Predictive Efficiency Index (Hunt 2016, "Do crime hot spots move?", NIJ/RAND):
 *   PEI = PAI / PAI* where PAI* = (n* / N) / (a / A) and n* the most later events any selection of
 *   the same area could hold — for equal cells, the sum of the k highest later counts. PEI = n / n*.
 * - RRI, Recapture Rate Index (Levine 2008, CrimeStat III; Chainey et al. 2008):
 *   RRI = (n2 / n1) / (N2 / N1): hotspot events of the later period over the earlier one, relative to
 *   the change in the whole area (1 = hotspots keep their share; needs the earlier counts).
 */
export interface HotspotEvaluation {
  selectedCells: number;
  hits: number;
  total: number;
  hitRate: number;
  areaShare: number;
  pai: number;
  maxHits: number;
  pei: number;
  rri: number | null;
}

export interface HotspotEvaluationInput {
  /** Indices of the selected (hotspot) cells. */
  selected: ArrayLike<number>;
  /** Later-period event counts per cell. */
  later: ArrayLike<number>;
  /** Earlier-period counts per cell (for RRI). */
  earlier?: ArrayLike<number>;
  /** Study area in cells (default: all cells); cells outside the municipality should be left out. */
  studyCells?: number;
}

export function evaluateHotspots(input: HotspotEvaluationInput): HotspotEvaluation {
  const { later, earlier } = input;
  const k = input.selected.length;
  const unique = new Set(Array.from(input.selected));
  if (unique.size !== k) throw new RangeError('selected cells must be distinct');
  const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);
  const total = sum(later);
  let hits = 0;
  let earlierHits = 0;
  for (const c of unique) {
    if (c < 0 || c >= later.length) throw new RangeError(`cell ${c} out of range`);
    hits += later[c]!;
    if (earlier) earlierHits += earlier[c]!;
  }
  const maxHits = Array.from(later)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((s, v) => s + v, 0);
  const areaShare = k / (input.studyCells ?? later.length);
  const hitRate = hits / total;
  const rri = earlier ? hits / earlierHits / (total / sum(earlier)) : null;
  return { selectedCells: k, hits, total, hitRate, areaShare, pai: hitRate / areaShare, maxHits, pei: hits / maxHits, rri };
}
