/** Reads and writes mission_trials (migration 0114); one trial per measure. */
import type { ServiceContext } from '../../../core/context.ts';
import { dateText } from '../../../db/date-text.ts';
import type { AllocatedUnit } from './allocation.ts';
import type { TrialIndicator, TrialInput } from './schema.ts';

export type Measurements = Record<string, Record<string, number>>;

export interface TrialRow {
  measure_id: string;
  mission_id: string;
  design: 'randomised' | 'stepped-wedge';
  steps: number | null;
  units: TrialInput['units'];
  hypothesis: string;
  indicator: TrialIndicator;
  expected_direction: 'decrease' | 'increase';
  baseline_from: string;
  baseline_to: string;
  trial_from: string;
  trial_to: string;
  seed: string | null;
  allocation: AllocatedUnit[] | null;
  randomised_by: string | null;
  randomised_at: Date | null;
  registered_by: string | null;
  registered_at: Date | null;
  measurements: Measurements;
}

export async function findTrial(ctx: ServiceContext, measureId: string): Promise<TrialRow | null> {
  const row = await ctx.db
    .selectFrom('mission_trials')
    .select([
      'measure_id',
      'mission_id',
      'design',
      'steps',
      'units',
      'hypothesis',
      'indicator',
      'expected_direction',
      dateText('baseline_from').as('baseline_from'),
      dateText('baseline_to').as('baseline_to'),
      dateText('trial_from').as('trial_from'),
      dateText('trial_to').as('trial_to'),
      'seed',
      'allocation',
      'randomised_by',
      'randomised_at',
      'registered_by',
      'registered_at',
      'measurements',
    ])
    .where('measure_id', '=', measureId)
    .executeTakeFirst();
  return (row as TrialRow | undefined) ?? null;
}

/** Creates or replaces the design; a changed design drops an earlier (unregistered) allocation. */
export async function saveDesign(ctx: ServiceContext, missionId: string, measureId: string, input: TrialInput): Promise<void> {
  const design = {
    design: input.design,
    steps: input.design === 'stepped-wedge' ? (input.steps ?? null) : null,
    units: JSON.stringify(input.units),
    hypothesis: input.hypothesis,
    indicator: JSON.stringify(input.indicator),
    expected_direction: input.expectedDirection,
    baseline_from: input.baselineFrom,
    baseline_to: input.baselineTo,
    trial_from: input.trialFrom,
    trial_to: input.trialTo,
    seed: null,
    allocation: null,
    randomised_by: null,
    randomised_at: null,
  };
  await ctx.db
    .insertInto('mission_trials')
    .values({ measure_id: measureId, mission_id: missionId, ...design })
    .onConflict((oc) => oc.column('measure_id').doUpdateSet({ ...design, updated_at: new Date() }))
    .execute();
}

export async function saveAllocation(ctx: ServiceContext, measureId: string, seed: string, allocation: AllocatedUnit[], by: string) {
  await ctx.db
    .updateTable('mission_trials')
    .set({ seed, allocation: JSON.stringify(allocation), randomised_by: by, randomised_at: new Date(), updated_at: new Date() })
    .where('measure_id', '=', measureId)
    .where('registered_at', 'is', null)
    .execute();
}

/** Sets the registration once; false when it was registered already (a concurrent request won). */
export async function saveRegistration(ctx: ServiceContext, measureId: string, by: string): Promise<boolean> {
  const r = await ctx.db
    .updateTable('mission_trials')
    .set({ registered_by: by, registered_at: new Date(), updated_at: new Date() })
    .where('measure_id', '=', measureId)
    .where('registered_at', 'is', null)
    .where('allocation', 'is not', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function saveMeasurements(ctx: ServiceContext, measureId: string, measurements: Measurements): Promise<void> {
  await ctx.db
    .updateTable('mission_trials')
    .set({ measurements: JSON.stringify(measurements), updated_at: new Date() })
    .where('measure_id', '=', measureId)
    .execute();
}
