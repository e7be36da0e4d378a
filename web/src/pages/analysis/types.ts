/** Shapes of the workbench API replies (GET /api/v1/analysis/…, see /api/v1/openapi.json, tag analysis). */
export type Source = 'incidents' | 'signals';
/** A count the API withheld for a role without analysis:detail (fewer than minCellCount events). */
export type Suppressible = number | null;

export interface Meta {
  source: Source;
  from: string;
  to: string;
  area: string;
  crimeTypes: string[] | null;
  categories: string[] | null;
  events: number | null;
  synthetic: boolean;
  syntheticShare: number;
  /** Events left out for having no buurt (outside the municipality or never placed); null when suppressed. */
  withoutBuurt?: number | null;
  minCellCount: number;
  detail: boolean;
  suppressedCells: number;
  notes: string[];
}

export interface HottimesReply {
  meta: Meta;
  weekdays: string[];
  matrix: Suppressible[][];
  byHour: Suppressible[];
  byWeekday: Suppressible[];
  peakHours: { weekday: string; hour: number; hourOfWeek: number }[];
}

export interface HotcrimeRow {
  type: string;
  current: Suppressible;
  baseline: Suppressible;
  currentRate: Suppressible;
  baselineRate: Suppressible;
  rateRatio: Suppressible;
  change: Suppressible;
  tested: boolean;
  p: Suppressible;
  q: Suppressible;
  levelRank: number;
  changeRank: number | null;
  suppressed: boolean;
}

export interface HotcrimesReply {
  meta: Meta;
  baseline: { from: string; to: string; events: Suppressible };
  byLevel: HotcrimeRow[];
  byChange: HotcrimeRow[];
}

export const HOTSPOT_CLASSES = ['hot-99', 'hot-95', 'hot-90', 'cold-90', 'cold-95', 'cold-99', 'HH', 'HL', 'LH', 'LL', 'not-significant'] as const;
export type HotspotClass = (typeof HOTSPOT_CLASSES)[number];

export interface HotspotProperties {
  id: string;
  name: string | null;
  count: Suppressible;
  suppressed: boolean;
  stat: number | null;
  z: number | null;
  p: number | null;
  pSim: number | null;
  q: number | null;
  class: HotspotClass;
  quadrant: string | null;
  corner: [number, number] | null;
}

export interface HotspotFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } | null;
  properties: HotspotProperties;
}

export interface HotspotsReply {
  type: 'FeatureCollection';
  meta: Meta;
  moran: { i: number | null; expected: number | null; z: number | null; p: number | null; pSim: number | null } | null;
  method: string;
  unit: string;
  cellSize: number | null;
  permutations: number;
  seed: number;
  fdr: number | null;
  alpha: number;
  /** With fdr: what the permutations' p floor lets the correction find (workbench fdr-check.ts). */
  fdrCheck?: FdrCheck | null;
  features: HotspotFeature[];
}

export interface FdrCheck {
  fdr: number;
  units: number;
  permutations: number;
  pFloor: number;
  minUnitsAtFloor: number | null;
  unitsAtFloor: number | null;
  significant: number;
  limitedByPermutations: boolean;
  permutationsForOneUnit: number;
  maxPermutations: number;
  advice: 'none' | 'more-permutations' | 'analytic-p';
  explanation: string | null;
}

export interface AlertEvidence {
  areaCode: string;
  areaName?: string;
  crimeType: string;
  weekStart: string;
  count: Suppressible;
  expected: number;
  upper: number;
  evidence: { baselineWeeks: number; baselineYears: number; halfWindow: number; alpha: number; minCount: number; method: string };
}

export interface TrendWeek { weekStart: string; count: Suppressible; expected: number | null; upper: number | null; alarm: boolean }
export interface TrendSeries { areaCode: string; crimeType: string; weeks: TrendWeek[]; alerts: AlertEvidence[] }
export interface TrendsReply { meta: Meta; series: TrendSeries[] }
export interface AlertsReply { meta: Meta; alerts: AlertEvidence[] }

export interface KnoxCell {
  space: [string, string];
  time: [string, string];
  observed: Suppressible;
  expected: Suppressible;
  knoxRatio: Suppressible;
  p: Suppressible;
  knoxRatioSim: Suppressible;
  suppressed: boolean;
}
export interface NearRepeatReply {
  meta: Meta;
  spaceBands: string[];
  timeBands: string[];
  distance: string;
  permutations: number;
  seed: number;
  pairs: number;
  cells: KnoxCell[];
}

export interface ConcentrationReply {
  meta: Meta;
  of: 'offender' | 'victim' | 'address';
  incidentsWithRef: Suppressible;
  distinctRefs: Suppressible;
  repeatRefs: Suppressible;
  repeatIncidentShare: Suppressible;
  gini: Suppressible;
  topShares: Record<string, number | null>;
  distribution: { events: number; refs: Suppressible }[];
  curve: { idShare: number | null; incidentShare: number | null }[];
  top: { ref: string; count: number }[];
}

export interface KdeReply {
  meta: Meta;
  bandwidth: number | null;
  unit: string;
  bboxRd: number[];
  bbox: number[];
  cellSize: number;
  cols: number;
  rows: number;
  values: (number | null)[];
}

export interface EvaluationReply {
  meta: Meta;
  selectedCells: number;
  studyCells: number;
  hits: Suppressible;
  total: Suppressible;
  hitRate: Suppressible;
  areaShare: number | null;
  pai: Suppressible;
  maxHits: Suppressible;
  pei: Suppressible;
  rri: Suppressible;
  baseline: { from?: string; to?: string } | null;
}

export interface CrimeType { code: string; title: string; description: string | null }
