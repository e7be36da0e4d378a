/**
 * Readable names for the missions (opgaven) API types the pages use: aliases onto the types
 * generated from /api/v1/openapi.json (api/openapi.ts, `npm run api-types`), plus the lists the
 * forms offer (each checked against the API's values).
 */
import type { Body, Reply } from '../../api/types.ts';

type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : Exclude<All, Listed>;

type MissionReply = Reply<'/api/v1/missions/{id}'>;
type CreateBody = Body<'/api/v1/missions'>;
type MeasureReply = Reply<'/api/v1/missions/{id}/measures', 'post'>;

export type MissionStatus = MissionReply['status'];
export const MISSION_STATUSES = [
  'idea',
  'analysis',
  'approach',
  'running',
  'evaluation',
  'closed',
] as const satisfies readonly MissionStatus[];
export const MISSION_STATUSES_COMPLETE: Missing<MissionStatus, (typeof MISSION_STATUSES)[number]> = true;
export type Priority = MissionReply['priority'];
export const PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const satisfies readonly Priority[];
export const PRIORITIES_COMPLETE: Missing<Priority, (typeof PRIORITIES)[number]> = true;
export type EvidenceKind = Evidence['kind'];
export const EVIDENCE_KINDS = [
  'crime-counts',
  'hotcrimes',
  'hottimes',
  'concentration',
  'report-counts',
  'snapshot',
] as const satisfies readonly EvidenceKind[];
export const EVIDENCE_KINDS_COMPLETE: Missing<EvidenceKind, (typeof EVIDENCE_KINDS)[number]> = true;
export type MeasureType = MeasureReply['type'];
export const MEASURE_TYPES = [
  'preventive',
  'repressive',
  'care',
  'behavioural',
  'administrative-power',
] as const satisfies readonly MeasureType[];
export const MEASURE_TYPES_COMPLETE: Missing<MeasureType, (typeof MEASURE_TYPES)[number]> = true;
export type PowerKind = NonNullable<MeasureReply['powerKind']>;
export const POWER_KINDS = ['gebiedsverbod', 'sluiting', 'camera', 'bibob'] as const satisfies readonly PowerKind[];
export const POWER_KINDS_COMPLETE: Missing<PowerKind, (typeof POWER_KINDS)[number]> = true;
type MeasureStatus = MeasureReply['status'];
export const MEASURE_STATUSES = ['planned', 'running', 'paused', 'finished', 'cancelled'] as const satisfies readonly MeasureStatus[];
export const MEASURE_STATUSES_COMPLETE: Missing<MeasureStatus, (typeof MEASURE_STATUSES)[number]> = true;
export type LogKind = LogEntry['kind'];
export const LOG_KINDS = ['decision', 'meeting', 'note'] as const satisfies readonly LogKind[];
export const LOG_KINDS_COMPLETE: Missing<LogKind, (typeof LOG_KINDS)[number]> = true;
type ParticipantKind = Participant['kind'];
export const PARTICIPANT_KINDS = ['partner', 'initiative', 'group'] as const satisfies readonly ParticipantKind[];
export const PARTICIPANT_KINDS_COMPLETE: Missing<ParticipantKind, (typeof PARTICIPANT_KINDS)[number]> = true;
export type ProgressStatus = Goal['progress']['status'];

/** Disclosure control a reply's figures were shown under (missions/disclosure.ts on the server). */
export type Disclosure = MissionReply['disclosure'];

/**
 * Mission area. The replies' schema leaves `scope`, `times` and `effectSettings` open (unknown);
 * they hold what the create and change bodies accept, so those shapes are used here.
 */
export type Scope = CreateBody['scope'];
export type MissionTimes = NonNullable<CreateBody['times']>;
export type EffectSettings = NonNullable<Body<'/api/v1/missions/{id}', 'patch'>['effectSettings']>;
type WithScope<T> = Omit<T, 'scope'> & { scope: Scope };

export type MissionPermissions = MissionReply['permissions'];
export type MissionSummary = WithScope<Reply<'/api/v1/missions'>['missions'][number]>;
export type TransitionOption = MissionReply['allowedTransitions'][number];
export type Evidence = MissionReply['evidence'][number];
export type MissionDetail = Omit<MissionReply, 'scope' | 'times' | 'effectSettings'> & {
  scope: Scope;
  times: MissionTimes;
  effectSettings: EffectSettings | null;
};

export type Portfolio = Omit<Reply<'/api/v1/missions/portfolio'>, 'missions'> & { missions: PortfolioMission[] };
export type PortfolioMission = WithScope<Reply<'/api/v1/missions/portfolio'>['missions'][number]>;
export type Kpi = PortfolioMission['kpis'][number];

export type PrioritisedMission = Reply<'/api/v1/missions/prioritisation'>['missions'][number];
export type Quadrant = PrioritisedMission['quadrant'];

export type Alert = Body<'/api/v1/missions/candidates'>['alerts'][number];
export type Candidate = Reply<'/api/v1/missions/candidates', 'post'>['candidates'][number];

export type Goal = Reply<'/api/v1/missions/{id}/goals', 'post'>;
export type Indicator = Goal['indicator'];
export type Reading = NonNullable<Goal['current']>;

export type Measure = MeasureReply;
export type EastDesign = NonNullable<Measure['design']>;

export type Partner = Reply<'/api/v1/partners'>['partners'][number];
export type Participant = Reply<'/api/v1/missions/{id}/participants', 'post'>;
export type LogEntry = Reply<'/api/v1/missions/{id}/log', 'post'>;

export type Effect = Reply<'/api/v1/missions/{id}/effect'>;
type CrimeEffect = NonNullable<Effect['crime']>;
export type BeforeAfter = CrimeEffect['counts']['target'];
export type Did = NonNullable<CrimeEffect['did']>;
export type Wdd = NonNullable<CrimeEffect['wdd']>;
export type PerceptionEffect = Effect['perception'][number];
/**
 * The comparison suggestion of an effect: the API's schema leaves it open (`suggestion: unknown`,
 * missions/effect-routes.ts), so the part the page reads is named here by hand.
 */
export interface ComparisonSuggestion {
  ranked?: { code: string; name: string; distance: number | null; total: number | null }[];
}

export type Rerun = Reply<'/api/v1/missions/{id}/evidence/{evidenceId}/rerun', 'post'>;
export type PublicMission = Reply<'/api/v1/public/missions/{id}'>;
export type CrimeType = Reply<'/api/v1/incidents/crime-types'>[number];
