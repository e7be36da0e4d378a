/**
 * Kysely types of the cases tables (migration 0105_cases.sql): cases with the person, who works on
 * them (members), household, status history, links and break-glass openings. Later files of this
 * module add their tables in interfaces of their own below (plans, meetings, retention proofs).
 */
import type { ColumnType, Generated } from 'kysely';

/** date columns come back as Date (pg) or string; read them with db/date-text.ts. */
type NullableDateCol = ColumnType<Date | string | null, string | null | undefined, string | null>;

export const CASE_STATUSES = ['aangemeld', 'in-behandeling', 'plan-vastgesteld', 'monitoring', 'afgesloten'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const TRAJECTORIES = ['zorg', 'justitieel', 'combinatie', 'nazorg'] as const;
export type Trajectory = (typeof TRAJECTORIES)[number];
export const CASE_LINK_KINDS = ['youth-group', 'address', 'incident', 'signal', 'decision'] as const;
export type CaseLinkKind = (typeof CASE_LINK_KINDS)[number];
export type CaseMemberRole = 'director' | 'member';

export interface CasesTables {
  case_criteria: {
    gemeente_code: string;
    code: string;
    name_nl: string;
    name_en: string;
    active: Generated<boolean>;
    sort: Generated<number>;
  };
  cases: {
    gemeente_code: string;
    id: string;
    reference: string;
    status: Generated<CaseStatus>;
    criteria: string[];
    director_id: string | null;
    person_name: string | null;
    person_birth_date: NullableDateCol;
    person_bsn_enc: string | null;
    person_address: string | null;
    care_info_enc: string | null;
    search_hashes: Generated<string[]>;
    area_code: string | null;
    trajectory: Trajectory | null;
    agreement_id: string | null;
    legal_basis: string;
    youth_group_id: string | null;
    closing_reason: string | null;
    opened_at: Generated<Date>;
    plan_set_at: Date | null;
    closed_at: Date | null;
    anonymised_at: Date | null;
    demo: Generated<boolean>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  case_members: {
    case_id: string;
    user_id: string;
    member_role: Generated<CaseMemberRole>;
    partner_id: string | null;
    added_by: string | null;
    added_at: Generated<Date>;
  };
  case_partners: {
    case_id: string;
    partner_id: string;
  };
  case_household: {
    id: string;
    case_id: string;
    name: string | null;
    birth_date: NullableDateCol;
    relation: string;
    created_at: Generated<Date>;
  };
  case_status_history: {
    id: string;
    case_id: string;
    from_status: CaseStatus | null;
    to_status: CaseStatus;
    reason: string | null;
    actor_id: string | null;
    at: Generated<Date>;
  };
  case_links: {
    id: string;
    case_id: string;
    kind: CaseLinkKind;
    ref: string;
    label: string | null;
    created_at: Generated<Date>;
  };
  case_break_glass: {
    id: string;
    case_id: string;
    user_id: string;
    reason: string;
    opened_at: Generated<Date>;
    expires_at: Date;
    reviewed_at: Date | null;
    reviewed_by: string | null;
    review_note: string | null;
    /** 0110: the privacy officer's verdict. */
    review_verdict: 'terecht' | 'onterecht' | null;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends CasesTables {}
}

/** Tables of the case lifecycle (migration 0109_case_lifecycle.sql): retention proofs and the demo procesregisseur. */
export interface CaseLifecycleTables {
  case_retention_proofs: {
    gemeente_code: string;
    year: number;
    run_at: Date;
    cases_anonymised: Generated<number>;
    case_references: Generated<string[]>;
    checksum: string;
    method: string;
  };
  case_demo_director: {
    gemeente_code: string;
    user_id: string;
  };
}

export const LIFE_DOMAINS = ['safety', 'care', 'housing', 'income', 'daytime', 'justice'] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];
export const GOAL_STATUSES = ['open', 'bezig', 'behaald', 'niet-behaald'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const INTERVENTION_RESULTS = ['positief', 'neutraal', 'negatief', 'onbekend'] as const;
export type InterventionResult = (typeof INTERVENTION_RESULTS)[number];
export const MILESTONE_KINDS = ['release', 'id', 'housing', 'income', 'care'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export const MILESTONE_STATUSES = ['open', 'bezig', 'geregeld', 'niet-nodig'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export const MEETING_STATUSES = ['gepland', 'gehouden'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Migration 0108: a case's plan — goals per life domain, interventions, nazorg milestones. */
export interface CasePlanTables {
  case_goals: {
    id: string;
    case_id: string;
    domain: LifeDomain;
    text: string | null;
    status: Generated<GoalStatus>;
    target_date: NullableDateCol;
    sort: Generated<number>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  case_interventions: {
    id: string;
    case_id: string;
    domain: LifeDomain | null;
    description: string | null;
    partner_id: string | null;
    responsible_user_id: string | null;
    planned_start: NullableDateCol;
    planned_end: NullableDateCol;
    done_on: NullableDateCol;
    outcome: string | null;
    result: Generated<InterventionResult>;
    created_by: string | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  case_milestones: {
    case_id: string;
    kind: MilestoneKind;
    status: Generated<MilestoneStatus>;
    on_date: NullableDateCol;
    updated_at: Generated<Date>;
  };
}

/** Migration 0108: case meetings (casusoverleg) — attendees, agenda items with notes, decisions, actions. */
export interface CaseMeetingTables {
  case_meetings: {
    id: string;
    gemeente_code: string;
    title: string;
    starts_at: Date | string;
    location: string | null;
    status: Generated<MeetingStatus>;
    general_minutes: string | null;
    created_by: string | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  case_meeting_attendees: {
    meeting_id: string;
    user_id: string;
    partner_id: string | null;
  };
  case_meeting_items: {
    meeting_id: string;
    case_id: string;
    position: number;
    notes: string | null;
  };
  case_meeting_decisions: {
    id: string;
    meeting_id: string;
    case_id: string;
    text: string | null;
    created_by: string | null;
    created_at: Generated<Date>;
  };
  case_meeting_actions: {
    id: string;
    decision_id: string;
    meeting_id: string;
    case_id: string;
    text: string | null;
    owner_user_id: string | null;
    deadline: NullableDateCol;
    done_at: Date | null;
    created_at: Generated<Date>;
  };
}

/** Who was assigned to or taken off a case, and by whom (migration 0107; the case's timeline). */
export interface CaseMemberChangesTables {
  case_member_changes: {
    id: string;
    case_id: string;
    user_id: string | null;
    change: 'added' | 'removed';
    member_role: CaseMemberRole;
    partner_id: string | null;
    actor_id: string | null;
    at: Generated<Date>;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends CaseLifecycleTables {}
  interface DB extends CasePlanTables, CaseMeetingTables {}
  interface DB extends CaseMemberChangesTables {}
}
