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
  };
}

declare module '../../db/schema.ts' {
  interface DB extends CasesTables {}
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
  interface DB extends CaseMemberChangesTables {}
}
