import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gridContiguity } from './grid-contiguity.ts';
import { moranI } from './moran.ts';
import { readColumn, readGal } from '../../../test/fixtures/analysis/load.ts';
import { alignWeights, parseGal } from './weights-io.ts';
import { transformWeights, weightsFromLists } from './weights.ts';
import { readFileSync } from 'node:fs';
import { fixturePath } from '../../../test/fixtures/analysis/load.ts';

const close = (actual: number, expected: number, rel = 1e-7) =>
  assert.ok(Math.abs(actual - expected) <= rel * Math.abs(expected), `${actual} ≠ ${expected}`);

test('hand computed: path of 4, y = 1..4, binary → I = 1/3, E[I] = −1/3, V_N = 4/27', () => {
  const w = weightsFromLists([{ neighbors: [1] }, { neighbors: [0, 2] }, { neighbors: [1, 3] }, { neighbors: [2] }]);
  const m = moranI([1, 2, 3, 4], w);
  close(m.i, 1 / 3, 1e-12);
  close(m.ei, -1 / 3, 1e-12);
  close(m.vNorm, 4 / 27, 1e-12);
});

test('PySAL esda test_moran.py: stl_hom HR8893, stl.gal, transform r → I = 0.24365582621771659', () => {
  const y = readColumn('stl_hom.csv', 'HR8893');
  const m = moranI(y, transformWeights(readGal('stl.gal', y.length), 'r'));
  close(m.i, 0.24365582621771659);
  close(m.ei, -0.012987012987012988, 1e-12);
  // esda: one-tailed p_norm = 0.00013573931385468807 (test_moran); two-tailed 0.000271 (Moran docstring)
  close(m.pNorm, 2 * 0.00013573931385468807, 1e-6);
});

test('PySAL esda test_moran.py: sids2 SIDR74 with FIPSNO ids → I = 0.24772519320480135', () => {
  const y = readColumn('sids2.csv', 'SIDR74');
  const ids = readColumn('sids2.csv', 'FIPSNO').map(String);
  const w = alignWeights(parseGal(readFileSync(fixturePath('sids2.gal'), 'utf8')), y.length, ids);
  const m = moranI(y, transformWeights(w, 'r'), { permutations: 999, seed: 7 });
  close(m.i, 0.24772519320480135);
  // esda Moran docstring: two-tailed p_norm = 0.00011583307814905095; test_by_col: p_sim = 0.001 (999 perms)
  close(m.pNorm, 0.00011583307814905095, 1e-6);
  assert.ok(m.pSim! <= 0.002, `pSim ${m.pSim}`);
});

test('PySAL esda test_variance: lat2W(3,3) rook, y = 1..9, binary → VI_rand 0.0596875, VI_norm 0.053125', () => {
  const m = moranI([1, 2, 3, 4, 5, 6, 7, 8, 9], gridContiguity(3, 3, 'rook'));
  close(m.vRand, 0.059687500000000004, 1e-10);
  close(m.vNorm, 0.053125000000000006, 1e-10);
});

test('permutation p is reproducible for a seed and varies with it', () => {
  const y = readColumn('desmith.csv', 'z');
  const w = transformWeights(readGal('desmith.gal', y.length), 'r');
  const a = moranI(y, w, { permutations: 99, seed: 1 });
  const b = moranI(y, w, { permutations: 99, seed: 1 });
  assert.equal(a.pSim, b.pSim);
  assert.equal(a.eiSim, b.eiSim);
  assert.notEqual(a.eiSim, moranI(y, w, { permutations: 99, seed: 2 }).eiSim);
});
