/**
 * mulberry32, a small seeded generator of numbers in [0, 1): the same seed gives the same sequence
 * on every platform, so generated demo content is the same on every load and in tests.
 * `seededRandomOf(text)` seeds it from a 32-bit FNV-1a hash of a text.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededRandomOf(text: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return mulberry32(h);
}
