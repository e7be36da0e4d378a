/**
 * Permutation p-values against exact enumeration on small, heavily tied data. Every conditional
 * draw (all ordered choices of the other units for a unit's neighbour slots) or every permutation
 * is enumerated here by hand-written code, and the tail probabilities are counted in integer
 * arithmetic (integer values, integer weights), so "as extreme" has no rounding at all.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { conditionalPermutationWithTable } from './conditional-permutation.ts';
import { localG } from './local-g.ts';
import { localMoran } from './local-moran.ts';
import { moranI } from './moran.ts';
import { pseudoP, pseudoPFromSims, type Alternative } from './permutation-p.ts';
import { weightsFromLists, type NeighbourList, type SpatialWeights } from './weights.ts';

/** Seven units, four tied zeros (below the mean 9/7), two 2s and a 5. */
const Y = [0, 0, 0, 0, 2, 2, 5];
const LISTS: number[][] = [
  [1, 6],
  [0, 2, 4],
  [1, 3],
  [2, 4, 5],
  [1, 3, 5],
  [3, 4, 6],
  [0, 5],
];
const binary = weightsFromLists(LISTS.map((neighbors) => ({ neighbors })));
/** The same graph with unequal integer weights 1, 2, 3 (the engine's general-weights path). */
const general = weightsFromLists(LISTS.map((neighbors): NeighbourList => ({ neighbors, weights: neighbors.map((_, m) => m + 1) })));

/** All ordered k-tuples of distinct elements of `pool`. */
function orderedDraws(pool: readonly number[], k: number): number[][] {
  if (k === 0) return [[]];
  return pool.flatMap((v, j) => orderedDraws([...pool.slice(0, j), ...pool.slice(j + 1)], k - 1).map((rest) => [v, ...rest]));
}

/** The draw table of every ordered k-tuple of {0..n−2}: exact conditional randomisation as a table. */
function exhaustiveTable(n: number, k: number): Int32Array {
  return Int32Array.from(
    orderedDraws(
      Array.from({ length: n - 1 }, (_, j) => j),
      k,
    ).flat(),
  );
}

interface ExactTails {
  ge: number;
  le: number;
  folded: number;
  draws: number;
}

/**
 * Exact tail counts of unit i over every ordered draw of the other units into its slots. The
 * statistic is increasing in S = Σ_m w_im·y_π(m) when `direction` > 0 and decreasing when < 0
 * (local Moran: the sign of z_i = y_i − ȳ), so comparisons are between integers.
 */
function exactTails(w: SpatialWeights, y: readonly number[], i: number, direction: number): ExactTails {
  const start = w.offsets[i]!;
  const card = w.offsets[i + 1]! - start;
  const weightOf = (m: number) => w.weights[start + m]!;
  const sum = (units: readonly number[]) => units.reduce((s, u, m) => s + weightOf(m) * y[u]!, 0);
  const observed = direction * sum(Array.from({ length: card }, (_, m) => w.neighbors[start + m]!));
  const others = y.map((_, u) => u).filter((u) => u !== i);
  const stats = orderedDraws(others, card).map((d) => direction * sum(d));
  const total = stats.reduce((s, v) => s + v, 0);
  const count = stats.length;
  // folded about the mean: |S − S̄| ≥ |S_obs − S̄|  ⇔  |count·S − ΣS| ≥ |count·S_obs − ΣS|
  return {
    ge: stats.filter((s) => s >= observed).length,
    le: stats.filter((s) => s <= observed).length,
    folded: stats.filter((s) => Math.abs(count * s - total) >= Math.abs(count * observed - total)).length,
    draws: count,
  };
}

/** Local Moran's affine form (local-moran.ts): I_i = b_i·lag_i with b_i = (n − 1) z_i / Σz². */
function moranInput(w: SpatialWeights) {
  const n = Y.length;
  const mean = Y.reduce((s, v) => s + v, 0) / n;
  const z = Float64Array.from(Y, (v) => v - mean);
  const sumSq = z.reduce((s, v) => s + v * v, 0);
  const b = z.map((zi) => ((n - 1) * zi) / sumSq);
  const observed = new Float64Array(n);
  for (let i = 0; i < n; i++)
    for (let k = w.offsets[i]!; k < w.offsets[i + 1]!; k++) observed[i]! += b[i]! * w.weights[k]! * z[w.neighbors[k]!]!;
  return { w, values: z, observed, a: new Float64Array(n), b, permutations: 0, seed: 0 };
}

const direction = (i: number) => Math.sign(Y.length * Y[i]! - Y.reduce((s, v) => s + v, 0));

describe('conditional permutation equals exact enumeration on tied data (local Moran, every alternative)', () => {
  const n = Y.length;
  const k = 3;
  const table = exhaustiveTable(n, k);
  const r = table.length / k; // 6·5·4 = 120 rows; a unit with 2 slots sees each ordered pair 4 times
  for (const [label, w] of [
    ['binary weights', binary],
    ['unequal weights', general],
  ] as const) {
    for (const alternative of ['directed', 'greater', 'lesser', 'two-sided', 'folded'] as Alternative[]) {
      it(`${label}, ${alternative}: pSim = (M + 1)/(R + 1) with M counted exactly, for below- and above-mean units`, () => {
        const got = conditionalPermutationWithTable({ ...moranInput(w), alternative }, table, k).pSim;
        for (let i = 0; i < n; i++) {
          const e = exactTails(w, Y, i, direction(i));
          const times = r / e.draws;
          const expected = pseudoP(e.ge * times, e.le * times, r, alternative, e.folded * times);
          assert.equal(got[i], expected, `unit ${i} (y = ${Y[i]}): ${got[i]} ≠ ${expected}`);
        }
      });
    }
  }

  it('the below-mean unit whose neighbours are all zeros: exact P(I ≥ I_obs) = 6/30, not the floor', () => {
    // unit 2 (y = 0) has neighbours 1 and 3, both 0: the lowest lag, so the highest I_2 (z_2 < 0).
    // The draws that tie it are the ordered pairs of the other zeros {0, 1, 3}: 3·2 of 6·5.
    const got = conditionalPermutationWithTable({ ...moranInput(binary), alternative: 'greater' }, table, k).pSim;
    assert.equal(got[2], (0.2 * r + 1) / (r + 1));
    assert.ok(got[2]! > 0.05, 'not significant');
  });
});

/** Binomial-error bound for a Monte Carlo p-value against its exact limit (5 standard errors + 1/R). */
function assertNear(actual: number, exact: number, r: number, what: string): void {
  const bound = 5 * Math.sqrt((exact * (1 - exact)) / r) + 2 / r;
  assert.ok(Math.abs(actual - exact) <= bound, `${what}: ${actual} vs exact ${exact} (bound ${bound.toFixed(4)})`);
}

describe('random conditional draws converge to the exact p (public functions, R = 20,000)', () => {
  const R = 20_000;
  it('local Moran pSim, directed: every unit within the Monte Carlo error of min(P(≥), P(≤))', () => {
    const got = localMoran(Y, binary, { permutations: R, seed: 7 }).pSim!;
    Y.forEach((_, i) => {
      const e = exactTails(binary, Y, i, direction(i));
      assertNear(got[i]!, Math.min(e.ge, e.le) / e.draws, R, `unit ${i}`);
    });
  });

  it('Gi and Gi* pSim (binary), greater: within the Monte Carlo error of exact P(G ≥ G_obs)', () => {
    for (const star of [false, true]) {
      const got = localG(Y, binary, { star, transform: 'b', permutations: R, seed: 11, alternative: 'greater' }).pSim!;
      Y.forEach((_, i) => {
        if (Y.reduce((s, v) => s + v, 0) - (star ? 0 : Y[i]!) === 0) return;
        const e = exactTails(binary, Y, i, 1); // G increases with the neighbours' sum (y_i's own term is fixed)
        assertNear(got[i]!, e.ge / e.draws, R, `${star ? 'Gi*' : 'Gi'} unit ${i}`);
      });
    }
  });
});

describe('global Moran permutation test against all 7! permutations (ring, many exact ties)', () => {
  // On a ring every unit has two neighbours, so Σ_i y_i W_i is the same in every arrangement and
  // I orders the arrangements as Q = Σ_i y_i (y_{i−1} + y_{i+1}) does: an integer.
  const n = 7;
  const ring = weightsFromLists(Array.from({ length: n }, (_, i) => ({ neighbors: [(i + n - 1) % n, (i + 1) % n] })));
  const q = (v: readonly number[]) => v.reduce((s, yi, i) => s + yi * (v[(i + n - 1) % n]! + v[(i + 1) % n]!), 0);
  const all = orderedDraws(
    Y.map((_, i) => i),
    n,
  ).map((p) => q(p.map((u) => Y[u]!)));
  const observed = q(Y);
  const exactGe = all.filter((v) => v >= observed).length / all.length;
  const exactLe = all.filter((v) => v <= observed).length / all.length;

  it('the data tie with a large share of the arrangements (so a lost tie would show)', () => {
    assert.ok(all.filter((v) => v === observed).length / all.length > 0.1);
  });

  for (const alternative of ['greater', 'lesser'] as const) {
    it(`pSim '${alternative}' within the Monte Carlo error of the exact share`, () => {
      const R = 20_000;
      const got = moranI(Y, ring, { permutations: R, seed: 5, alternative }).pSim!;
      assertNear(got, alternative === 'greater' ? exactGe : exactLe, R, `Moran ${alternative}`);
    });
  }
});

describe('pseudoPFromSims: ties within rounding count on both sides', () => {
  it('a simulation equal to the observed value up to the last bit is a tie', () => {
    const obs = 0.1 + 0.2; // 0.30000000000000004
    const sims = [0.3, 0.3, 0.3, 0.1];
    assert.equal(pseudoPFromSims(obs, sims, 'greater'), 4 / 5);
    assert.equal(pseudoPFromSims(obs, sims, 'lesser'), 5 / 5);
    assert.equal(pseudoPFromSims(obs, sims, 'directed'), 4 / 5);
  });
  it('folded: |sim − mean| ≥ |obs − mean| (esda folded), hand computed', () => {
    // sims 1, 2, 3, 4 (mean 2.5); obs 1 → |−1.5|; sims at distance ≥ 1.5: 1 and 4 → (2 + 1)/5
    assert.equal(pseudoPFromSims(1, [1, 2, 3, 4], 'folded'), 3 / 5);
  });
});
