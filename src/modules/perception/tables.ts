/** Kysely types of the perception tables (migration 0040_perception.sql). */
import type { Generated } from 'kysely';

export const INDICATOR_THEMES = [
  'perception',
  'avoidance',
  'victimisation',
  'social-nuisance',
  'physical-decay',
  'mark',
  'crime-perception',
] as const;
export type IndicatorTheme = (typeof INDICATOR_THEMES)[number];
export type IndicatorUnit = 'percent' | 'mark' | 'score';
export type IndicatorDirection = 'higher-is-worse' | 'higher-is-better';
export type StoryStatus = 'pending' | 'approved' | 'rejected';

export interface PerceptionTables {
  perception_indicators: {
    code: string;
    theme: IndicatorTheme;
    name_nl: string;
    name_en: string;
    definition: string;
    unit: IndicatorUnit;
    direction: IndicatorDirection;
    source: string;
    cbs_label: string | null;
    sort_order: Generated<number>;
  };
  survey_batches: {
    id: Generated<number>;
    gemeente_code: string;
    file_name: string;
    source: string;
    mode: 'all-or-nothing' | 'quarantine';
    actor: string;
    rows_read: Generated<number>;
    rows_stored: Generated<number>;
    rows_quarantined: Generated<number>;
    created_at: Generated<Date>;
  };
  survey_results: {
    gemeente_code: string;
    indicator_code: string;
    area_code: string;
    year: number;
    value: number | null;
    respondents: number | null;
    margin: number | null;
    source: string;
    batch_id: number | null;
    imported_at: Generated<Date>;
    /** Written by the demo loader (migration 0082). */
    demo: Generated<boolean>;
  };
  survey_quarantine: { id: Generated<number>; batch_id: number; line: number; raw: unknown; errors: unknown };
  pulse_period_keys: { gemeente_code: string; period: string; secret: string; created_at: Generated<Date> };
  pulse_responses: {
    gemeente_code: string;
    id: string;
    buurt_code: string;
    wijk_code: string | null;
    area_year: number;
    period: string;
    year: number;
    safe_day: number;
    safe_night: number;
    problems: Generated<string[]>;
    age_band: string | null;
    device_hash: string;
    submitted_on: string;
    demo: Generated<boolean>;
  };
  pulse_stories: {
    gemeente_code: string;
    id: string;
    response_id: string;
    buurt_code: string;
    wijk_code: string | null;
    year: number;
    status: Generated<StoryStatus>;
    text: string;
    shingles: Generated<number[]>;
    duplicate_of: string | null;
    flags: Generated<StoryFlag[]>;
    themes: Generated<string[]>;
    reject_reason: string | null;
    moderated_by: string | null;
    moderated_at: Date | null;
    submitted_on: string;
    demo: Generated<boolean>;
  };
  perception_themes: { gemeente_code: string; slug: string; name: string };
}

/** An automatic finding on a story, shown to the moderator as a suggestion. */
export interface StoryFlag {
  kind: 'email' | 'phone' | 'postcode-address' | 'name' | 'offensive' | 'duplicate';
  /** The matched text (offsets into the original text). */
  match: string;
  start: number;
  end: number;
}

declare module '../../db/schema.ts' {
  interface DB extends PerceptionTables {}
}
