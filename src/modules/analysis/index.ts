/**
 * The analysis module — pure spatial and temporal statistics: typed arrays in, plain results out;
 * no database, no HTTP, no files, no clock (see README.md beside this file). It has no routes and
 * no commands: the analysis views (src/modules/analysis-views) are its I/O shell, for the API and
 * the `stats` CLI on files.
 * This file is the module's only public surface: other modules import from here, never from the
 * module's other files.
 */
export { amsterdamOffsetMinutes, offsetChangeWithin, parseAmsterdamTime, wallClockMinutes, type ParsedTime } from './amsterdam-time.ts';
export { aoristicHourOfWeek, hourOfWeek, HOURS_PER_WEEK, type AoristicEvents } from './aoristic.ts';
export { Disclosure } from './disclosure.ts';
export { falseAlarmRate, farringtonAssess, weeklyCounts, type EarlyWarningOptions, type WeekAssessment } from './early-warning.ts';
export { benjaminiHochberg, fdrSignificant } from './fdr.ts';
export { gridContiguity, type Contiguity } from './grid-contiguity.ts';
export { cellOf, gridCounts, gridFor, type GridCounts, type GridSpec } from './grid-counts.ts';
export { hotcrimes, type CrimeTypeCounts, type HotcrimeOptions, type HotcrimeRow } from './hotcrimes.ts';
export { concentration, topShare, type ConcentrationResult } from './hotshots.ts';
export {
  normalQuantile,
  poissonDid,
  weightedDisplacementDifference,
  type BeforeAfter,
  type PoissonDid,
  type WddInput,
  type WddResult,
} from './effect.ts';
export { evaluateHotspots, type HotspotEvaluation, type HotspotEvaluationInput } from './hotspot-evaluation.ts';
export { defaultBandwidth, quarticKde, type KdeResult } from './kde.ts';
export { knoxTest, type KnoxOptions, type KnoxResult } from './knox.ts';
export { FieldRangeError } from './knox-pairs.ts';
export { localG, type LocalGOptions, type LocalGResult } from './local-g.ts';
export { localMoran, type LocalMoranOptions, type LocalMoranResult, type Quadrant } from './local-moran.ts';
export { moranI, type MoranResult, type PermutationOptions } from './moran.ts';
export type { Alternative } from './permutation-p.ts';
export { adjacency, ringOf, type PolygonGeometry } from './polygon-contiguity.ts';
export { alignWeights, parseGal, parseGwt, WeightsFileError, type ParsedWeights } from './weights-io.ts';
export { findAsymmetry, isSymmetric, transformWeights, weightsFromLists, type SpatialWeights, type WeightsTransform } from './weights.ts';
