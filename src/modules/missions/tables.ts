/**
 * Kysely types of the missions tables (migrations 0050_missions.sql and 0114_mission_trials.sql; its partners, partner_members and
 * mission_participants belong to the network module). jsonb columns are written as JSON text.
 */
import type { ColumnType, Generated } from 'kysely';

export const MISSION_STATUSES = ['idea', 'analysis', 'approach', 'running', 'evaluation', 'closed'] as const;
export type MissionStatus = (typeof MISSION_STATUSES)[number];
export const PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const MEASURE_TYPES = ['preventive', 'repressive', 'care', 'behavioural', 'administrative-power'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];
export const POWER_KINDS = ['gebiedsverbod', 'sluiting', 'camera', 'bibob'] as const;
export type PowerKind = (typeof POWER_KINDS)[number];
export const MEASURE_STATUSES = ['planned', 'running', 'paused', 'finished', 'cancelled'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const EVIDENCE_KINDS = ['crime-counts', 'hotcrimes', 'hottimes', 'concentration', 'report-counts', 'snapshot'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const LOG_KINDS = ['decision', 'meeting', 'note'] as const;
export const PUBLIC_STATUSES = ['none', 'draft', 'approved'] as const;

/** jsonb: read as parsed JSON, written as JSON text. */
type Json<T> = ColumnType<T, string, string>;
/** date columns come back as Date (pg) or string; the store normalises them. */
type DateCol = ColumnType<Date | string, string, string>;
type NullableDateCol = ColumnType<Date | string | null, string | null, string | null>;

export interface MissionTables {
  missions: {
    gemeente_code: string;
    id: string;
    number: string;
    title: string;
    problem_statement: Generated<string>;
    scope: Json<unknown>;
    crime_types: Json<string[]>;
    signal_categories: Json<string[]>;
    times: Json<unknown>;
    owner_id: string | null;
    priority: Generated<Priority>;
    status: Generated<MissionStatus>;
    start_date: NullableDateCol;
    next_review: NullableDateCol;
    review_interval_days: number | null;
    impact_score: number | null;
    impact_rationale: string | null;
    feasibility_score: number | null;
    feasibility_rationale: string | null;
    effect_settings: Json<unknown>;
    origin: ColumnType<unknown, string | null, string | null>;
    public_status: Generated<'none' | 'draft' | 'approved'>;
    public_title: string | null;
    public_summary: string | null;
    public_join: string | null;
    public_approved_by: string | null;
    public_approved_at: Date | null;
    created_by: string;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
    version: Generated<number>;
    /** Written by the demo loader (migration 0083). */
    demo: Generated<boolean>;
  };
  mission_counters: { gemeente_code: string; year: number; last_value: Generated<number> };
  mission_status_history: {
    id: Generated<number>;
    mission_id: string;
    from_status: string | null;
    to_status: string;
    reason: string | null;
    actor: string;
    at: Generated<Date>;
  };
  mission_evidence: {
    id: string;
    mission_id: string;
    kind: EvidenceKind;
    title: string;
    query: Json<unknown>;
    result: Json<unknown>;
    note: string | null;
    captured_by: string;
    captured_at: Generated<Date>;
  };
  mission_goals: {
    id: string;
    mission_id: string;
    title: string;
    indicator: Json<unknown>;
    direction: 'decrease' | 'increase';
    baseline_value: number | null;
    baseline_from: DateCol;
    baseline_to: DateCol;
    target_value: number;
    deadline: DateCol;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  goal_measurements: {
    id: string;
    goal_id: string;
    measured_on: DateCol;
    value: number;
    source: string;
    note: string | null;
    entered_by: string;
    entered_at: Generated<Date>;
  };
  mission_measures: {
    id: string;
    mission_id: string;
    title: string;
    description: Generated<string>;
    type: MeasureType;
    power_kind: PowerKind | null;
    legal_basis: string | null;
    owner_partner_id: string | null;
    start_date: NullableDateCol;
    end_date: NullableDateCol;
    cost_eur: number | null;
    status: Generated<MeasureStatus>;
    design: ColumnType<unknown, string | null, string | null>;
    hypothesis: string | null;
    scope: ColumnType<unknown, string | null, string | null>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  /** Compliance trials of behavioural measures (migration 0114_mission_trials.sql, trials/). */
  mission_trials: {
    measure_id: string;
    mission_id: string;
    design: 'randomised' | 'stepped-wedge';
    steps: number | null;
    units: Json<unknown>;
    hypothesis: string;
    indicator: Json<unknown>;
    expected_direction: 'decrease' | 'increase';
    baseline_from: DateCol;
    baseline_to: DateCol;
    trial_from: DateCol;
    trial_to: DateCol;
    seed: string | null;
    allocation: ColumnType<unknown, string | null, string | null>;
    randomised_by: string | null;
    randomised_at: Date | null;
    registered_by: string | null;
    registered_at: Date | null;
    measurements: ColumnType<unknown, string | undefined, string>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  mission_log: {
    id: string;
    mission_id: string;
    kind: 'decision' | 'meeting' | 'note';
    occurred_on: DateCol;
    title: string;
    body: Generated<string>;
    actor: string;
    created_at: Generated<Date>;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends MissionTables {}
}
