/** Kysely types of the target-groups tables (migration 0104_target_groups.sql). */
import type { ColumnType, Generated } from 'kysely';

export interface Programme {
  name: string;
  description: string;
  url?: string | undefined;
}

type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export interface TargetGroupTables {
  target_groups: {
    id: string;
    gemeente_code: string;
    key: string;
    name_nl: string;
    name_en: string;
    description: Generated<string>;
    partner_ids: TextArray;
    /** jsonb: written as JSON text, read back parsed. */
    programmes: ColumnType<Programme[], string | undefined, string>;
    area_codes: TextArray;
    category_slugs: TextArray;
    crime_types: TextArray;
    sort_order: Generated<number>;
    is_default: Generated<boolean>;
    created_at: Generated<Date>;
    updated_at: ColumnType<Date, Date | undefined, Date>;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends TargetGroupTables {}
}
