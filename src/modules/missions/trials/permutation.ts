/**
 * Randomisation inference: the p-value of a test statistic over the allocations the design could
 * have produced. Exact when there are at most EXACT_LIMIT allocations (every one enumerated), else
 * Monte Carlo: MONTE_CARLO_DRAWS re-randomisations drawn with the trial's recorded seed, p = (1 + as
 * extreme) / (1 + draws). Two-sided: "as extreme" is |statistic| ≥ |observed| (within 1e-9).
 */
import { shuffled, splitMix64 } from './prng.ts';

export const EXACT_LIMIT = 50_000;
export const MONTE_CARLO_DRAWS = 10_000;

export interface PermutationResult {
  pValue: number;
  method: 'exact' | 'monte-carlo';
  allocations: number;
}

/** Number of ways to deal n units into groups of these sizes (multinomial coefficient). */
export function allocationCount(sizes: readonly number[]): number {
  let n = 0;
  let count = 1;
  for (const size of sizes)
    for (let i = 1; i <= size; i++) {
      n++;
      count = (count * n) / i;
    }
  return Math.round(count);
}

/** Every labelling of n units with group numbers 0…k−1 of the given sizes. */
function* labellings(sizes: readonly number[], n: number): Generator<number[]> {
  const left = [...sizes];
  const out = new Array<number>(n);
  function* place(i: number): Generator<number[]> {
    if (i === n) return yield [...out];
    for (let g = 0; g < left.length; g++) {
      if (left[g] === 0) continue;
      left[g]!--;
      out[i] = g;
      yield* place(i + 1);
      left[g]!++;
    }
  }
  yield* place(0);
}

/** A random labelling: a seeded shuffle of the labels 0…0,1…1,… of the given sizes. */
function labelsFrom(sizes: readonly number[]): number[] {
  return sizes.flatMap((s, g) => Array.from({ length: s }, () => g));
}

/**
 * p-value of `statistic(labels)` for the observed labelling over all labellings with the same group
 * sizes (units in a fixed order; group g has sizes[g] units).
 */
export function permutationTest(
  observed: readonly number[],
  sizes: readonly number[],
  statistic: (labels: readonly number[]) => number,
  seed: bigint,
): PermutationResult {
  const reference = Math.abs(statistic(observed));
  const extreme = (labels: readonly number[]) => Math.abs(statistic(labels)) >= reference - 1e-9;
  const total = allocationCount(sizes);
  if (total <= EXACT_LIMIT) {
    let hits = 0;
    for (const labels of labellings(sizes, observed.length)) if (extreme(labels)) hits++;
    return { pValue: hits / total, method: 'exact', allocations: total };
  }
  const rng = splitMix64(seed);
  const base = labelsFrom(sizes);
  let hits = 0;
  for (let d = 0; d < MONTE_CARLO_DRAWS; d++) if (extreme(shuffled(base, rng))) hits++;
  return { pValue: (1 + hits) / (1 + MONTE_CARLO_DRAWS), method: 'monte-carlo', allocations: MONTE_CARLO_DRAWS };
}
