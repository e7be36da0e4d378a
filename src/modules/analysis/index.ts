/**
 * The analysis module — Pure spatial and temporal statistics.
 * This file is the module's only public surface: other modules, the HTTP app and the CLI import
 * from here, never from the module's other files.
 */
import type { PlatformModule } from '../../core/module-contract.ts';
import { registerStatsCli } from './cli.ts';

export const analysisModule: PlatformModule = { name: 'analysis', cli: registerStatsCli };

// The public surface other modules use.
export { HOURS_PER_WEEK, amsterdamOffsetMinutes, aoristicHourOfWeek, benjaminiHochberg, cellOf, concentration, defaultBandwidth, evaluateHotspots, farringtonAssess, hotcrimes, knoxTest, localG, localMoran, moranI, offsetChangeWithin, poissonDid, quarticKde, topShare, weightedDisplacementDifference, weightsFromLists } from './service.ts';
export type { GridSpec, KnoxResult, MoranResult, PoissonDid, SpatialWeights, WddResult, WeekAssessment } from './service.ts';
export { Disclosure } from './disclosure.ts';
export { adjacency, ringOf, type PolygonGeometry } from './polygon-contiguity.ts';
