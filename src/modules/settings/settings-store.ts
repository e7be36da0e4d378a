/** SQL on the settings module's own tables: one row of overrides per municipality, and its change log. */
import type { Db } from '../../db/database.ts';
import type { SettingsTables } from './tables.ts';

/** The settings an admin may change; null = the environment's value. */
export interface StoredSettings {
  name: string | null;
  mapBackground: 'none' | 'pdok-brt' | null;
  baseYear: number | null;
  minCellCount: number | null;
  perceptionMinRespondents: number | null;
  pulseMinAnswers: number | null;
}

export const SETTING_KEYS = ['name', 'mapBackground', 'baseYear', 'minCellCount', 'perceptionMinRespondents', 'pulseMinAnswers'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export const NO_OVERRIDES: StoredSettings = {
  name: null,
  mapBackground: null,
  baseYear: null,
  minCellCount: null,
  perceptionMinRespondents: null,
  pulseMinAnswers: null,
};

type Row = SettingsTables['municipality_settings'];

/** The stored overrides and their version (0 when never saved). */
export async function readStored(db: Db, gemeente: string): Promise<{ settings: StoredSettings; version: number }> {
  const row = await db.selectFrom('municipality_settings').selectAll().where('gemeente_code', '=', gemeente).executeTakeFirst();
  if (!row) return { settings: NO_OVERRIDES, version: 0 };
  return {
    version: Number(row.version),
    settings: {
      name: row.name,
      mapBackground: row.map_background,
      baseYear: row.base_year,
      minCellCount: row.min_cell_count,
      perceptionMinRespondents: row.perception_min_respondents,
      pulseMinAnswers: row.pulse_min_answers,
    },
  };
}

/** Saves the overrides and one change record per changed setting, in the caller's transaction. */
export async function writeStored(
  db: Db,
  gemeente: string,
  next: StoredSettings,
  changes: { setting: SettingKey; oldValue: string | null; newValue: string | null }[],
  changedBy: string,
): Promise<void> {
  const values: Omit<Row, 'version' | 'updated_at'> = {
    gemeente_code: gemeente,
    name: next.name,
    map_background: next.mapBackground,
    base_year: next.baseYear,
    min_cell_count: next.minCellCount,
    perception_min_respondents: next.perceptionMinRespondents,
    pulse_min_answers: next.pulseMinAnswers,
  };
  const { gemeente_code: _, ...update } = values;
  await db
    .insertInto('municipality_settings')
    .values(values)
    .onConflict((oc) =>
      oc
        .column('gemeente_code')
        .doUpdateSet((eb) => ({ ...update, version: eb('municipality_settings.version', '+', 1), updated_at: new Date() })),
    )
    .execute();
  if (changes.length === 0) return;
  await db
    .insertInto('municipality_settings_changes')
    .values(
      changes.map((c) => ({
        gemeente_code: gemeente,
        setting: c.setting,
        old_value: c.oldValue,
        new_value: c.newValue,
        changed_by: changedBy,
      })),
    )
    .execute();
}

export interface SettingChange {
  id: number;
  setting: string;
  oldValue: string | null;
  newValue: string | null;
  changedBy: string;
  changedAt: string;
}

export async function recentChanges(db: Db, gemeente: string, limit = 20): Promise<SettingChange[]> {
  const rows = await db
    .selectFrom('municipality_settings_changes')
    .select(['id', 'setting', 'old_value', 'new_value', 'changed_by', 'changed_at'])
    .where('gemeente_code', '=', gemeente)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    setting: r.setting,
    oldValue: r.old_value,
    newValue: r.new_value,
    changedBy: r.changed_by,
    changedAt: r.changed_at.toISOString(),
  }));
}
