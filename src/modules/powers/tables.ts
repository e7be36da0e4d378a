/**
 * Kysely types of the powers tables (migration 0111_powers.sql): the catalogue of legal bases, the
 * register of decisions with their Awb procedure, its transitions and the reminders sent.
 * A decision names a person or business only by reference to a PGA case (case_id).
 */
import type { ColumnType, Generated } from 'kysely';

/** The Awb procedure's states, in their usual order (ingetrokken can follow any open state). */
export const DECISION_STATES = [
  'voornemen',
  'zienswijze',
  'besluit',
  'bekendgemaakt',
  'bezwaar',
  'beslissing-op-bezwaar',
  'beroep',
  'afgerond',
  'ingetrokken',
] as const;
export type DecisionState = (typeof DECISION_STATES)[number];

export const MEASURE_KINDS = ['closure', 'area-ban', 'order', 'risk-area', 'camera', 'housing-nuisance', 'apv', 'bibob'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const PLACE_KINDS = ['address', 'area', 'either'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const OBJECTION_OUTCOMES = ['gegrond', 'deels-gegrond', 'ongegrond', 'niet-ontvankelijk', 'ingetrokken'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

/** date columns come back as Date (pg) or string; read them with db/date-text.ts. */
type DateCol = ColumnType<Date | string | null, string | null | undefined, string | null>;
type JsonCol<T> = ColumnType<T, string | undefined, string>;

export interface DecisionFact {
  kind: 'incident' | 'signal';
  reference: string;
  note?: string | null;
}
export interface DecisionDocument {
  title: string;
  reference: string;
  date?: string | null;
}

export interface PowersTables {
  power_bases: {
    gemeente_code: string;
    code: string;
    label: string;
    article: string;
    measure_kind: MeasureKind;
    place_kind: PlaceKind;
    description: Generated<string>;
    hearing_days: number | null;
    active: Generated<boolean>;
    builtin: Generated<boolean>;
    sort: Generated<number>;
  };
  decisions: {
    gemeente_code: string;
    id: string;
    number: string;
    base_code: string;
    title: string;
    summary: Generated<string>;
    state: Generated<DecisionState>;
    address_label: string | null;
    lon: number | null;
    lat: number | null;
    buurt_code: string | null;
    area_codes: ColumnType<string[], string[] | undefined, string[]>;
    /** A Polygon or MultiPolygon in WGS84 (camera areas, risk areas), as JSON text when written. */
    geometry: ColumnType<unknown, string | null | undefined, string | null>;
    case_id: string | null;
    mission_id: string | null;
    facts: JsonCol<DecisionFact[]>;
    documents: JsonCol<DecisionDocument[]>;
    hearing_invited_on: DateCol;
    hearing_due: DateCol;
    decided_on: DateCol;
    announced_on: DateCol;
    objection_received_on: DateCol;
    advisory_committee: Generated<boolean>;
    objection_extension_weeks: Generated<number>;
    objection_decided_on: DateCol;
    objection_outcome: ObjectionOutcome | null;
    appeal_filed_on: DateCol;
    appeal_outcome: string | null;
    bibob_requested_on: DateCol;
    bibob_extended: Generated<boolean>;
    closed_on: DateCol;
    measure_start: DateCol;
    measure_end: DateCol;
    extended_to: DateCol;
    lifted_on: DateCol;
    public_text: string | null;
    published_on: DateCol;
    owner_id: string | null;
    demo: Generated<boolean>;
    created_by: string | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
    version: Generated<number>;
  };
  decision_transitions: {
    id: string;
    decision_id: string;
    action: string;
    from_state: string;
    to_state: string;
    effective_on: ColumnType<Date | string, string, string>;
    reason: string | null;
    details: JsonCol<Record<string, unknown>>;
    actor_id: string | null;
    recorded_at: Generated<Date>;
  };
  decision_reminders: {
    decision_id: string;
    deadline_kind: string;
    due: ColumnType<Date | string, string, string>;
    days_before: number;
    sent_at: Generated<Date>;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends PowersTables {}
}
