import assert from 'node:assert/strict';
import { test } from 'node:test';
import { benjaminiHochberg, fdrSignificant } from './fdr.ts';

test('hand computed BH: p = (0.01, 0.04, 0.03, 0.005), m = 4', () => {
  // sorted 0.005, 0.01, 0.03, 0.04 → 4p/rank = 0.02, 0.02, 0.04, 0.04 (already monotone)
  const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
  assert.deepEqual(
    [...q].map((v) => +v.toFixed(12)),
    [0.02, 0.04, 0.04, 0.02],
  );
  assert.deepEqual(fdrSignificant([0.01, 0.04, 0.03, 0.005], 0.03), [true, false, false, true]);
});

test('step-up monotonicity and NaN handling', () => {
  // 0.01·5/1 = 0.05, 0.02·5/2 = 0.05, 0.03·5/3 = 0.05 … all 0.05 (R: p.adjust(c(.01,.02,.03,.04,.05), "BH"))
  assert.deepEqual(
    [...benjaminiHochberg([0.05, 0.04, 0.03, 0.02, 0.01])].map((v) => +v.toFixed(12)),
    [0.05, 0.05, 0.05, 0.05, 0.05],
  );
  const q = benjaminiHochberg([NaN, 0.5, 0.9]);
  assert.ok(Number.isNaN(q[0]!));
  assert.deepEqual([q[1], q[2]], [0.9, 0.9]);
});
