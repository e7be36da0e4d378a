import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gridContiguity } from './grid-contiguity.ts';
import { readGal } from '../../../test/fixtures/analysis/load.ts';
import { alignWeights, parseGal, parseGwt, WeightsFileError } from './weights-io.ts';
import { findAsymmetry, isSymmetric, rowSums, spatialLag, transformWeights, weightsFromLists, weightSums } from './weights.ts';

test('GAL with ordinal ids: stl.gal (PySAL libpysal examples, 78 St Louis counties, queen)', () => {
  const w = readGal('stl.gal', 78);
  assert.equal(w.n, 78);
  // first record of stl.gal: "1 3" / "7 3 6" → row 0 neighbours rows 6, 2, 5
  assert.deepEqual([...w.neighbors.subarray(w.offsets[0], w.offsets[1])], [6, 2, 5]);
  assert.ok(isSymmetric(w));
});

test('GAL with an id column and PySAL header "0 n shp idvar"', () => {
  const gal = '0 3 demo CODE\nA 1\nB\nB 2\nA C\nC 1\nB\n';
  const parsed = parseGal(gal);
  assert.equal(parsed.idVariable, 'CODE');
  const w = alignWeights(parsed, 3, ['C', 'B', 'A']);
  assert.deepEqual([...w.neighbors.subarray(w.offsets[1], w.offsets[2])], [2, 0]);
  assert.throws(() => alignWeights(parsed, 2, ['A', 'B']), /"C" in the weights is not in the data/);
  assert.throws(() => alignWeights(parsed, 3), WeightsFileError);
});

test('GWT reader keeps weights and finds asymmetry', () => {
  const gwt = '0 3 pts ID\n1 2 0.5\n2 1 0.5\n2 3 2\n3 2 1\n';
  const w = alignWeights(parseGwt(gwt), 3);
  assert.deepEqual([...w.weights], [0.5, 0.5, 2, 1]);
  assert.deepEqual(findAsymmetry(w), { i: 1, j: 2 });
  assert.throws(() => parseGwt('0 2 x ID\n1 2\n'), /line 2: expected "id neighbourId weight"/);
});

test('GAL errors name the line', () => {
  assert.throws(() => parseGal('2\n1 x\n'), /line 2: expected "id count"/);
  assert.throws(() => parseGal('2\n1 1\n3\n2 1\n1\n'), /neighbour "3" that is not listed/);
});

test('lattice contiguity matches lat2W: 3×3 rook has 24 links, queen 40; centre cell has 4 / 8', () => {
  const rook = gridContiguity(3, 3, 'rook');
  const queen = gridContiguity(3, 3, 'queen');
  assert.equal(rook.neighbors.length, 24);
  assert.equal(queen.neighbors.length, 40);
  assert.deepEqual([...rook.neighbors.subarray(rook.offsets[4], rook.offsets[5])], [1, 3, 5, 7]);
  assert.equal(queen.offsets[5]! - queen.offsets[4]!, 8);
});

test('row standardisation, binary transform, lag and Cliff–Ord S0, S1, S2 (hand computed)', () => {
  // path 0–1–2–3, binary: S0 = 6, S1 = ½·Σ(2·1)² over 6 ordered links = 12, S2 = Σ(2·d_i)² = 4(1+4+4+1) = 40
  const path4 = weightsFromLists([{ neighbors: [1] }, { neighbors: [0, 2] }, { neighbors: [1, 3] }, { neighbors: [2] }]);
  assert.deepEqual(weightSums(path4), { s0: 6, s1: 12, s2: 40 });
  const r = transformWeights(path4, 'r');
  assert.deepEqual([...rowSums(r)], [1, 1, 1, 1]);
  assert.deepEqual([...spatialLag(r, [1, 2, 3, 4])], [2, 2, 3, 3]);
  assert.deepEqual([...transformWeights(r, 'b').weights], [1, 1, 1, 1, 1, 1]);
  // row-standardised path: S0 = 4, asymmetric (w_01 = 1, w_10 = ½)
  assert.equal(isSymmetric(r), false);
  const { s0, s1 } = weightSums(r);
  assert.equal(s0, 4);
  // S1 = ½ Σ (w_ij + w_ji)²: pairs (0,1),(2,3): (1+½)² each, pair (1,2): (½+½)²; ×2 ordered, ×½
  assert.equal(s1, 2 * 2.25 + 1);
});
