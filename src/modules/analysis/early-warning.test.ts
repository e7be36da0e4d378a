import assert from 'node:assert/strict';
import { test } from 'node:test';
import { falseAlarmRate, farringtonAssess, normalQuantileUpper, weeklyCounts } from './early-warning.ts';
import { poissonSample } from './poisson-sample.ts';
import { createRng } from './prng.ts';

test('normal quantile: z_0.975 = 1.959963984540054', () => {
  assert.ok(Math.abs(normalQuantileUpper(0.025) - 1.959963984540054) < 1e-9);
});

test('hand computed threshold: constant baseline of 10 (φ = 1, m = 3·7 = 21)', () => {
  const series = new Array(3 * 52 + 10).fill(10);
  series[3 * 52 + 5] = 30;
  const a = farringtonAssess(series, { alpha: 0.01 })[3 * 52 + 5]!;
  const z = normalQuantileUpper(0.01);
  const expected = 10 * (1 + ((2 / 3) * z * Math.sqrt(10 * (1 + 1 / 21))) / 10) ** 1.5;
  assert.equal(a.expected, 10);
  assert.ok(Math.abs(a.upper! - expected) < 1e-9);
  assert.equal(a.alarm, true);
  assert.equal(farringtonAssess(series)[3 * 52 + 4]!.alarm, false);
  assert.equal(farringtonAssess(series)[100]!.expected, null);
});

test('weekly counts bin day numbers from the start day', () => {
  assert.deepEqual([...weeklyCounts([0, 6, 7, 20, -1, 21], 0, 3)], [2, 1, 1]);
});

test('Poisson sampler mean and variance ≈ λ (λ = 4 and λ = 1200)', () => {
  const rng = createRng(9);
  for (const lambda of [4, 1200]) {
    const xs = Array.from({ length: 20_000 }, () => poissonSample(lambda, rng));
    const m = xs.reduce((s, v) => s + v, 0) / xs.length;
    const v = xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
    assert.ok(Math.abs(m / lambda - 1) < 0.02 && Math.abs(v / lambda - 1) < 0.06, `λ=${lambda}: ${m}, ${v}`);
  }
});

test('false-alarm rate on stationary Poisson data is small and reproducible (α = 0.01)', () => {
  const a = falseAlarmRate(20, { alpha: 0.01, runs: 50, seed: 3 });
  assert.deepEqual(a, falseAlarmRate(20, { alpha: 0.01, runs: 50, seed: 3 }));
  assert.equal(a.evaluated, 50 * 52);
  assert.ok(a.rate < 0.03, `rate ${a.rate}`);
});
