import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { combineIndices, differenceTest, quadrantOf, ratePer1000, relativeIndex } from './indices.ts';

describe('safety indices (hand-computed)', () => {
  it('rate per 1,000 and relative index', () => {
    assert.equal(ratePer1000(45, 1500), 30); // 45 / 1500 × 1000
    assert.equal(ratePer1000(5, 0), null);
    assert.equal(relativeIndex(30, 60), 50); // 100 × 30 / 60
    assert.equal(relativeIndex(20.6, 17.9), 115.1); // 100 × 20.6 / 17.9 = 115.08…
    assert.equal(relativeIndex(null, 10), null);
    assert.equal(relativeIndex(5, 0), null);
  });
  it('combined index with weights', () => {
    // O = (120 + 80) / 2 = 100, S = (150 + 130) / 2 = 140; C = 0.5·100 + 0.5·140 = 120
    assert.deepEqual(combineIndices([120, 80], [150, 130]), { objective: 100, subjective: 140, combined: 120, weightObjective: 50 });
    // w = 70: C = 0.7·100 + 0.3·140 = 112
    assert.equal(combineIndices([120, 80], [150, 130], 70).combined, 112);
    // a missing index is left out of its part's mean: O = 120
    assert.equal(combineIndices([120, null], [140, null]).combined, 130);
    assert.equal(combineIndices([null, null], [140]).combined, null);
  });
  it('z-test on the difference of two estimates (CBS Zuid-Holland, feels unsafe in buurt)', () => {
    // 2015: 20.6 ± 0.6, 2017: 18.4 ± 0.6 → SE = √2 · 0.6/1.96 = 0.43292, z = −2.2 / 0.43292 = −5.082
    assert.deepEqual(differenceTest({ value: 20.6, margin: 0.6 }, { value: 18.4, margin: 0.6 }), {
      difference: -2.2,
      z: -5.082,
      significant: true,
    });
    // 2016: 19.0 ± 0.7, 2017: 18.4 ± 0.6 → SE = √(0.35714² + 0.30612²) = 0.47038, z = −0.6 / 0.47038 = −1.276
    assert.deepEqual(differenceTest({ value: 19, margin: 0.7 }, { value: 18.4, margin: 0.6 }), {
      difference: -0.6,
      z: -1.276,
      significant: false,
    });
    assert.deepEqual(differenceTest({ value: 19, margin: null }, { value: 18.4, margin: 0.6 }), {
      difference: -0.6,
      z: null,
      significant: null,
    });
  });
  it('quadrants around 100', () => {
    assert.equal(quadrantOf(60, 140), 'unsafe-feeling-low-crime');
    assert.equal(quadrantOf(160, 70), 'safe-feeling-high-crime');
    assert.equal(quadrantOf(120, 130), 'both-high');
    assert.equal(quadrantOf(90, 80), 'both-low');
  });
});
