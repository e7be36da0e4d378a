/**
 * Kysely types of the network tables (created by migration 0050_missions.sql; the names stayed):
 * partner organisations, the accounts acting for them, and who takes part in a mission; their
 * contact persons and agreements (migration 0094).
 */
import type { ColumnType, Generated } from 'kysely';

/** The policy's partner types (step 10; migration 0094 renamed care, business and residents). */
export const PARTNER_KINDS = [
  'police',
  'public-prosecutor',
  'probation',
  'safety-house',
  'municipality',
  'housing-corporation',
  'social-team',
  'youth-work',
  'school',
  'care-provider',
  'faith-community',
  'business-association',
  'sports-club',
  'residents-association',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const PARTICIPANT_KINDS = ['partner', 'initiative', 'group'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];
/** convenant, a covenant on information sharing (convenant gegevensdeling; needs a legal basis), other. */
export const AGREEMENT_KINDS = ['convenant', 'information-sharing', 'other'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** date columns come back as Date (pg) or string; read them with db/date-text.ts. */
type NullableDateCol = ColumnType<Date | string | null, string | null, string | null>;
type DateCol = ColumnType<Date | string, string, string>;

export interface NetworkTables {
  partners: {
    gemeente_code: string;
    id: string;
    name: string;
    kind: PartnerKind;
    contact_role: string | null;
    description: string | null;
    /** Deactivated partners stay (history) but are no longer offered (migration 0085). */
    active: Generated<boolean>;
    /** CBS wijk/buurt codes the partner works in (migration 0085). */
    area_codes: ColumnType<string[], string[] | undefined, string[]>;
    created_at: Generated<Date>;
    /** Written by the demo loader (migration 0083). */
    demo: Generated<boolean>;
  };
  partner_members: { partner_id: string; user_id: string };
  /** Contact persons of a partner: work contact only (migration 0094); reads are logged. */
  partner_contacts: {
    id: string;
    partner_id: string;
    name: string;
    job_title: string | null;
    work_email: string | null;
    work_phone: string | null;
    created_at: Generated<Date>;
  };
  /** Agreements created under a partner (migration 0094); every party in partner_agreement_parties. */
  partner_agreements: {
    gemeente_code: string;
    id: string;
    partner_id: string;
    kind: AgreementKind;
    title: string;
    legal_basis: string | null;
    starts_on: DateCol;
    ends_on: NullableDateCol;
    data_covered: string | null;
    area_codes: ColumnType<string[], string[] | undefined, string[]>;
    /** The one "expires soon" reminder was queued (housekeeping). */
    reminder_sent_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
    created_at: Generated<Date>;
  };
  partner_agreement_parties: { agreement_id: string; partner_id: string };
  mission_participants: {
    id: string;
    mission_id: string;
    kind: ParticipantKind;
    partner_id: string | null;
    name: string;
    role: string | null;
    joined_on: NullableDateCol;
    created_at: Generated<Date>;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends NetworkTables {}
}
