/** Shapes of the missions (opgaven) API replies the web app uses (see /api/v1/openapi.json, tag missions). */
export const MISSION_STATUSES = ['idea', 'analysis', 'approach', 'running', 'evaluation', 'closed'] as const;
export type MissionStatus = (typeof MISSION_STATUSES)[number];
export const PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const EVIDENCE_KINDS = ['crime-counts', 'hotcrimes', 'hottimes', 'concentration', 'report-counts', 'snapshot'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const MEASURE_TYPES = ['preventive', 'repressive', 'care', 'behavioural', 'administrative-power'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];
export const POWER_KINDS = ['gebiedsverbod', 'sluiting', 'camera', 'bibob'] as const;
export type PowerKind = (typeof POWER_KINDS)[number];
export const MEASURE_STATUSES = ['planned', 'running', 'paused', 'finished', 'cancelled'] as const;
export const LOG_KINDS = ['decision', 'meeting', 'note'] as const;
export type LogKind = (typeof LOG_KINDS)[number];
export const PARTICIPANT_KINDS = ['partner', 'initiative', 'group'] as const;
export type ProgressStatus = 'achieved' | 'on-track' | 'behind' | 'no-data' | 'suppressed';

/** Disclosure control a reply's figures were shown under (missions/disclosure.ts on the server). */
export interface Disclosure { detail: boolean; minCount: number; suppressed: number; smallScope: boolean; note: string | null }

export type Scope =
  | { kind: 'buurten'; year: number; codes: string[] }
  | { kind: 'cells'; cellSize: number; cells: [number, number][] }
  | { kind: 'polygon'; geometry: unknown };

export interface MissionPermissions { read: boolean; edit: boolean; transition: boolean; publish: boolean; addLog: boolean }

export interface MissionSummary {
  id: string; number: string; title: string; status: MissionStatus; statusLabel: string; priority: Priority;
  scope: Scope; scopeDescription: string; owner: { id: string; displayName: string } | null;
  startDate: string | null; nextReview: string | null; reviewOverdue: boolean; updatedAt: string; permissions: MissionPermissions;
}

export interface TransitionOption { to: MissionStatus; label: string; requiresReason: boolean; blockedBy: string | null }

export interface Evidence {
  id: string; kind: EvidenceKind; title: string; query: Record<string, unknown>; result: unknown; note: string | null;
  capturedBy: string; capturedAt: string; rerunnable: boolean;
}

export interface MissionDetail extends MissionSummary {
  problemStatement: string; crimeTypes: string[]; signalCategories: string[]; times: { description?: string };
  reviewIntervalDays: number | null;
  prioritisation: { impactScore: number | null; impactRationale: string | null; feasibilityScore: number | null; feasibilityRationale: string | null };
  effectSettings: { comparison?: string[] | null; ringMetres?: number; minWeeksAfter?: number; minCount?: number } | null; origin: unknown;
  publicSummary: { status: 'none' | 'draft' | 'approved'; title: string | null; summary: string | null; join: string | null; approvedAt: string | null };
  createdBy: string; createdAt: string; version: number;
  allowedTransitions: TransitionOption[];
  statusHistory: { from: string | null; to: string; reason: string | null; actor: string; at: string }[];
  evidence: Evidence[];
  disclosure: Disclosure;
  counts: { goals: number; measures: number; participants: number; logEntries: number };
}

export interface Kpi { goalId: string; title: string; status: ProgressStatus; fraction: number | null; expectedFraction: number }
export type PortfolioMission = MissionSummary & { kpis: Kpi[]; kpiStatus: ProgressStatus | null };
export interface Portfolio {
  missions: PortfolioMission[];
  map: { type: 'FeatureCollection'; features: { type: 'Feature'; id: string; properties: { id: string; number: string; title: string; status: string; priority: string; kpiStatus: ProgressStatus | null }; geometry: unknown }[] };
}

export type Quadrant = 'do-first' | 'invest' | 'quick-win' | 'reconsider' | 'unscored';
export interface PrioritisedMission {
  id: string; number: string; title: string; status: string; priority: string; rank: number; score: number | null; quadrant: Quadrant;
  impactScore: number | null; impactRationale: string | null; feasibilityScore: number | null; feasibilityRationale: string | null;
}

export interface Alert { areaCode: string; areaName?: string; crimeType: string; weekStart: string; count: number; expected: number; upper: number }
export interface Candidate {
  key: string; areaCode: string; areaName: string | null; crimeType: string; weeks: string[]; count: number; expected: number;
  excess: number; ratio: number | null; coveredBy: { id: string; number: string } | null; suggestedTitle: string;
}

export type Indicator =
  | { source: 'registered-crime'; crimeTypes?: string[] }
  | { source: 'reports'; categories?: string[] }
  | { source: 'perception'; indicatorCode: string; areaCode: string }
  | { source: 'custom'; name: string; unit: string };

export interface Reading { value: number | null; suppressed: boolean; margin: number | null; from: string; to: string; source: string; kind: 'count' | 'estimate' | 'measurement' }
export interface Goal {
  id: string; missionId: string; title: string; indicator: Indicator; indicatorLabel: string; direction: 'decrease' | 'increase';
  baseline: { from: string; to: string; frozenValue: number | null; reading: Reading | null };
  target: { value: number; deadline: string };
  current: Reading | null;
  progress: { status: ProgressStatus; fraction: number | null; expectedFraction: number; change: number | null; changeSignificant: boolean | null; explanation: string; asOf: string };
  measurements: { id: string; measuredOn: string; value: number; source: string; note: string | null; enteredBy: string }[];
  permissions: { edit: boolean; addMeasurement: boolean };
  disclosure: Disclosure;
}

export interface EastDesign { easy: string; attractive: string; social: string; timely: string }
export interface Measure {
  id: string; missionId: string; title: string; description: string; type: MeasureType;
  powerKind: PowerKind | null; powerLabel: string | null; legalBasis: string | null;
  ownerPartner: { id: string; name: string } | null; startDate: string | null; endDate: string | null; costEur: number | null; status: string;
  design: EastDesign | null; hypothesis: string | null; scope: unknown; permissions: { edit: boolean };
}

export interface Partner { id: string; name: string; kind: string; contactRole: string | null; description: string | null; missions: number }
export interface Participant { id: string; kind: 'partner' | 'initiative' | 'group'; partnerId: string | null; partnerKind: string | null; name: string; role: string | null; joinedOn: string | null }
export interface LogEntry { id: string; kind: LogKind; occurredOn: string; title: string; body: string; actor: string; createdAt: string }

export interface BeforeAfter { before: number | null; after: number | null }
export interface Did { irr: number; percentChange: number; logIrr: number; se: number; ciLow: number; ciHigh: number; z: number; p: number; continuityCorrected: boolean }
export interface Wdd { local: number; displacement: number; total: number; variance: number; se: number; z: number; p: number; ciLow: number; ciHigh: number }
export interface PerceptionEffect {
  goalId: string; title: string; indicatorCode: string; areaCode: string;
  before: { year: number; value: number; margin: number | null } | null; after: { year: number; value: number; margin: number | null } | null;
  difference: number | null; margin: number | null; significant: boolean | null; method: string | null; reason: string | null;
}
export interface Effect {
  missionId: string; measureId: string | null; subject: string; status: 'ok' | 'not-enough-data'; reasons: string[];
  crime: {
    periods: { before: { from: string; to: string }; after: { from: string; to: string } };
    counts: { target: BeforeAfter; comparison: BeforeAfter; ring: BeforeAfter; comparisonRing: BeforeAfter };
    comparison: { codes: string[]; names: string[]; suggested: boolean; ringCodes: string[]; suggestion: { ranked?: { code: string; name: string; distance: number | null; total: number | null }[] } | null };
    ring: { kind: 'buurten' | 'distance'; codes: string[]; metres: number | null };
    did: Did | null; wdd: Wdd | null; preTrend: { target: number; comparison: number } | null;
  } | null;
  method: string | null; caveats: string[]; perception: PerceptionEffect[]; disclosure: Disclosure;
}

export interface Rerun {
  evidence: Evidence;
  frozen: { capturedAt: string; result: unknown };
  fresh: { computedAt: string; result: unknown };
  changes: { field: string; frozen: number; fresh: number; difference: number }[];
  disclosure: Disclosure;
}

export interface PublicMission {
  id: string; number: string; title: string; summary: string; join: string; status: string; statusLabel: string; area: string;
  geometry: unknown; approvedAt: string | null;
  goals: { title: string; indicator: string; baseline: number | null; current: number | null; target: number; deadline: string; progress: { status: string; fraction: number | null; explanation: string }; suppressed: boolean }[];
}

export interface CrimeType { code: string; title: string; description: string | null }
