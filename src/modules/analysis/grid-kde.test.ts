import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellOf, gridCounts, gridFor } from './grid-counts.ts';
import { defaultBandwidth, quarticKde, QUARTIC_FROM_NORMAL } from './kde.ts';

test('grid counts on RD metres: origin snapped to 100 m, row 0 south, row-major', () => {
  const g = gridCounts([105_020, 105_099.9, 105_100, 105_250], [430_010, 430_099, 430_150, 430_010]);
  assert.deepEqual([g.originX, g.originY, g.cols, g.rows], [105_000, 430_000, 3, 2]);
  assert.deepEqual([...g.counts], [2, 0, 1, 0, 1, 0]);
  assert.equal(cellOf(gridFor([0], [0]), -1, 0), -1);
});

test('quartic kernel: hand value at the centre and mass ≈ 1 per event', () => {
  const grid = { originX: -1000, originY: -1000, cellSize: 10, cols: 200, rows: 200 };
  const k = quarticKde([0], [0], { bandwidth: 200, grid });
  // cell centre (5, 5): u = 50/40000 → 3/(π·40000)·(1 − u)²
  const expected = (3 / (Math.PI * 40_000)) * (1 - 50 / 40_000) ** 2;
  assert.ok(Math.abs(k.density[100 * 200 + 100]! - expected) < 1e-15);
  const mass = k.density.reduce((s, v) => s + v, 0) * 100;
  assert.ok(Math.abs(mass - 1) < 0.005, `mass ${mass}`);
});

test('default bandwidth: 2.623 · σ · n^(−1/6) (hand computed for 4 points)', () => {
  // x = (0, 0, 2, 2), y = (0, 2, 0, 2): var x = var y = 4/3 → σ = √(4/3)
  const h = defaultBandwidth([0, 0, 2, 2], [0, 2, 0, 2]);
  assert.ok(Math.abs(h - QUARTIC_FROM_NORMAL * Math.sqrt(4 / 3) * 4 ** (-1 / 6)) < 1e-12);
});
