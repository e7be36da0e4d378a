import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseSteppedWedge, unitResults } from './analysis.ts';
import type { UnitValues } from './indicator-values.ts';
import { trialPeriods } from './periods.ts';

const t = { steps: 2, baseline_from: '2025-01-01', baseline_to: '2025-03-01', trial_from: '2025-03-01', trial_to: '2025-05-01' };

function values(rows: Record<string, [number, number, number]>): UnitValues {
  return new Map(
    Object.entries(rows).map(([code, [b, p1, p2]]) => [
      code,
      new Map([
        ['baseline', b],
        ['period-1', p1],
        ['period-2', p2],
      ]),
    ]),
  );
}

describe('stepped-wedge analysis (vertical, permutation over step orders)', () => {
  it('splits the trial into one period per step', () => {
    assert.deepEqual(trialPeriods(t), [
      { key: 'baseline', from: '2025-01-01', to: '2025-03-01' },
      { key: 'period-1', from: '2025-03-01', to: '2025-03-31' },
      { key: 'period-2', from: '2025-03-31', to: '2025-05-01' },
    ]);
  });

  it('compares treated with not-yet-treated within a period; by hand: −3 vs 2 → −5, p = 2/6', () => {
    // period 1: step 1 (A, B) treated with changes −2, −4; step 2 (C, D) not yet, changes 1, 3.
    // period 2: everyone treated, no comparison. Re-dealing {−2, −4, 1, 3} into two pairs gives
    // differences −5, 0, 2, −2, 0, 5: two of six are as extreme as −5 → p = 1/3.
    const allocation = [
      { code: 'A', label: 'A', arm: null, step: 1 },
      { code: 'B', label: 'B', arm: null, step: 1 },
      { code: 'C', label: 'C', arm: null, step: 2 },
      { code: 'D', label: 'D', arm: null, step: 2 },
    ];
    const periods = trialPeriods(t);
    const units = unitResults(allocation, values({ A: [0, -2, 9], B: [0, -4, 9], C: [0, 1, 9], D: [0, 3, 9] }), periods);
    const r = analyseSteppedWedge(units, periods, 2, 1n);
    assert.equal(r.estimate, -5);
    assert.deepEqual(
      r.periods.map((p) => [p.key, p.treated, p.notYetTreated, p.difference]),
      [
        ['period-1', 2, 2, -5],
        ['period-2', 4, 0, null],
      ],
    );
    assert.equal(r.pMethod, 'exact');
    assert.equal(r.allocationsCompared, 6);
    assert.ok(Math.abs(r.pValue! - 1 / 3) < 1e-12);
    assert.equal(r.ci, null);
  });

  it('says no inference with fewer than 2 units in a step', () => {
    const allocation = [
      { code: 'A', label: 'A', arm: null, step: 1 },
      { code: 'B', label: 'B', arm: null, step: 2 },
      { code: 'C', label: 'C', arm: null, step: 2 },
    ];
    const periods = trialPeriods(t);
    const r = analyseSteppedWedge(unitResults(allocation, values({ A: [0, -2, 0], B: [0, 1, 0], C: [0, 3, 0] }), periods), periods, 2, 1n);
    assert.equal(r.inferencePossible, false);
    assert.equal(r.pValue, null);
    assert.equal(r.estimate, -4);
  });
});
