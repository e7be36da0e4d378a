/**
 * Public surface of the analysis module for other modules (incidents, API, jobs): pure functions,
 * typed arrays in, plain results out; no database, no HTTP. See README.md beside this file.
 */
export { amsterdamOffsetMinutes, offsetChangeWithin, parseAmsterdamTime, type ParsedTime } from './amsterdam-time.ts';
export { aoristicHourOfWeek, hourOfWeek, HOURS_PER_WEEK, type AoristicEvents } from './aoristic.ts';
export { falseAlarmRate, farringtonAssess, weeklyCounts, type EarlyWarningOptions, type WeekAssessment } from './early-warning.ts';
export { benjaminiHochberg, fdrSignificant } from './fdr.ts';
export { gridContiguity, type Contiguity } from './grid-contiguity.ts';
export { cellOf, gridCounts, gridFor, type GridCounts, type GridSpec } from './grid-counts.ts';
export { hotcrimes, type CrimeTypeCounts, type HotcrimeOptions, type HotcrimeRow } from './hotcrimes.ts';
export { concentration, topShare, type ConcentrationResult } from './hotshots.ts';
export { normalQuantile, poissonDid, weightedDisplacementDifference, type BeforeAfter, type PoissonDid, type WddInput, type WddResult } from './effect.ts';
export { evaluateHotspots, type HotspotEvaluation, type HotspotEvaluationInput } from './hotspot-evaluation.ts';
export { defaultBandwidth, quarticKde, type KdeResult } from './kde.ts';
export { knoxTest, type KnoxOptions, type KnoxResult } from './knox.ts';
export { FieldRangeError } from './knox-pairs.ts';
export { localG, type LocalGOptions, type LocalGResult } from './local-g.ts';
export { localMoran, type LocalMoranOptions, type LocalMoranResult, type Quadrant } from './local-moran.ts';
export { moranI, type MoranResult, type PermutationOptions } from './moran.ts';
export type { Alternative } from './permutation-p.ts';
export { alignWeights, parseGal, parseGwt, WeightsFileError, type ParsedWeights } from './weights-io.ts';
export { isSymmetric, transformWeights, weightsFromLists, type SpatialWeights, type WeightsTransform } from './weights.ts';
