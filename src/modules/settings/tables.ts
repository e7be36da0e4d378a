/** Kysely types of the municipality settings (migration 0086_municipality_settings.sql). */
import type { Generated } from 'kysely';

export interface SettingsTables {
  municipality_settings: {
    gemeente_code: string;
    name: string | null;
    map_background: 'none' | 'pdok-brt' | null;
    base_year: number | null;
    min_cell_count: number | null;
    perception_min_respondents: number | null;
    pulse_min_answers: number | null;
    version: Generated<number>;
    updated_at: Generated<Date>;
  };
  municipality_settings_changes: {
    id: Generated<number>;
    gemeente_code: string;
    setting: string;
    old_value: string | null;
    new_value: string | null;
    changed_by: string;
    changed_at: Generated<Date>;
  };
}

declare module '../../db/schema.ts' {
  interface DB extends SettingsTables {}
}
