/**
 * Poisson random variates for simulations. Inversion by sequential search (Devroye 1986, §X.3.3)
 * for mean ≤ 500; larger means are split into equal parts ≤ 500 and summed (a sum of independent
 * Poisson variables is Poisson with the summed mean), so the sampler is exact for any mean.
 */
import type { Rng } from './prng.ts';

function inversion(mean: number, rng: Rng): number {
  let k = 0;
  let p = Math.exp(-mean);
  let cdf = p;
  const u = rng.nextFloat();
  while (u > cdf && k < 10_000) {
    k++;
    p *= mean / k;
    cdf += p;
  }
  return k;
}

export function poissonSample(mean: number, rng: Rng): number {
  if (!(mean >= 0)) throw new RangeError('Poisson mean must be ≥ 0');
  if (mean === 0) return 0;
  const parts = Math.ceil(mean / 500);
  let total = 0;
  for (let k = 0; k < parts; k++) total += inversion(mean / parts, rng);
  return total;
}
