import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conditionalPermutation } from './conditional-permutation.ts';
import { localG, localGWeights } from './local-g.ts';
import { normalSf } from './normal.ts';
import { weightsFromLists, type SpatialWeights } from './weights.ts';

/** PySAL esda test_getisord.py fixture: six points, libpysal DistanceBand(threshold=15), binary. */
const POINTS: [number, number][] = [
  [10, 10],
  [20, 10],
  [40, 10],
  [15, 20],
  [30, 20],
  [30, 30],
];
const Y = [2, 3, 3.2, 5, 8, 7];
function distanceBand(points: [number, number][], threshold: number): SpatialWeights {
  return weightsFromLists(
    points.map(([x, y], i) => ({
      neighbors: points.flatMap(([u, v], j) => (j !== i && Math.hypot(x - u, y - v) <= threshold ? [j] : [])),
    })),
  );
}
const W = distanceBand(POINTS, 15);
const closeAll = (actual: ArrayLike<number>, expected: number[], tol = 1e-7) => {
  expected.forEach((e, k) => {
    assert.ok(Math.abs(actual[k]! - e) < tol, `[${k}] ${actual[k]} ≠ ${e}`);
  });
};

test('esda G_Local docstring, binary Gi: Zs = [-1.0136729, -0.04361589, 1.31558703, -0.31412676, 1.15373986, 1.77833941]', () => {
  const r = localG(Y, W, { transform: 'b' });
  closeAll(r.z, [-1.0136729, -0.04361589, 1.31558703, -0.31412676, 1.15373986, 1.77833941]);
  // hand: unit 0 has neighbours 1 and 3 → G = (3 + 5)/(28.2 − 2); esda p_norm is one-sided
  assert.ok(Math.abs(r.g[0]! - 8 / 26.2) < 1e-15);
  assert.equal(r.p[0], 2 * normalSf(Math.abs(r.z[0]!)));
});

test('esda G_Local docstring, binary Gi*: Zs = [-1.39727626, -0.28917762, 0.65064964, -0.28917762, 1.23452088, 2.02424331]', () => {
  closeAll(localG(Y, W, { transform: 'b', star: true }).z, [-1.39727626, -0.28917762, 0.65064964, -0.28917762, 1.23452088, 2.02424331]);
});

test('esda G_Local docstring, row-standardised Gi and Gi* with esda moments', () => {
  closeAll(
    localG(Y, W, { transform: 'r', moments: 'esda' }).z,
    [-0.62074534, -0.01780611, 1.31558703, -0.12824171, 0.28843496, 1.77833941],
  );
  // esda test_star_row_standardized_values / docstring: Zs[0] = -0.62488094 (self-weight 1/(k+1))
  closeAll(
    localG(Y, W, { transform: 'r', star: true, moments: 'esda' }).z,
    [-0.62488094, -0.09144599, 0.41150696, -0.09144599, 0.24690418, 1.28024388],
  );
  assert.deepEqual(
    [...localGWeights(W, true, 'r').self].map((v) => +v.toFixed(6)),
    [0.333333, 0.25, 0.5, 0.25, 0.2, 0.5],
  );
});

test('Ord–Getis general moments: row-standardised z equals binary z when every row is uniform', () => {
  closeAll(localG(Y, W, { transform: 'r' }).z, [...localG(Y, W, { transform: 'b' }).z], 1e-12);
  closeAll(localG(Y, W, { transform: 'r', star: true }).z, [...localG(Y, W, { transform: 'b', star: true }).z], 1e-12);
});

/** All ordered draws of k of the values without replacement. */
function* draws(values: number[], k: number): Generator<number[]> {
  if (k === 0) return yield [];
  for (let j = 0; j < values.length; j++) {
    for (const rest of draws([...values.slice(0, j), ...values.slice(j + 1)], k - 1)) yield [values[j]!, ...rest];
  }
}

test('Ord–Getis z uses the exact permutation mean and variance for general weights (enumeration)', () => {
  const y = [4, 1, 7, 2, 9, 3];
  const wts = [0.5, 2, 1];
  const w = weightsFromLists([
    { neighbors: [1, 2, 3], weights: wts },
    { neighbors: [0] },
    { neighbors: [0] },
    { neighbors: [0] },
    { neighbors: [5] },
    { neighbors: [4] },
  ]);
  const lags = [...draws(y.slice(1), 3)].map((d) => d.reduce((s, v, m) => s + v * wts[m]!, 0));
  const mean = lags.reduce((s, v) => s + v, 0) / lags.length;
  const sd = Math.sqrt(lags.reduce((s, v) => s + (v - mean) ** 2, 0) / lags.length);
  const observed = 1 * 0.5 + 7 * 2 + 2 * 1;
  // transform 'r' divides row 0 by W_0 = 3.5; z is scale-free so it must equal the raw-weights z
  const z = localG(y, w, { transform: 'r' });
  assert.ok(Math.abs(z.z[0]! - (observed - mean) / sd) < 1e-12, `${z.z[0]} vs ${(observed - mean) / sd}`);
});

test('conditional permutation: reproducible, simulated mean → exact mean, hot spot has small pSim', () => {
  const a = localG(Y, W, { transform: 'b', star: true, permutations: 999, seed: 42 });
  const b = localG(Y, W, { transform: 'b', star: true, permutations: 999, seed: 42 });
  assert.deepEqual([...a.pSim!], [...b.pSim!]);
  assert.ok(a.pSim!.every((p) => p > 0 && p <= 1));
  // 10 × 10 grid with a 3 × 3 block of high values: the centre of the block is a significant hot spot
  const n = 10;
  const y = Array.from({ length: n * n }, (_, c) => (Math.abs((c % n) - 4) <= 1 && Math.abs(Math.floor(c / n) - 4) <= 1 ? 10 : 1));
  const grid = weightsFromLists(
    y.map((_, c) => ({
      neighbors: [-n - 1, -n, -n + 1, -1, 1, n - 1, n, n + 1]
        .map((d) => c + d)
        .filter((j) => j >= 0 && j < n * n && Math.abs((j % n) - (c % n)) <= 1),
    })),
  );
  const r = localG(y, grid, { star: true, permutations: 999, seed: 1 });
  assert.equal(r.pSim![44], 1 / 1000);
  assert.ok(r.z[44]! > 5);
});

test('conditional permutation draws: simulated lag mean and sd match the exact ones (unit 0: 2·5.24, √5.9856)', () => {
  const values = Float64Array.from(Y);
  const n = Y.length;
  const r = conditionalPermutation({
    w: W,
    values,
    observed: new Float64Array(n).fill(8),
    a: new Float64Array(n),
    b: new Float64Array(n).fill(1),
    permutations: 20_000,
    seed: 9,
  });
  assert.ok(Math.abs(r.simMean[0]! / 10.48 - 1) < 0.01, String(r.simMean[0]));
  // exact variance of the sum of 2 draws without replacement from the 5 others: W(N−W)/(N−1)·s² = 2·3/4·3.9904
  assert.ok(Math.abs(r.simSd[0]! / Math.sqrt(5.9856) - 1) < 0.02, String(r.simSd[0]));
});
