/**
 * Kysely types of the youth-groups tables (migration 0098_youth_groups.sql): the groups and their
 * shortlist assessments. No persons are stored, and no case references (a PGA case links to a group).
 */
import type { ColumnType, Generated } from 'kysely';
import type { Classification } from './shortlist.ts';

/** date columns come back as Date (pg) or string; read them with db/date-text.ts. */
type NullableDateCol = ColumnType<Date | string | null, string | null | undefined, string | null>;
type JsonCol<T> = ColumnType<T, string, string>;

/** A hangplek: a named point or area (GeoJSON, WGS84). */
export interface Hangplek {
  name: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | { type: 'Polygon'; coordinates: [number, number][][] };
}

export interface YouthGroupsTables {
  youth_groups: {
    gemeente_code: string;
    id: string;
    name: string;
    area_code: string;
    description: string | null;
    size_estimate: number | null;
    age_min: number | null;
    age_max: number | null;
    hangplekken: JsonCol<Hangplek[]>;
    measures: ColumnType<string[], string[] | undefined, string[]>;
    partner_ids: ColumnType<string[], string[] | undefined, string[]>;
    mission_id: string | null;
    owner_id: string | null;
    review_date: NullableDateCol;
    reminded_for: NullableDateCol;
    demo: Generated<boolean>;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
  youth_group_assessments: {
    id: string;
    group_id: string;
    assessed_on: ColumnType<Date | string, string, string>;
    assessor_id: string | null;
    answers: JsonCol<Record<string, number>>;
    computed: Classification;
    classification: Classification;
    deviation_reason: string | null;
    created_at: Generated<Date>;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends YouthGroupsTables {}
}
