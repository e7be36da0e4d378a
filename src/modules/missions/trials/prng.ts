/**
 * The seeded pseudo-random generator of compliance trials: SplitMix64 (Steele, Lea & Flood 2014,
 * "Fast splittable pseudorandom number generators"; the reference C code by Sebastiano Vigna,
 * https://prng.di.unimi.it/splitmix64.c). Published test vector (Rosetta Code, "Pseudo-random
 * numbers/Splitmix64"): seed 1234567 gives 6457827717110365317, 3203168211198807973,
 * 9817491932198370423, 4593380528125082431, 16408922859458223821 (prng.test.ts checks them).
 *
 * A uniform number in [0, 1) is the top 53 bits of the next output divided by 2^53; an integer in
 * [0, n) is floor(u · n). The Fisher–Yates shuffle (Durstenfeld's version) walks i from the last
 * position down to 1 and swaps position i with a position j drawn uniformly from [0, i].
 * Anyone with the seed can redo an allocation with this description alone.
 */
const MASK = (1n << 64n) - 1n;
const GAMMA = 0x9e3779b97f4a7c15n;

export interface Prng {
  /** The next 64-bit output as an unsigned BigInt. */
  nextUint64(): bigint;
  /** Uniform in [0, 1): top 53 bits / 2^53. */
  nextFloat(): number;
  /** Uniform integer in [0, n). */
  nextInt(n: number): number;
}

export function splitMix64(seed: bigint): Prng {
  let state = BigInt.asUintN(64, seed);
  const nextUint64 = () => {
    state = (state + GAMMA) & MASK;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
    return z ^ (z >> 31n);
  };
  const nextFloat = () => Number(nextUint64() >> 11n) / 2 ** 53;
  return { nextUint64, nextFloat, nextInt: (n) => Math.floor(nextFloat() * n) };
}

/** Fisher–Yates (Durstenfeld) shuffle of a copy of `items`. */
export function shuffled<T>(items: readonly T[], rng: Prng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A seed text is the decimal form of an unsigned 64-bit integer. */
export const SEED_PATTERN = /^(0|[1-9]\d{0,19})$/;

export function parseSeed(text: string): bigint {
  return BigInt.asUintN(64, BigInt(text));
}
