import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seriesFeatures, suggestComparison } from './comparison.ts';

const close = (a: number, b: number, eps = 1e-6) => assert.ok(Math.abs(a - b) < eps, `${a} ≠ ${b}`);

describe('comparison-area suggestion', () => {
  it('computes level and slope by hand', () => {
    // y = 10, 12, 14, 16: mean 13 → ℓ = ln 13.5 = 2.6026897
    // logs ln 10.5, 12.5, 14.5, 16.5 = 2.3513753, 2.5257286, 2.6741486, 2.8033604; t/12 deviations −1.5/12 … 1.5/12
    // β = Σ dt·dl / Σ dt² = (1/12)(−1.5·2.3513753 − 0.5·2.5257286 + 0.5·2.6741486 + 1.5·2.8033604) / (5/144)
    //   = (1/12)(0.7521877) / 0.0347222 = 1.8052505
    const f = seriesFeatures([10, 12, 14, 16]);
    close(f.level, Math.log(13.5));
    close(f.slope, 1.8052505, 1e-6);
    assert.equal(f.total, 52);
    // per-buurt level of a two-buurt target: counts 20 a month → 10 per buurt
    close(seriesFeatures([20, 20], 2).level, Math.log(10.5));
    assert.equal(seriesFeatures([20, 20], 2).slope, 0);
  });

  it('standardises the distance and picks the nearest until size and events suffice', () => {
    const flat10 = [10, 10, 10, 10];
    const s = suggestComparison({ series: flat10, units: 1 }, [
      { code: 'BU1', series: [30, 30, 30, 30] },
      { code: 'BU2', series: flat10 },
      { code: 'BU3', series: [10, 12, 14, 16] },
      { code: 'BU4', series: [0, 0, 0, 0] },
      { code: 'BU5', series: flat10 },
    ]);
    // levels ln 30.5, ln 10.5, ln 13.5, ln 10.5 → sd s_ℓ; slopes 0, 0, 1.8052505, 0 → s_β = 1.8052505/2 = 0.9026252
    const levels = [Math.log(30.5), Math.log(10.5), Math.log(13.5), Math.log(10.5)];
    const mean = levels.reduce((a, b) => a + b) / 4;
    const sl = Math.sqrt(levels.reduce((a, b) => a + (b - mean) ** 2, 0) / 3);
    close(s.scales.level, sl);
    close(s.scales.slope, 0.9026252, 1e-6);
    assert.deepEqual(
      s.ranked.map((c) => c.code),
      ['BU2', 'BU5', 'BU3', 'BU1'],
      'BU4 has no events',
    );
    close(s.ranked[2]!.distance, Math.hypot((Math.log(13.5) - Math.log(10.5)) / sl, 2));
    close(s.ranked[3]!.distance, (Math.log(30.5) - Math.log(10.5)) / sl);
    assert.deepEqual(
      s.chosen.map((c) => c.code),
      ['BU2', 'BU5', 'BU3'],
      'three buurten, 40 + 40 + 52 ≥ 40 events',
    );
    const one = suggestComparison(
      { series: flat10, units: 1 },
      [
        { code: 'BU2', series: flat10 },
        { code: 'BU5', series: flat10 },
      ],
      { minGroup: 1 },
    );
    assert.deepEqual(
      one.chosen.map((c) => c.code),
      ['BU2'],
      'one buurt with as many events is enough when minGroup is 1',
    );
  });
});
