import assert from 'node:assert/strict';
import { test } from 'node:test';
import { concentration, topShare } from './hotshots.ts';

test('hand computed: 10 incidents over 5 pseudonyms', () => {
  const r = concentration(['p1', 'p1', 'p1', 'p1', 'p1', 'p2', 'p2', 'p3', 'p4', 'p5']);
  assert.equal(r.distinctIds, 5);
  assert.equal(r.repeatIds, 2);
  assert.equal(r.repeatIncidentShare, 0.7);
  assert.deepEqual(r.counts[0], { id: 'p1', count: 5 });
  // top 20 % of ids (p1) → 50 % of incidents; top 40 % → 70 %; top 30 % interpolates to 60 %
  assert.equal(topShare(r.curve, 0.2), 0.5);
  assert.ok(Math.abs(topShare(r.curve, 0.4) - 0.7) < 1e-12);
  assert.ok(Math.abs(topShare(r.curve, 0.3) - 0.6) < 1e-12);
  // bottom-up Lorenz points (0, .1, .2, .3, .5, 1) at x = 0, .2, …, 1: area = .2·(.05+.15+.25+.4+.75) = .32 → Gini .36
  assert.ok(Math.abs(r.gini - 0.36) < 1e-12);
});

test('equal counts give Gini 0 and a diagonal curve', () => {
  const r = concentration(['a', 'b', 'c', 'd']);
  assert.ok(Math.abs(r.gini) < 1e-12);
  assert.equal(topShare(r.curve, 0.5), 0.5);
  assert.equal(r.repeatIncidentShare, 0);
});
