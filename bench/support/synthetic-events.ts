/** Shared pieces of the benchmarks that generate incident events: a seeded generator and the study box. */

/** Crime types the generated events are drawn from (CBS 47018NED codes). */
export const BENCH_CRIME_TYPES = ['1.1.1', '1.2.1', '1.2.3', '1.4.5', '2.2.1', '2.5.2', '1.6.2', '3.9.1'];

/** RD New box around GM0505 (Dordrecht). */
export const BENCH_BOX = { minX: 98_500, maxX: 116_000, minY: 413_500, maxY: 426_000 };

/** A small deterministic generator (mulberry32) so every run reads the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
