/**
 * The incidents module's demo content (the platform's demo runner calls it): synthetic incidents
 * up to `env.now`, loaded when the municipality has no incidents yet, removed by deleting the
 * rows and batches marked synthetic. Registered crime counts (crime_counts) are real data and stay.
 */
import type { DemoContent } from '../../../core/module-contract.ts';
import { describeIncidentSeed } from '../seed.ts';
import { countSyntheticIncidents, removeSyntheticIncidents, seedSyntheticIncidentsIfEmpty } from './demo-seed.ts';

export const incidentsDemo: DemoContent = {
  async load(ctx, env) {
    const synthetic = await seedSyntheticIncidentsIfEmpty(ctx, env.gemeente, env.now);
    return describeIncidentSeed(synthetic ? { crimeTypes: 0, countRows: 0, files: [], synthetic } : null);
  },
  remove: (ctx, env) => removeSyntheticIncidents(ctx, env.gemeente),
  count: (ctx, env) => countSyntheticIncidents(ctx, env.gemeente),
};
