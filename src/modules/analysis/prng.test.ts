import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRng, shuffleInPlace } from './prng.ts';

test('xoshiro128** stream is pinned: seed 1 gives the same first words on every platform', () => {
  const rng = createRng(1);
  const words = Array.from({ length: 4 }, () => rng.nextUint32());
  const again = createRng(1);
  assert.deepEqual(
    Array.from({ length: 4 }, () => again.nextUint32()),
    words,
  );
  assert.ok(words.every((w) => Number.isInteger(w) && w >= 0 && w < 2 ** 32));
  assert.notDeepEqual(
    words,
    Array.from({ length: 4 }, () => createRng(2).nextUint32()),
  );
});

test('nextInt is Lemire’s bounded integer: in range, exact for n = 2^32, and unbiased where multiply-shift is not', () => {
  const a = createRng(5);
  const b = createRng(5);
  for (let k = 0; k < 1000; k++) assert.equal(a.nextInt(2 ** 32), b.nextUint32()); // the whole word, no rounding
  const rng = createRng(9);
  for (const n of [1, 2, 3, 10_000, 0x200001, 3_000_000_001, 2 ** 32 - 1]) {
    for (let k = 0; k < 2000; k++) {
      const v = rng.nextInt(n);
      assert.ok(Number.isInteger(v) && v >= 0 && v < n, `${v} in [0, ${n})`);
    }
  }
  // n = 3 · 2^30: plain ⌊u·n / 2^32⌋ gives the values ≡ 0 (mod 3) … half again as often as the others; rejection evens it out
  const n = 3 * 2 ** 30;
  const byResidue = [0, 0, 0];
  for (let k = 0; k < 60_000; k++) byResidue[rng.nextInt(n) % 3]!++;
  for (const count of byResidue) assert.ok(Math.abs(count - 20_000) < 600, `residues ${byResidue}`);
});

test('shuffle makes the same draws as Fisher–Yates through nextInt, on a whole array and on every k-th element', () => {
  const fast = createRng(3);
  const plain = createRng(3);
  const a = Float64Array.from({ length: 5000 }, (_, i) => i);
  const b = Float64Array.from(a);
  for (let k = 0; k < 20; k++) {
    fast.shuffle(a);
    shuffleInPlace(b, plain);
  }
  assert.deepEqual(a, b);
  assert.notDeepEqual(
    a,
    Float64Array.from({ length: 5000 }, (_, i) => i),
  );
  const strided = Int32Array.from({ length: 3 * 1000 }, (_, i) => i);
  const lane = Int32Array.from({ length: 1000 }, (_, i) => 3 * i + 1);
  createRng(4).shuffle(strided, 1000, 3, 1);
  shuffleInPlace(lane, createRng(4));
  assert.deepEqual(
    Int32Array.from({ length: 1000 }, (_, i) => strided[3 * i + 1]!),
    lane,
  );
  assert.ok(
    strided.every((v, i) => i % 3 === 1 || v === i),
    'the other lanes stay put',
  );
  assert.deepEqual(
    [...lane].sort((x, y) => x - y),
    Array.from({ length: 1000 }, (_, i) => 3 * i + 1),
  );
});

test('shuffleShort: every permutation of 4 equally often, the same on a lane as on its own array, at most 65,536 elements', () => {
  const rng = createRng(21);
  const seen = new Map<string, number>();
  const a = Int32Array.of(0, 1, 2, 3);
  for (let k = 0; k < 48_000; k++) {
    rng.shuffleShort(a);
    seen.set(a.join(''), (seen.get(a.join('')) ?? 0) + 1);
  }
  assert.equal(seen.size, 24);
  // each of the 24 about 2,000 times (sd ≈ 44); a biased draw would push some far off
  for (const [perm, count] of seen) assert.ok(Math.abs(count - 2000) < 250, `${perm}: ${count}`);
  const strided = Float64Array.from({ length: 4 * 3000 }, (_, i) => i);
  const lane = Float64Array.from({ length: 3000 }, (_, i) => 4 * i + 2);
  createRng(8).shuffleShort(strided, 3000, 4, 2);
  createRng(8).shuffleShort(lane);
  assert.deepEqual(
    Float64Array.from({ length: 3000 }, (_, i) => strided[4 * i + 2]!),
    lane,
  );
  assert.throws(() => createRng(1).shuffleShort(new Float64Array(70_000)), /at most 65536/);
});
