/**
 * Kysely types of the initiatives tables (migration 0096_initiatives.sql): residents' initiatives
 * (no personal data), their initiators' contact details (apart: need-to-know, logged, retention),
 * the review history and the support given.
 */
import type { ColumnType, Generated } from 'kysely';

export const INITIATIVE_KINDS = [
  'buurtpreventie',
  'whatsapp-buurtpreventie',
  'neighbourhood-event',
  'clean-up',
  'safety-app-group',
  'other',
] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];
export const INITIATIVE_STATUSES = ['new', 'in-contact', 'supported', 'active', 'ended'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export const SUPPORT_ASKED = ['materials', 'training', 'budget', 'municipality-contact', 'police-contact'] as const;
export type SupportAsked = (typeof SUPPORT_ASKED)[number];
export const SUPPORT_KINDS = ['amount', 'materials', 'training', 'contact'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** date columns come back as Date (pg) or string; read them with db/date-text.ts. */
type NullableDateCol = ColumnType<Date | string | null, string | null, string | null>;
type DateCol = ColumnType<Date | string, string, string>;

export interface InitiativeTables {
  initiatives: {
    id: string;
    gemeente_code: string;
    kind: InitiativeKind;
    title: string;
    description: string;
    buurt_code: string;
    lat: number | null;
    lon: number | null;
    people_estimate: number | null;
    support_asked: ColumnType<string[], string[] | undefined, string[]>;
    support_note: string | null;
    status: Generated<InitiativeStatus>;
    publish: Generated<boolean>;
    publish_contact_email: Generated<boolean>;
    published: Generated<boolean>;
    reviewer_id: string | null;
    mission_ids: ColumnType<string[], string[] | undefined, string[]>;
    next_check_in: NullableDateCol;
    reminded_for: NullableDateCol;
    ended_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
    created_at: ColumnType<Date, Date | string | undefined, Date | string>;
    updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
    demo: Generated<boolean>;
  };
  initiative_contacts: {
    initiative_id: string;
    name: string;
    email: string;
    phone: string | null;
    created_at: Generated<Date>;
  };
  initiative_history: {
    id: string;
    initiative_id: string;
    at: ColumnType<Date, Date | string | undefined, never>;
    actor: string;
    event: string;
    from_status: string | null;
    to_status: string | null;
    note: string | null;
  };
  initiative_support: {
    id: string;
    initiative_id: string;
    kind: SupportKind;
    amount_euro: ColumnType<string | number | null, number | null, number | null>;
    description: string;
    given_on: DateCol;
    until: NullableDateCol;
    created_at: Generated<Date>;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends InitiativeTables {}
}
