import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allocate } from './allocation.ts';
import { allocationCount, permutationTest } from './permutation.ts';
import { parseSeed, shuffled, splitMix64 } from './prng.ts';
import { tCdf, tQuantile, welchInterval } from './statistics.ts';

const close = (actual: number, expected: number, eps: number) =>
  assert.ok(Math.abs(actual - expected) < eps, `${actual} is not within ${eps} of ${expected}`);

describe('trial randomisation (SplitMix64, Fisher–Yates, balanced allocation)', () => {
  it('reproduces the published SplitMix64 test vector for seed 1234567 (Rosetta Code)', () => {
    const rng = splitMix64(1234567n);
    const got = Array.from({ length: 5 }, () => rng.nextUint64());
    assert.deepEqual(got, [6457827717110365317n, 3203168211198807973n, 9817491932198370423n, 4593380528125082431n, 16408922859458223821n]);
  });

  it('draws floats in [0, 1) from the top 53 bits and shuffles every item exactly once', () => {
    const rng = splitMix64(1234567n);
    close(rng.nextFloat(), Number(6457827717110365317n >> 11n) / 2 ** 53, 1e-15);
    const out = shuffled([1, 2, 3, 4, 5, 6, 7, 8], splitMix64(42n));
    assert.deepEqual([...out].sort(), [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.notDeepEqual(out, [1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('the same seed gives the same balanced allocation, another seed (almost always) another', () => {
    const units = Array.from({ length: 9 }, (_, i) => ({ code: `U${i}`, label: `Straat ${i}` }));
    const a = allocate(units, { steps: null }, parseSeed('20261207'));
    const b = allocate([...units].reverse(), { steps: null }, parseSeed('20261207'));
    assert.deepEqual(a, b, 'the input order does not matter, only the seed');
    assert.equal(a.filter((u) => u.arm === 'treatment').length, 5);
    assert.equal(a.filter((u) => u.arm === 'control').length, 4);
    const others = [1n, 2n, 3n, 4n].map((s) => JSON.stringify(allocate(units, { steps: null }, s)));
    assert.ok(others.some((o) => o !== JSON.stringify(a)));
  });

  it('a stepped wedge deals the shuffled units evenly over the steps', () => {
    const units = Array.from({ length: 10 }, (_, i) => ({ code: `BU0505${String(i).padStart(4, '0')}`, label: `Buurt ${i}` }));
    const a = allocate(units, { steps: 3 }, 99n);
    assert.deepEqual(allocate(units, { steps: 3 }, 99n), a);
    const sizes = [1, 2, 3].map((s) => a.filter((u) => u.step === s).length);
    assert.deepEqual(sizes, [4, 3, 3]);
    assert.ok(a.every((u) => u.arm === null));
  });
});

describe('trial statistics', () => {
  it("Student's t quantiles match the tables (0.975: df 1, 10, 30) and the cdf inverts them", () => {
    close(tQuantile(0.975, 1), 12.7062047, 1e-6);
    close(tQuantile(0.975, 10), 2.2281389, 1e-6);
    close(tQuantile(0.975, 30), 2.0422725, 1e-6);
    close(tCdf(2.2281389, 10), 0.975, 1e-7);
    close(tQuantile(0.025, 10), -2.2281389, 1e-6);
  });

  it('Welch interval by hand: a = 1,2,3,4 and b = 2,4,6,8', () => {
    // means 2.5 and 5; variances 5/3 and 20/3; se² = 5/12 + 5/3 = 25/12;
    // df = (25/12)² / ((5/12)²/3 + (5/3)²/3) = 75/17 ≈ 4.4118; t(0.975; 75/17) = 2.67717 (scipy 1.x agrees)
    const r = welchInterval([1, 2, 3, 4], [2, 4, 6, 8]);
    close(r.difference, -2.5, 1e-12);
    close(r.standardError, Math.sqrt(25 / 12), 1e-12);
    close(r.df, 75 / 17, 1e-12);
    close(r.tCritical, 2.67717, 1e-5);
    close(r.ci.lower, -2.5 - 2.67717358 * Math.sqrt(25 / 12), 1e-6);
    close(r.ci.upper, 1.364167, 1e-5);
  });

  it('exact randomisation p-value by hand: changes 5,6 (treated) vs 1,2 (control) → 2 of 6 allocations as extreme', () => {
    // allocations of {5,6,1,2} into two pairs: differences ±4, ±1, 0, 0 → |d| ≥ 4 twice → p = 1/3
    const values = [5, 6, 1, 2];
    const stat = (labels: readonly number[]) => {
      const t = values.filter((_, i) => labels[i] === 0);
      const c = values.filter((_, i) => labels[i] === 1);
      return t.reduce((s, x) => s + x, 0) / t.length - c.reduce((s, x) => s + x, 0) / c.length;
    };
    const r = permutationTest([0, 0, 1, 1], [2, 2], stat, 1n);
    assert.equal(r.method, 'exact');
    assert.equal(r.allocations, 6);
    close(r.pValue, 1 / 3, 1e-12);
  });

  it('counts allocations as a multinomial coefficient and falls back to seeded Monte Carlo when there are too many', () => {
    assert.equal(allocationCount([2, 2]), 6);
    assert.equal(allocationCount([2, 2, 2]), 90);
    assert.equal(allocationCount([10, 10]), 184756);
    const values = Array.from({ length: 20 }, (_, i) => i);
    const labels = values.map((_, i) => (i < 10 ? 0 : 1));
    const stat = (l: readonly number[]) => values.reduce((s, v, i) => s + (l[i] === 0 ? v : -v), 0);
    const a = permutationTest(labels, [10, 10], stat, 7n);
    assert.equal(a.method, 'monte-carlo');
    assert.deepEqual(permutationTest(labels, [10, 10], stat, 7n), a, 'the same seed, the same p-value');
    assert.ok(a.pValue < 0.01 && a.pValue > 0);
  });
});
