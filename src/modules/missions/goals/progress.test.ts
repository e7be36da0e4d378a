import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { computeProgress, expectedFraction } from './progress.ts';

describe('goal progress', () => {
  const base = { direction: 'decrease' as const, target: 80, baselineEnd: '2024-01-01', deadline: '2026-01-01', kind: 'count' as const };

  it('computes the fraction of the way and the expected fraction on a linear path', () => {
    // 120 → 90 with target 80: (90 − 120)/(80 − 120) = 0.75; one of two years used (366 + 365 days: 366/731 = 0.5007)
    const p = computeProgress({ ...base, baseline: 120, current: 90, asOf: '2025-01-01' });
    assert.equal(p.fraction, 0.75);
    assert.equal(p.expectedFraction, 0.501);
    assert.equal(p.status, 'on-track');
    // z = (90 − 120)/√210 = −2.070 → beyond chance
    assert.equal(p.changeSignificant, true);
  });

  it('says behind, achieved and no-data', () => {
    assert.equal(computeProgress({ ...base, baseline: 120, current: 115, asOf: '2025-06-01' }).status, 'behind');
    assert.equal(computeProgress({ ...base, baseline: 120, current: 115, asOf: '2025-06-01' }).changeSignificant, false);
    assert.equal(computeProgress({ ...base, baseline: 120, current: 79, asOf: '2024-02-01' }).status, 'achieved');
    assert.equal(computeProgress({ ...base, baseline: null, current: 79, asOf: '2024-02-01' }).status, 'no-data');
    const up = computeProgress({
      ...base,
      direction: 'increase',
      target: 7.5,
      baseline: 6.5,
      current: 7,
      asOf: '2025-01-01',
      kind: 'measurement',
    });
    assert.equal(up.fraction, 0.5);
    assert.equal(up.changeSignificant, null);
  });

  it('tests survey changes against the margins: |Δ| > √(m1² + m2²)', () => {
    const p = (c: number) =>
      computeProgress({
        ...base,
        direction: 'decrease',
        target: 20,
        baseline: 30,
        current: c,
        asOf: '2025-01-01',
        kind: 'estimate',
        baselineMargin: 3,
        currentMargin: 4,
      });
    assert.equal(p(24.9).changeSignificant, true, '5.1 > 5');
    assert.equal(p(25.1).changeSignificant, false, '4.9 < 5');
  });

  it('clamps the expected fraction', () => {
    assert.equal(expectedFraction('2024-01-01', '2025-01-01', '2023-01-01'), 0);
    assert.equal(expectedFraction('2024-01-01', '2025-01-01', '2026-01-01'), 1);
  });
});
