/** A small seeded random generator, so the demo content is the same on every load (and in tests). */
import { seededRandomOf } from '../../../core/seeded-random.ts';

/** mulberry32 over a 32-bit hash of `seed`: numbers in [0, 1) (src/core/seeded-random.ts). */
export const seededRandom = seededRandomOf;

/** A number in [lo, hi). */
export const between = (rnd: () => number, lo: number, hi: number) => lo + (hi - lo) * rnd();

export const round1 = (v: number) => Math.round(v * 10) / 10;
