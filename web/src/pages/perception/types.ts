/** Shapes of the perception API replies the pages use (see /api/v1/openapi.json, tags perception*). */

export type ComponentKey = 'crime' | 'nuisance' | 'victimisation' | 'perceived';
export const COMPONENT_KEYS: readonly ComponentKey[] = ['crime', 'nuisance', 'victimisation', 'perceived'];

export interface IndexComponent {
  /** 100 = city average in the base year; higher = more problems. */
  index: number | null;
  value: number | null;
  reference: number | null;
  unit: string;
  source: string;
  n: number | null;
  margin: number | null;
}

export interface Combined {
  objective: number | null;
  subjective: number | null;
  combined: number | null;
  weightObjective: number;
}

export interface PulseStats {
  n: number;
  meanDay: number | null;
  meanNight: number | null;
  unsafeNightShare: number | null;
  problems: { code: string; answers: number }[];
  suppressed: boolean;
}

export interface Gap {
  component: ComponentKey;
  message: string;
}

export interface SafetyProfile {
  areaCode: string;
  areaName: string;
  level: 'gemeente' | 'wijk' | 'buurt';
  population: number | null;
  year: number;
  baseYear: number;
  indices: Record<ComponentKey, IndexComponent>;
  combined: Combined;
  gaps: Gap[];
  pulse: PulseStats | null;
  method: string;
  permissions: string[];
}

export interface ThemeCount {
  theme: string;
  name: string;
  stories: number;
}

export interface PublicStory {
  text: string;
  themes: string[];
  month: string;
}

export interface PublicSafety extends Omit<SafetyProfile, 'permissions' | 'population'> {
  themes: ThemeCount[];
  stories: PublicStory[];
  questionnaireUrl: string | null;
  qrUrl: string | null;
}

export interface DifferenceTest {
  difference: number;
  z: number | null;
  significant: boolean | null;
}

export interface TrendPoint {
  year: number;
  value: number | null;
  margin: number | null;
  n: number | null;
  suppressed: boolean;
  vsPrevious: (DifferenceTest & { fromYear: number }) | null;
}

export interface Trends {
  areaCode: string;
  survey: { indicatorCode: string; points: TrendPoint[]; overall: (DifferenceTest & { fromYear: number; toYear: number }) | null }[];
  crime: { year: number; ratePer1000: number | null }[];
  pulse: { year: number; n: number; meanNight: number | null; suppressed: boolean }[];
  method: string;
}

export type Quadrant = 'unsafe-feeling-low-crime' | 'safe-feeling-high-crime' | 'both-high' | 'both-low';
export const QUADRANTS: readonly Quadrant[] = ['unsafe-feeling-low-crime', 'both-high', 'both-low', 'safe-feeling-high-crime'];

export interface DiscrepancyPoint {
  areaCode: string;
  areaName: string;
  x: number;
  y: number;
  gap: number;
  quadrant: Quadrant;
  flagged: boolean;
  perceivedSource: string;
  n: number | null;
  themes: ThemeCount[];
  reportCategories: { category: string; name: string; reports: number | null }[];
  pulseProblems: { code: string; answers: number }[];
}

export interface Discrepancies {
  level: 'buurt' | 'wijk';
  year: number;
  baseYear: number;
  minGap: number;
  points: DiscrepancyPoint[];
  areasWithoutBothIndices: string[];
  permissions: string[];
}

export interface Questionnaire {
  buurt: { code: string; name: string };
  wijk: { code: string; name: string } | null;
  period: string;
  periodEnds: string;
  alreadyAnswered: boolean;
  answersThisPeriod: number;
  problems: { code: string; label: string }[];
  ageBands: string[];
  storyMaxLength: number;
  privacyNote: string;
  questionnaireUrl: string;
}

export interface PulseAnswer {
  safeDay: number;
  safeNight: number;
  problems: string[];
  story?: string;
  ageBand?: string;
}

export interface PulseReply {
  period: string;
  answersThisPeriod: number;
  storyStatus: 'pending' | null;
}

export type SuggestionKind = 'email' | 'phone' | 'postcode-address' | 'name' | 'offensive' | 'duplicate';

export interface Suggestion {
  kind: SuggestionKind;
  match: string;
  start: number;
  end: number;
}

export interface Story {
  id: string;
  buurtCode: string;
  wijkCode: string | null;
  year: number;
  status: 'pending' | 'approved' | 'rejected';
  text: string;
  suggestions: Suggestion[];
  duplicateOf: string | null;
  themes: string[];
  rejectReason: string | null;
  submittedOn: string;
  moderatedAt: string | null;
  permissions: { approve: boolean; reject: boolean; tag: boolean };
}

export interface Theme {
  slug: string;
  name: string;
}

export interface ApproveBody {
  text?: string;
  redact?: { start: number; end: number }[];
  themes?: string[];
}

export interface Indicator {
  code: string;
  nameNl: string;
  nameEn: string;
  unit: 'percent' | 'mark' | 'score';
  direction: 'higher-is-worse' | 'higher-is-better';
}
