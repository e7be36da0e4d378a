import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluateHotspots } from './hotspot-evaluation.ts';

test('hand computed PAI, PEI and RRI on 10 cells', () => {
  const later = [10, 0, 5, 0, 0, 20, 0, 5, 0, 10];
  const earlier = [8, 2, 10, 0, 0, 10, 0, 0, 0, 10];
  const r = evaluateHotspots({ selected: [0, 2], later, earlier });
  // hits 15 of 50 in 2 of 10 cells: PAI = 0.3 / 0.2 = 1.5; best 2 cells hold 20 + 10 = 30 → PEI = 0.5
  assert.equal(r.hits, 15);
  assert.ok(Math.abs(r.pai - 1.5) < 1e-12);
  assert.equal(r.maxHits, 30);
  assert.equal(r.pei, 0.5);
  // RRI = (15 / 18) / (50 / 40) = 0.6667
  assert.ok(Math.abs(r.rri! - 15 / 18 / (50 / 40)) < 1e-12);
  assert.ok(Math.abs(evaluateHotspots({ selected: [5, 0], later, studyCells: 20 }).pai - 30 / 50 / (2 / 20)) < 1e-12);
  assert.throws(() => evaluateHotspots({ selected: [1, 1], later }), /distinct/);
});
