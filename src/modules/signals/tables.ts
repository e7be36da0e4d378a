/** Kysely types of the signals tables (migrations 0030_signals.sql, 0035_signals_step3.sql, 0037_signals_trust.sql, 0092_signals_partner_department_ids.sql, 0093_signal_templates_per_category.sql, 0100_signals_early_signals.sql). */
import type { Generated } from 'kysely';

export const SIGNAL_STATUSES = [
  'new',
  'accepted',
  'in_progress',
  'planned',
  'waiting_for_reporter',
  'forwarded',
  'done',
  'cancelled',
  /** Closed by a split into child reports (split-merge.ts); reached by the split action only. */
  'split',
  'reopened',
  'reopen_requested',
] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];
/** 'partner': an early signal (vroegsignaal) raised by a partner organisation (early/, migration 0100). */
export type SignalSource = 'web' | 'open311' | 'import' | 'staff' | 'partner';
export const SIGNAL_SOURCES = ['web', 'open311', 'import', 'staff', 'partner'] as const;
/** Priority of an early signal, from the partner's urgency (migration 0100). */
export const SIGNAL_PRIORITIES = ['normal', 'high', 'urgent'] as const;
export type SignalPriority = (typeof SIGNAL_PRIORITIES)[number];
export type HistoryKind =
  | 'created'
  | 'status'
  | 'note'
  | 'assign'
  | 'category'
  | 'split'
  | 'merge'
  | 'feedback'
  | 'routed'
  | 'photo'
  | 'location'
  | 'publish';
/** Who reads a history entry besides staff (migration 0037): see visibility.ts. */
export const HISTORY_VISIBILITIES = ['internal', 'partner', 'reporter'] as const;
export type HistoryVisibility = (typeof HISTORY_VISIBILITIES)[number];

export interface SignalTables {
  signal_categories: {
    gemeente_code: string;
    slug: string;
    parent_slug: string | null;
    name: string;
    description: Generated<string>;
    keywords: Generated<string>;
    handling_days: Generated<number>;
    department: Generated<string>;
    is_public: Generated<boolean>;
    is_sensitive: Generated<boolean>;
    active: Generated<boolean>;
    sort_order: Generated<number>;
    updated_at: Generated<Date>;
    /** Partners handling a report of this category may see the reporter's contact details. */
    partner_contact: Generated<boolean>;
    /** Counts in the perception "reported nuisance" index (role `nuisance`). */
    is_nuisance: Generated<boolean>;
    /** Actor label of the last change (null: seeded). */
    updated_by: string | null;
  };
  signal_counters: { gemeente_code: string; year: number; last_value: Generated<number> };
  signals: {
    gemeente_code: string;
    id: string;
    number: string;
    tracking_token_hash: string;
    category_slug: string;
    suggested_category: string | null;
    description: Generated<string>;
    status: SignalStatus;
    lat: number | null;
    lon: number | null;
    x: number | null;
    y: number | null;
    address_text: string | null;
    area_year: number | null;
    buurt_code: string | null;
    wijk_code: string | null;
    source: Generated<SignalSource>;
    source_id: string | null;
    department: string | null;
    /** The name at the time of forwarding (history); the partner itself is partner_id (migration 0092). */
    partner: string | null;
    /** Network partner the report is forwarded to; a partner account's scope (partner-access.ts). */
    partner_id: string | null;
    /** Department or team (users module) the report is routed to (migration 0092). */
    department_id: string | null;
    assignee_id: string | null;
    parent_id: string | null;
    merged_into_id: string | null;
    deadline: string | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
    closed_at: Date | null;
    /** Set when staff marked the resident's description (and address text) public; never shown for sensitive categories. */
    description_published_at: Date | null;
    /** Demo content (migration 0081): made up, no contact details, removed by `demo remove`. */
    demo: Generated<boolean>;
    /** The partner organisation that raised this early signal (source 'partner'; migration 0100). */
    raised_by_partner_id: Generated<string | null>;
    /** Priority from the partner's urgency; null for residents' reports (migration 0100). */
    priority: Generated<SignalPriority | null>;
    /** The raising partner's own reference (migration 0100). */
    partner_reference: Generated<string | null>;
  };
  signal_contacts: {
    signal_id: string;
    email: string | null;
    phone: string | null;
    consent: Generated<boolean>;
    /** Confirmation and status mails to `email` (false: kept only for questions from staff; migration 0088). */
    updates: Generated<boolean>;
    created_at: Generated<Date>;
  };
  signal_history: {
    id: Generated<number>;
    signal_id: string;
    at: Generated<Date>;
    actor: string;
    kind: HistoryKind;
    from_status: string | null;
    to_status: string | null;
    text: string | null;
    visibility: Generated<HistoryVisibility>;
    /** Set when staff marked the text public (Open311, followers); never shown for sensitive categories. */
    published_at: Date | null;
    data: Generated<unknown>;
  };
  signal_photos: {
    id: string;
    signal_id: string;
    content_type: string;
    bytes: Buffer;
    width: number;
    height: number;
    size: number;
    is_public: Generated<boolean>;
    created_at: Generated<Date>;
  };
  signal_subscriptions: {
    id: string;
    gemeente_code: string;
    kind: 'signal' | 'buurt' | 'point';
    signal_id: string | null;
    buurt_code: string | null;
    /** Kind 'point': new public reports within `radius_m` metres of (lat, lon). */
    lat: number | null;
    lon: number | null;
    radius_m: number | null;
    email: string;
    unsubscribe_token_hash: string;
    created_at: Generated<Date>;
    /** Null until the subscriber followed the confirmation link (double opt-in). */
    confirmed_at: Date | null;
    confirm_token_hash: string | null;
  };
  signal_feedback: { signal_id: string; satisfied: boolean; reason: string | null; created_at: Generated<Date> };
  signal_saved_filters: { id: string; user_id: string; name: string; query: unknown; created_at: Generated<Date> };
  signal_routing_rules: {
    id: string;
    gemeente_code: string;
    position: number;
    name: string;
    category_slug: string | null;
    area_code: string | null;
    weekdays: string | null;
    time_from: number | null;
    time_to: number | null;
    assign_kind: 'department' | 'partner';
    assign_to: string;
    active: Generated<boolean>;
    created_at: Generated<Date>;
    updated_by: string | null;
  };
  signal_templates: {
    gemeente_code: string;
    status: string;
    /** Null: the general text of the status; else the text for this (main or sub-)category (migration 0093). */
    category_slug: Generated<string | null>;
    subject: string;
    body: string;
    updated_at: Generated<Date>;
  };
  signal_idempotency: { key: string; request_hash: string; signal_id: string; reply: unknown; created_at: Generated<Date> };
}

declare module '../../db/schema.ts' {
  interface DB extends SignalTables {}
}
