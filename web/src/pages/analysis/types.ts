/**
 * Readable names for the analysis views' API types (GET /api/v1/analysis/…, tag analysis): aliases
 * onto the types generated from /api/v1/openapi.json (api/openapi.ts, `npm run api-types`).
 */
import type { Reply } from '../../api/types.ts';

type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;

/** A count the API withheld for a role without analysis:detail (fewer than minCellCount events). */
export type Suppressible = number | null;

export type HottimesReply = Reply<'/api/v1/analysis/hottimes'>;
/** What every view reply says about its selection and disclosure. */
export type Meta = HottimesReply['meta'];
export type Source = Meta['source'];

export type HotcrimesReply = Reply<'/api/v1/analysis/hotcrimes'>;
export type HotcrimeRow = HotcrimesReply['byLevel'][number];

export type HotspotsReply = Reply<'/api/v1/analysis/hotspots'>;
export type HotspotFeature = HotspotsReply['features'][number];
export type HotspotProperties = HotspotFeature['properties'];
export type HotspotClass = HotspotProperties['class'];
/** The classes in legend order (checked against the API's values). */
export const HOTSPOT_CLASSES = [
  'hot-99',
  'hot-95',
  'hot-90',
  'cold-90',
  'cold-95',
  'cold-99',
  'HH',
  'HL',
  'LH',
  'LL',
  'not-significant',
] as const satisfies readonly HotspotClass[];
export const HOTSPOT_CLASSES_COMPLETE: Missing<HotspotClass, (typeof HOTSPOT_CLASSES)[number]> = true;
/** With fdr: what the permutations' p floor lets the correction find. */
export type FdrCheck = NonNullable<HotspotsReply['fdrCheck']>;

export type TrendsReply = Reply<'/api/v1/analysis/trends'>;
export type TrendSeries = TrendsReply['series'][number];
export type TrendWeek = TrendSeries['weeks'][number];
export type AlertsReply = Reply<'/api/v1/analysis/alerts'>;
export type AlertEvidence = AlertsReply['alerts'][number];
/** Series tested, weeks, nominal false-alarm rate and the alarms expected by chance (alerts and trends replies). */
export type FalseAlarms = AlertsReply['falseAlarms'];

export type NearRepeatReply = Reply<'/api/v1/analysis/near-repeat'>;
export type KnoxCell = NearRepeatReply['cells'][number];
export type ConcentrationReply = Reply<'/api/v1/analysis/concentration'>;
export type KdeReply = Reply<'/api/v1/analysis/kde'>;
export type EvaluationReply = Reply<'/api/v1/analysis/evaluation', 'post'>;

export type CrimeType = Reply<'/api/v1/incidents/crime-types'>[number];
