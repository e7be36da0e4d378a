/** A small seeded random generator, so the demo content is the same on every load (and in tests). */

/** mulberry32 over a 32-bit hash of `seed`: numbers in [0, 1). */
export function seededRandom(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A number in [lo, hi). */
export const between = (rnd: () => number, lo: number, hi: number) => lo + (hi - lo) * rnd();

export const round1 = (v: number) => Math.round(v * 10) / 10;
