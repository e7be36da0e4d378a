import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { benjaminiHochberg } from '../../analysis/index.ts';
import { fdrCheck } from './fdr-check.ts';

describe('fdrCheck: what the permutation p floor lets Benjamini–Hochberg find', () => {
  it("the issue's case: 9,834 cells, 999 permutations, FDR 0.05 → at least 197 cells at the floor 0.001", () => {
    const p = new Float64Array(9834).fill(0.5);
    p.fill(0.001, 0, 196); // 196 cells at the floor: one short
    const c = fdrCheck(p, { fdr: 0.05, permutations: 999, significant: 0, maxPermutations: 2033 });
    assert.deepEqual([c.units, c.pFloor, c.minUnitsAtFloor, c.unitsAtFloor, c.limitedByPermutations], [9834, 0.001, 197, 196, true]);
    // hand: BH flags k only if p_(k) ≤ k·0.05/9834; at p = 0.001 that needs k ≥ 196.68
    assert.ok(
      Array.from(benjaminiHochberg(p)).every((q) => q > 0.05),
      'BH indeed flags nothing',
    );
    p[196] = 0.001;
    assert.equal(Array.from(benjaminiHochberg(p)).filter((q) => q <= 0.05).length, 197, 'and flags all 197 once they are there');
    assert.equal(c.permutationsForOneUnit, 196_679); // ⌈9834/0.05⌉ − 1
    assert.equal(c.advice, 'analytic-p');
    assert.match(
      c.explanation!,
      /^Met 999 permutaties is de kleinste pSim 1\/1\.000 \(0,001\)\. .* minstens 197 eenheden .* hier halen 196 eenheden de ondergrens, dus is geen enkele eenheid significant\./,
    );
  });

  it('few units: more permutations within the budget are offered; the normal approximation has no floor', () => {
    const p = new Float64Array(150).fill(0.3);
    const c = fdrCheck(p, { fdr: 0.05, permutations: 999, significant: 0, maxPermutations: 99_999 });
    assert.deepEqual(
      [c.minUnitsAtFloor, c.limitedByPermutations, c.permutationsForOneUnit, c.advice],
      [3, true, 2999, 'more-permutations'],
    );
    assert.match(c.explanation!, /Wat werkt: 2\.999 permutaties/);
    const enough = fdrCheck(p, { fdr: 0.05, permutations: 2999, significant: 0, maxPermutations: 99_999 });
    assert.deepEqual([enough.minUnitsAtFloor, enough.limitedByPermutations, enough.explanation], [1, false, null]);
    const analytic = fdrCheck(p, { fdr: 0.05, permutations: 0, significant: 0, maxPermutations: 99_999 });
    assert.deepEqual([analytic.pFloor, analytic.limitedByPermutations, analytic.advice], [0, false, 'none']);
  });

  it('islands (NaN p) are not units', () => {
    const c = fdrCheck(Float64Array.of(NaN, 0.01, 0.5), { fdr: 0.05, permutations: 99, significant: 0, maxPermutations: 999 });
    assert.equal(c.units, 2);
  });
});
