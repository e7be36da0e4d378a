/**
 * Seeded randomness for the synthetic demo incidents: same seed, same incidents, on every
 * platform. Generator: sfc32 (Chris Doty-Humphrey's Small Fast Chaotic PRNG, PractRand-tested),
 * state seeded from the 32-bit seed and burnt in 15 rounds as its author recommends. Plus weighted
 * choice by cumulative weights, and Zipf ranks for the pseudonymous reference pools.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

export function seededRandom(seed: number): Random {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const step = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 15; i++) step();
  const next = () => step() / 4_294_967_296;
  return { next, int: (n) => Math.floor(next() * n) };
}

/** Cumulative sums of `weights`, for `pick`. */
export function cumulative(weights: ArrayLike<number>): Float64Array {
  const out = new Float64Array(weights.length);
  let s = 0;
  for (let i = 0; i < weights.length; i++) out[i] = s += weights[i]!;
  return out;
}

/** An index drawn with probability proportional to its weight (binary search in `cum`). */
export function pick(cum: Float64Array, rnd: Random): number {
  const u = rnd.next() * cum[cum.length - 1]!;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const zipfTables = new Map<string, Float64Array>();

/**
 * A rank 0 … size−1 from a Zipf law P(k) ∝ (k+1)^−s: rank 0 is the most frequent. With s ≈ 1 a
 * few references take a large share (repeat offenders, victims, addresses); s → 0 is uniform.
 */
export function zipf(size: number, s: number, rnd: Random): number {
  const key = `${size}:${s}`;
  let cum = zipfTables.get(key);
  if (!cum) {
    cum = cumulative(Array.from({ length: size }, (_, k) => (k + 1) ** -s));
    zipfTables.set(key, cum);
  }
  return pick(cum, rnd);
}
