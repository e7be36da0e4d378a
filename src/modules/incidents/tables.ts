import type { Generated } from 'kysely';
import type { AreaLevel } from '../areas/index.ts';

export type PeriodKind = 'year' | 'quarter' | 'month';
export type ImportMode = 'all-or-nothing' | 'quarantine' | 'synthetic';

export interface IncidentTables {
  crime_types: { code: string; title: string; description: string | null; scheme: Generated<string> };
  crime_counts: {
    gemeente_code: string;
    source_table: string;
    area_code: string;
    area_level: AreaLevel;
    area_year: number;
    crime_type: string;
    period: string;
    period_kind: PeriodKind;
    period_start: string;
    count: number | null;
    imported_at: Generated<Date>;
  };
  incident_batches: {
    id: Generated<number>;
    gemeente_code: string;
    source: string;
    file_name: string | null;
    mode: ImportMode;
    actor: string;
    started_at: Generated<Date>;
    finished_at: Date | null;
    rows_read: Generated<number>;
    rows_inserted: Generated<number>;
    rows_unchanged: Generated<number>;
    rows_quarantined: Generated<number>;
  };
  incidents: {
    gemeente_code: string;
    id: Generated<number>;
    source: string;
    source_id: string;
    crime_type: string;
    local_type: string | null;
    start_time: Date;
    end_time: Date | null;
    x: number;
    y: number;
    lat: number;
    lon: number;
    area_year: number;
    buurt_code: string | null;
    wijk_code: string | null;
    offender_ref: string | null;
    victim_ref: string | null;
    address_ref: string | null;
    synthetic: Generated<boolean>;
    batch_id: number | null;
  };
  incident_quarantine: {
    id: Generated<number>;
    batch_id: number;
    line: number;
    raw: unknown;
    errors: unknown;
    resolved_at: Date | null;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends IncidentTables {}
}
