/**
 * Kysely types of the network tables (created by migration 0050_missions.sql; the names stayed):
 * partner organisations, the accounts acting for them, and who takes part in a mission.
 */
import type { ColumnType, Generated } from 'kysely';

export const PARTNER_KINDS = [
  'police',
  'public-prosecutor',
  'social-team',
  'housing-corporation',
  'school',
  'youth-work',
  'care',
  'business',
  'residents',
  'municipality',
  'other',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const PARTICIPANT_KINDS = ['partner', 'initiative', 'group'] as const;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];

/** date columns come back as Date (pg) or string; read them with db/date-text.ts. */
type NullableDateCol = ColumnType<Date | string | null, string | null, string | null>;

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
