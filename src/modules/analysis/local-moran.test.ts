import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readColumn, readGal } from '../../../test/fixtures/analysis/load.ts';
import { localMoran, localMoranMoments } from './local-moran.ts';
import { moranI } from './moran.ts';
import { transformWeights, weightsFromLists } from './weights.ts';

test('esda Moran_Local docstring: desmith quadrants q = [4,4,4,2,3,3,1,4,3,3] (1 HH, 2 LH, 3 LL, 4 HL)', () => {
  const y = readColumn('desmith.csv', 'z');
  const r = localMoran(y, transformWeights(readGal('desmith.gal', y.length), 'r'));
  assert.deepEqual(r.quadrant, ['HL', 'HL', 'HL', 'LH', 'LL', 'LL', 'HH', 'HL', 'LL', 'LL']);
});

test('local Moran sums to the global one: Σ I_i = (n − 1)·I for row-standardised weights (stl)', () => {
  const y = readColumn('stl_hom.csv', 'HR8893');
  const w = transformWeights(readGal('stl.gal', y.length), 'r');
  const sum = localMoran(y, w).i.reduce((s, v) => s + v, 0);
  assert.ok(Math.abs(sum - 77 * 0.24365582621771659) < 1e-9);
});

test('hand computed: path of 3, y = 1, 2, 3, binary → I_0 = (n−1) z0·z1/Σz² = 0', () => {
  const w = weightsFromLists([{ neighbors: [1] }, { neighbors: [0, 2] }, { neighbors: [1] }]);
  const r = localMoran([1, 2, 6], w);
  // z = (−2, −1, 3), Σz² = 14: I_0 = 2·(−2)(−1)/14 = 2/7, I_1 = 2·(−1)(−2 + 3)/14 = −1/7, I_2 = 2·3·(−1)/14 = −3/7
  assert.deepEqual(
    [...r.i].map((v) => +v.toFixed(12)),
    [+(2 / 7).toFixed(12), +(-1 / 7).toFixed(12), +(-3 / 7).toFixed(12)],
  );
  assert.deepEqual(r.quadrant, ['LL', 'LH', 'HL']);
});

function* permutations(a: number[]): Generator<number[]> {
  if (a.length <= 1) return yield a;
  for (let j = 0; j < a.length; j++) for (const p of permutations([...a.slice(0, j), ...a.slice(j + 1)])) yield [a[j]!, ...p];
}

test('Sokal et al. (1998) total-randomisation moments equal the exact moments over all 6! permutations', () => {
  const y = [3, 8, 1, 4, 10, 2];
  const n = y.length;
  const mean = y.reduce((s, v) => s + v, 0) / n;
  const z = y.map((v) => v - mean);
  const m2 = z.reduce((s, v) => s + v * v, 0) / n;
  const b2 = z.reduce((s, v) => s + v ** 4, 0) / n / (m2 * m2);
  const wts = [0.2, 0.5, 0.3]; // unit 0's (general) weights to units 1, 2, 3
  const values = [...permutations(z)].map((p) => (p[0]! * (wts[0]! * p[1]! + wts[1]! * p[2]! + wts[2]! * p[3]!)) / m2);
  const e = values.reduce((s, v) => s + v, 0) / values.length;
  const v = values.reduce((s, x) => s + (x - e) ** 2, 0) / values.length;
  const mom = localMoranMoments(1, 0.04 + 0.25 + 0.09, n, b2);
  assert.ok(Math.abs(mom.e - e) < 1e-12, `${mom.e} vs ${e}`);
  assert.ok(Math.abs(mom.v - v) < 1e-12, `${mom.v} vs ${v}`);
});

test('permutation pSim is reproducible for a seed and within [1/(R+1), 1]', () => {
  const y = readColumn('desmith.csv', 'z');
  const w = transformWeights(readGal('desmith.gal', y.length), 'r');
  const a = localMoran(y, w, { permutations: 999, seed: 12345 });
  assert.deepEqual([...a.pSim!], [...localMoran(y, w, { permutations: 999, seed: 12345 }).pSim!]);
  assert.ok(a.pSim!.every((p) => p >= 0.001 && p <= 1));
  assert.ok(moranI(y, w).i > 0);
});
