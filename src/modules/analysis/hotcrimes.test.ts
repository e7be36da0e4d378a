import assert from 'node:assert/strict';
import { test } from 'node:test';
import { binomialTestTwoSided, logGamma } from './binomial.ts';
import { hotcrimes } from './hotcrimes.ts';

test('logGamma: Γ(5) = 24, Γ(½) = √π', () => {
  assert.ok(Math.abs(logGamma(5) - Math.log(24)) < 1e-13);
  assert.ok(Math.abs(logGamma(0.5) - Math.log(Math.sqrt(Math.PI))) < 1e-13);
});

test('R stats binom.test help example (Mendel): binom.test(c(682, 243), p = 3/4) → p-value = 0.3825', () => {
  assert.equal(+binomialTestTwoSided(682, 925, 0.75).toFixed(4), 0.3825);
});

test('hand computed: 9 of 10 at p = ½ → P = (1 + 10 + 10 + 1)/1024 = 22/1024', () => {
  assert.ok(Math.abs(binomialTestTwoSided(9, 10, 0.5) - 22 / 1024) < 1e-14);
  assert.equal(binomialTestTwoSided(5, 10, 0.5), 1);
});

test('hotcrimes ranks level and change with the minimum-count rule', () => {
  const r = hotcrimes(
    [
      { type: 'woninginbraak', current: 40, baseline: 20 },
      { type: 'fietsdiefstal', current: 100, baseline: 95 },
      { type: 'straatroof', current: 3, baseline: 0 },
      { type: 'vernieling', current: 10, baseline: 30 },
    ],
    { minCount: 10 },
  );
  assert.deepEqual(
    r.byLevel.map((x) => x.type),
    ['fietsdiefstal', 'woninginbraak', 'vernieling', 'straatroof'],
  );
  assert.deepEqual(
    r.byChange.map((x) => x.type),
    ['woninginbraak', 'fietsdiefstal', 'vernieling'],
  );
  const burglary = r.byChange[0]!;
  assert.equal(burglary.rateRatio, 2);
  // 40 of 60 at ½: exact two-sided p = 2·Σ_{k≥40} C(60,k)/2^60 = 0.0134892937311919 (symmetric)
  assert.ok(Math.abs(burglary.p! - 0.0134892937311919) < 1e-12, String(burglary.p));
  assert.equal(r.byLevel.find((x) => x.type === 'straatroof')!.tested, false);
});
