import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalQuantile, poissonDid, weightedDisplacementDifference } from './effect.ts';

describe('weighted displacement difference (Wheeler & Ratcliffe 2018)', () => {
  it('reproduces the paper example (as pinned in the ptools R package tests)', () => {
    // ptools::wdd(control = c(308, 318), treated = c(207, 110), disp_control = c(150, 140),
    //             disp_treated = c(178, 157), alpha = 0.05) → Est_Total −118, SE sqrt(1568), Z −2.98, CI (−196, −40)
    const r = weightedDisplacementDifference({
      target: { before: 207, after: 110 },
      control: { before: 308, after: 318 },
      displacement: { before: 178, after: 157 },
      displacementControl: { before: 150, after: 140 },
    });
    assert.equal(r.local, -107);
    assert.equal(r.displacement, -11);
    assert.equal(r.total, -118);
    assert.equal(r.variance, 1568);
    assert.equal(Math.round(r.z * 100) / 100, -2.98);
    assert.equal(Math.round(r.ciLow), -196);
    assert.equal(Math.round(r.ciHigh), -40);
  });

  it('has the simple local case of the ptools tests: control 20→20, treated 20→10 gives −10', () => {
    const r = weightedDisplacementDifference({ target: { before: 20, after: 10 }, control: { before: 20, after: 20 } });
    assert.equal(r.total, -10);
    assert.equal(r.variance, 70);
  });
});

describe('Poisson difference-in-differences', () => {
  it('matches a hand computation', () => {
    // T: 100 → 60, C: 200 → 180. IRR = (60/100)/(180/200) = 0.6/0.9 = 0.6667.
    // SE = sqrt(1/100 + 1/60 + 1/200 + 1/180) = sqrt(0.01 + 0.0166667 + 0.005 + 0.0055556) = sqrt(0.0372222) = 0.1929306
    const r = poissonDid({ before: 100, after: 60 }, { before: 200, after: 180 });
    assert.ok(Math.abs(r.irr - 2 / 3) < 1e-12);
    assert.ok(Math.abs(r.se - 0.1929306) < 1e-6);
    assert.ok(Math.abs(r.percentChange - -33.3333) < 1e-3);
    // CI: exp(−0.405465 ± 1.959964 · 0.1929306) = (exp(−0.783605), exp(−0.027326)) = (0.456758, 0.973042)
    assert.ok(Math.abs(r.ciLow - 0.456758) < 1e-5, String(r.ciLow));
    assert.ok(Math.abs(r.ciHigh - 0.973042) < 1e-5, String(r.ciHigh));
    assert.ok(r.p < 0.05 && r.p > 0.03);
    assert.equal(r.continuityCorrected, false);
  });

  it('is 1 with a wide interval when target and comparison move alike, and corrects zero counts', () => {
    const same = poissonDid({ before: 10, after: 20 }, { before: 50, after: 100 });
    assert.ok(Math.abs(same.irr - 1) < 1e-12);
    assert.ok(same.ciLow < 1 && same.ciHigh > 1);
    const zero = poissonDid({ before: 4, after: 0 }, { before: 10, after: 10 });
    assert.equal(zero.continuityCorrected, true);
    assert.ok(Math.abs(zero.irr - 0.5 / 4.5 / (10.5 / 10.5)) < 1e-12);
  });

  it('uses the standard normal quantile', () => {
    assert.ok(Math.abs(normalQuantile(0.975) - 1.959963985) < 1e-8);
    assert.ok(Math.abs(normalQuantile(0.95) - 1.644853627) < 1e-8);
    assert.ok(Math.abs(normalQuantile(0.005) + 2.575829304) < 1e-8);
  });
});
