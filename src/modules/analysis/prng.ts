/**
 * Seeded pseudo-random numbers for reproducible permutation tests.
 *
 * Generator: xoshiro128** 1.1 (Blackman & Vigna 2018, "Scrambled linear pseudorandom number
 * generators", https://prng.di.unimi.it/), 128-bit state, period 2^128 − 1, 32-bit output.
 * Seeding: the 32-bit seed is expanded into the four state words with SplitMix32 (the 32-bit
 * variant of Steele, Lea & Flood 2014 SplitMix), as the xoshiro authors recommend, so that
 * nearby seeds give unrelated streams. Same seed → same stream on every platform.
 */
export interface Rng {
  /** Uniform integer in [0, 2^32). */
  nextUint32(): number;
  /** Uniform float in [0, 1) with 53 random bits. */
  nextFloat(): number;
  /** Uniform integer in [0, n) for 1 ≤ n ≤ 2^32 (multiply-shift; bias ≤ n / 2^32, negligible here). */
  nextInt(n: number): number;
}

function splitMix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;

/** Creates a xoshiro128** generator from an integer seed (taken modulo 2^32). */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const next = splitMix32(Math.trunc(seed));
  let s0 = next();
  let s1 = next();
  let s2 = next();
  let s3 = next();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is the one forbidden state
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    return result;
  };
  return {
    nextUint32,
    nextFloat: () => ((nextUint32() >>> 5) * 67108864 + (nextUint32() >>> 6)) / 9007199254740992,
    nextInt: (n: number) => Math.floor((nextUint32() / 4294967296) * n),
  };
}

/** In-place Fisher–Yates (Durstenfeld) shuffle of a typed or plain array. */
export function shuffleInPlace<T extends { length: number; [i: number]: number }>(a: T, rng: Rng): T {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    const tmp = a[i]!;
    a[i] = a[j]!;
    a[j] = tmp;
  }
  return a;
}
