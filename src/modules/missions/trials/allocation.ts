/**
 * Balanced allocation of trial units by the seeded generator (prng.ts). The units are first put in
 * a fixed order (sorted by code), then shuffled with the seed:
 * - randomised: the first ceil(n/2) shuffled units form the treatment arm, the rest the control arm;
 * - stepped wedge with k steps: the shuffled units are dealt in order over the steps, so step j gets
 *   units j, j+k, j+2k, … (sizes differ by at most one); step 1 crosses to treatment first.
 * The same seed and units always give the same allocation.
 */
import { shuffled, splitMix64, type Prng } from './prng.ts';

export interface TrialUnit {
  code: string;
  label: string;
}
export type Arm = 'treatment' | 'control';
export interface AllocatedUnit extends TrialUnit {
  /** randomised: the arm; stepped wedge: null. */
  arm: Arm | null;
  /** stepped wedge: the step (1…k) at which the unit crosses to treatment; randomised: null. */
  step: number | null;
}

const byCode = (a: TrialUnit, b: TrialUnit) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export function allocateArms(units: readonly TrialUnit[], rng: Prng): AllocatedUnit[] {
  const order = shuffled([...units].sort(byCode), rng);
  const treated = Math.ceil(order.length / 2);
  return order.map((u, i) => ({ code: u.code, label: u.label, arm: i < treated ? 'treatment' : 'control', step: null }));
}

export function allocateSteps(units: readonly TrialUnit[], steps: number, rng: Prng): AllocatedUnit[] {
  const order = shuffled([...units].sort(byCode), rng);
  return order.map((u, i) => ({ code: u.code, label: u.label, arm: null, step: (i % steps) + 1 }));
}

export function allocate(units: readonly TrialUnit[], design: { steps: number | null }, seed: bigint): AllocatedUnit[] {
  const rng = splitMix64(seed);
  const out = design.steps ? allocateSteps(units, design.steps, rng) : allocateArms(units, rng);
  return out.sort(byCode);
}
