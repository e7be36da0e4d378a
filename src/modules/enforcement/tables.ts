/**
 * Kysely types of the enforcement tables (migration 0113_enforcement.sql): BOA registrations
 * (warnings, fines, reports) by feit code, time and place, the import runs and their quarantined
 * rows. No personal data is stored.
 */
import type { ColumnType, Generated } from 'kysely';

export const ENFORCEMENT_KINDS = ['warning', 'fine', 'report'] as const;
export type EnforcementKind = (typeof ENFORCEMENT_KINDS)[number];

export interface EnforcementTables {
  enforcement_imports: {
    gemeente_code: string;
    id: string;
    source: string;
    file_name: string;
    mode: 'quarantine' | 'strict';
    rows_read: Generated<number>;
    rows_imported: Generated<number>;
    rows_unchanged: Generated<number>;
    rows_quarantined: Generated<number>;
    actor: string;
    imported_at: Generated<Date>;
  };
  enforcement_registrations: {
    gemeente_code: string;
    id: string;
    source: string;
    source_ref: string;
    kind: EnforcementKind;
    feit_code: string;
    description: Generated<string>;
    occurred_at: Date;
    x: number;
    y: number;
    lat: number;
    lon: number;
    area_year: number | null;
    buurt_code: string | null;
    wijk_code: string | null;
    import_id: string | null;
    demo: Generated<boolean>;
  };
  enforcement_quarantine: {
    id: Generated<string>;
    import_id: string;
    line: number;
    reason: string;
    raw: ColumnType<unknown, string, string>;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends EnforcementTables {}
}
