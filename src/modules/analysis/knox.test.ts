import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fixturePath } from '../../../test/fixtures/analysis/load.ts';
import { bandIndex, bandOf, bandTable, timeBandTotals } from './knox-pairs.ts';
import { knoxTest } from './knox.ts';
import { createRng, shuffleInPlace } from './prng.ts';

/** chicago_be_month1.csv (NearRepeat package): x, y, date (no header) → day numbers. */
function chicago() {
  const rows = readFileSync(fixturePath('chicago_be_month1.csv'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
  return {
    x: rows.map((r) => Number(r[0])),
    y: rows.map((r) => Number(r[1])),
    t: rows.map((r) => Date.parse(`${r[2]}T00:00:00Z`) / 86_400_000),
  };
}

test('bands are right-open [a, b)', () => {
  assert.equal(bandIndex([0, 1, 100, Infinity], 0), 0);
  assert.equal(bandIndex([0, 1, 100, Infinity], 1), 1);
  assert.equal(bandIndex([0, 1, 100, Infinity], 99.999), 1);
  assert.equal(bandIndex([0, 1, 100, Infinity], 100), 2);
  assert.equal(bandIndex([0, 1, 100], 100), -1);
  // differences 1, 3, 10, 2, 9, 7 → [0,2): 1, [2,8): 3, [8,∞): 2
  assert.deepEqual([...timeBandTotals([0, 1, 3, 10], [0, 2, 8, Infinity])], [1, 3, 2]);
});

test('hand computed: 4 events, two close pairs', () => {
  // events: A(0,0,t0) B(0,50,t2) C(1000,0,t30) D(1000,30,t31); bands space [0,100,inf) time [0,7,inf)
  const r = knoxTest([0, 0, 1000, 1000], [0, 50, 0, 30], [0, 2, 30, 31], { spaceBands: [0, 100, Infinity], timeBands: [0, 7, Infinity] });
  assert.deepEqual(r.observed, [
    [2, 0],
    [0, 4],
  ]);
  // R = (2, 4), C = (2, 4), P = 6 → E = [[2·2/6, 2·4/6], [4·2/6, 4·4/6]]
  assert.deepEqual(
    r.expected.flat().map((v) => +v.toFixed(12)),
    [4 / 6, 8 / 6, 8 / 6, 16 / 6].map((v) => +v.toFixed(12)),
  );
  assert.equal(r.knoxRatio[0]![0], 3);
});

test('NearRepeat NRC vignette (doc/NRC.html): observed table for chicago_be_month1, Manhattan, sds 0,1,100,200,300,Inf × tds 0,7,14,21,Inf', () => {
  const { x, y, t } = chicago();
  const r = knoxTest(x, y, t, {
    spaceBands: [0, 1, 100, 200, 300, Infinity],
    timeBands: [0, 7, 14, 21, Infinity],
    permutations: 99,
    seed: 831,
  });
  assert.deepEqual(r.observed, [
    [28, 5, 5, 2],
    [44, 13, 8, 4],
    [97, 56, 19, 16],
    [77, 67, 45, 20],
    [182194, 146149, 95237, 45879],
  ]);
  assert.equal(r.pairs, (970 * 969) / 2);
  // Near Repeat Calculator 1.3 summary (20 iterations, inst/extdata/chicago_be_month1_NRsummary_…htm): Knox
  // ratios 1.65 (same location, 0–7 days), 1.69 (1–100, 0–7), 1.32 (101–200, 0–7); 20 runs are noisy, so ±12 %
  for (const [s, ratio] of [
    [0, 1.65],
    [1, 1.69],
    [2, 1.32],
  ] as const) {
    assert.ok(Math.abs(r.knoxRatio[s]![0]! / ratio - 1) < 0.12, `row ${s}: ${r.knoxRatio[s]![0]} vs NRC ${ratio}`);
  }
  assert.ok(r.p![0]![0]! <= 0.02 && r.p![1]![0]! <= 0.02 && r.p![2]![0]! <= 0.02);
});

test('NearRepeat NRC vignette: bands shifted by one (sds 0,1,101,201,301,Inf × tds 0,8,15,22,Inf)', () => {
  const { x, y, t } = chicago();
  const r = knoxTest(x, y, t, { spaceBands: [0, 1, 101, 201, 301, Infinity], timeBands: [0, 8, 15, 22, Infinity] });
  assert.deepEqual(r.observed, [
    [29, 4, 5, 2],
    [45, 15, 7, 2],
    [106, 48, 21, 13],
    [88, 64, 46, 15],
    [206611, 138108, 88321, 36415],
  ]);
});

test('NearRepeat vignette (doc/NearRepeat.html, set.seed(9489), 999 sims): observed and knox_ratio, finite bands only', () => {
  const { x, y, t } = chicago();
  const r = knoxTest(x, y, t, { spaceBands: [0, 0.1, 200, 400, 600], timeBands: [0, 7, 14, 21], permutations: 999, seed: 9489 });
  assert.deepEqual(r.observed, [
    [28, 5, 5],
    [141, 69, 27],
    [186, 140, 100],
    [237, 192, 128],
  ]);
  const published = [
    [1.8027842, 0.4043552, 0.6128082],
    [1.4121203, 0.8621871, 0.5170609],
    [1.014407, 0.9499294, 1.0511474],
    [0.9754211, 0.9806536, 1.0071754],
  ];
  // their ratio divides by the mean of 999 simulations; ours by the exact permutation mean: agree within MC error
  published.forEach((row, s) => {
    row.forEach((v, c) => {
      assert.ok(Math.abs(r.knoxRatio[s]![c]! / v - 1) < 0.03, `[${s}][${c}] ${r.knoxRatio[s]![c]} vs ${v}`);
      assert.ok(Math.abs(r.knoxRatioSim![s]![c]! / v - 1) < 0.04, `sim [${s}][${c}] ${r.knoxRatioSim![s]![c]} vs ${v}`);
    });
  });
  // published p-values: 0.001 for [0,0.1)×[0,7) and [0.1,200)×[0,7); ≥ 0.3 for the [200,…) rows
  assert.ok(r.p![0]![0]! <= 0.005 && r.p![1]![0]! <= 0.005);
  assert.ok(r.p![2]![0]! > 0.1 && r.p![3]![0]! > 0.1);
});

test('Euclidean distance, reproducible permutations and the open band by subtraction agree with brute force', () => {
  const { x, y, t } = chicago();
  const opts = {
    spaceBands: [0, 500, 1500, Infinity],
    timeBands: [0, 3, 10, Infinity],
    distance: 'euclidean' as const,
    permutations: 19,
    seed: 5,
  };
  const a = knoxTest(x, y, t, opts);
  assert.deepEqual(a.p, knoxTest(x, y, t, opts).p);
  const brute = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  for (let i = 0; i < x.length; i++)
    for (let j = i + 1; j < x.length; j++) {
      const s = bandIndex(opts.spaceBands, Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!));
      const c = bandIndex(opts.timeBands, Math.abs(t[i]! - t[j]!));
      brute[s]![c]!++;
    }
  assert.deepEqual(a.observed, brute);
});

test('limits for interactive use: too many close pairs names spaceBands, too much permutation work names permutations', () => {
  // 40 events on one spot: 780 pairs, all closer than any break
  const x = new Float64Array(40);
  const y = new Float64Array(40);
  const t = Float64Array.from({ length: 40 }, (_, k) => k);
  const base = { spaceBands: [0, 100], timeBands: [0, 7] };
  assert.equal(knoxTest(x, y, t, { ...base, limits: { maxPairs: 780, maxWork: 780 * 10 }, permutations: 9 }).observed[0]![0], 6 * 40 - 21); // pairs 1..6 days apart: Σ_d (40 − d)
  assert.throws(
    () => knoxTest(x, y, t, { ...base, limits: { maxPairs: 779, maxWork: 1e9 } }),
    (e: Error & { field?: string }) => e instanceof RangeError && e.field === 'spaceBands' && /more than 779 pairs/.test(e.message),
  );
  assert.throws(
    () => knoxTest(x, y, t, { ...base, limits: { maxPairs: 1e6, maxWork: 780 * 10 }, permutations: 10 }),
    (e: Error & { field?: string }) => e.field === 'permutations' && /at most 9 permutations for 780 close pairs/.test(e.message),
  );
  assert.throws(() => knoxTest(x, y, t, { spaceBands: Array.from({ length: 130 }, (_, k) => k), timeBands: [0, 7] }), /at most 100 bands/);
});

/** The Knox test the slow way: every pair, every permutation, band by linear search (knox-pairs `bandIndex`). */
function naiveKnox(x: number[], y: number[], t: number[], sb: number[], tb: number[], permutations: number, seed: number) {
  const table = (times: ArrayLike<number>) => {
    const out = sb.slice(1).map(() => tb.slice(1).map(() => 0));
    for (let i = 0; i < x.length; i++)
      for (let j = i + 1; j < x.length; j++) {
        const s = bandIndex(sb, Math.abs(x[i]! - x[j]!) + Math.abs(y[i]! - y[j]!));
        const c = bandIndex(tb, Math.abs(times[i]! - times[j]!));
        if (s >= 0 && c >= 0) out[s]![c]!++;
      }
    return out;
  };
  const observed = table(t);
  const rng = createRng(seed);
  const tp = Float64Array.from(t);
  const ge = observed.map((row) => row.map(() => 0));
  const sum = observed.map((row) => row.map(() => 0));
  for (let p = 0; p < permutations; p++) {
    shuffleInPlace(tp, rng); // the plain Fisher–Yates through nextInt
    table(tp).forEach((row, s) => {
      row.forEach((v, c) => {
        if (v >= observed[s]![c]!) ge[s]![c]!++;
        sum[s]![c]! += v;
      });
    });
  }
  return {
    observed,
    p: ge.map((row) => row.map((g) => (g + 1) / (permutations + 1))),
    simMean: sum.map((row) => row.map((v) => v / permutations)),
  };
}

test('grouped pairs and band tables give the same counts and p-values as the naive pair-by-pair Knox (fixed seed)', () => {
  const rng = createRng(77);
  const n = 120;
  const x = Array.from({ length: n }, () => Math.floor(rng.nextFloat() * 600));
  const y = Array.from({ length: n }, () => Math.floor(rng.nextFloat() * 600));
  for (const fractional of [false, true]) {
    // whole days (table cells of width 1) and fractional days as the near-repeat view passes them
    const t = Array.from({ length: n }, () => (fractional ? rng.nextFloat() * 60 : Math.floor(rng.nextFloat() * 60)));
    for (const [sb, tb] of [
      [
        [0, 1, 50, 120, 250, Infinity],
        [0, 3, 7, 14, Infinity],
      ],
      [
        [10, 60, 200],
        [1, 2.5, 7.25, 30],
      ],
      [
        [5, 50, 150, Infinity], // pairs closer than 5 in no row, the open row by subtraction
        [0.5, 4, Infinity],
      ],
    ] as const) {
      const fast = knoxTest(x, y, t, { spaceBands: sb, timeBands: tb, permutations: 39, seed: 12 });
      const naive = naiveKnox(x, y, t, [...sb], [...tb], 39, 12);
      assert.deepEqual(fast.observed, naive.observed, `observed, bands ${sb} × ${tb}`);
      assert.deepEqual(fast.p, naive.p, `p, bands ${sb} × ${tb}`);
      assert.deepEqual(fast.simMean, naive.simMean, `simMean, bands ${sb} × ${tb}`);
    }
  }
});

test('band lookup by table equals the linear search, at and between the breaks', () => {
  for (const breaks of [
    [0, 7, 14, 21, Infinity],
    [0.5, 1, 2.75, 100.5],
    [0, 1e-3, 5000, 200_000],
  ]) {
    const table = bandTable(breaks);
    const probes = [
      ...breaks.filter(Number.isFinite).flatMap((b) => [b, b - 1e-9, b + 1e-9, b * 0.999, b * 1.001]),
      0,
      3.3,
      6.999999,
      1e7,
      NaN,
    ];
    for (const v of probes.filter((p) => Number.isNaN(p) || p >= 0)) {
      const expected = bandIndex(breaks, v);
      assert.equal(bandOf(table, v), expected < 0 ? breaks.length - 1 : expected, `v = ${v}, breaks ${breaks}`);
    }
  }
});
