/**
 * What the Analyse page says when the permutations' p floor limits the FDR correction (the
 * reply's `fdrCheck`, workbench fdr-check.ts), and which option change it offers: a permutation
 * count from the page's choices that lets one unit at the floor pass and fits the time budget,
 * and always the normal approximation (no floor). Pure, unit-tested.
 */
import { formatNumber } from './format.ts';
import type { FdrCheck } from './types.ts';

/** The permutation counts the hotspot options offer. */
export const PERMUTATION_CHOICES = ['0', '99', '499', '999', '2999', '9999', '99999'] as const;

export interface FdrAdvice {
  /** Parameters of the texts analysis.hotspots.fdrLimit / fdrLimitNone. */
  params: { permutations: string; floor: string; units: string; needed: string; atFloor: string };
  noneSignificant: boolean;
  /** A permutation choice that would let one unit at the floor pass within the time budget, else null. */
  permutations: string | null;
}

export function fdrAdvice(check: FdrCheck | null | undefined, lang: string): FdrAdvice | null {
  if (!check?.limitedByPermutations) return null;
  const fits = PERMUTATION_CHOICES.find((v) => Number(v) >= check.permutationsForOneUnit && Number(v) <= check.maxPermutations);
  const n = (v: number | null, digits = 0) => formatNumber(v, lang, digits) ?? '–';
  return {
    params: {
      permutations: n(check.permutations),
      floor: n(check.pFloor, 6),
      units: n(check.units),
      needed: n(check.minUnitsAtFloor),
      atFloor: n(check.unitsAtFloor),
    },
    noneSignificant: check.significant === 0,
    permutations: fits ?? null,
  };
}
