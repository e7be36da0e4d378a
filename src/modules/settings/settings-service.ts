/**
 * Municipality settings (Beheer → Instellingen, permission `settings:manage`): read the settings in
 * effect with the environment's values beside them, and change them. A change is validated (no
 * suppression threshold below a safe minimum), stored with one change record per setting (old and
 * new value, who), and applied at once to the configuration this process reads (live.ts).
 */
import type { Config } from '../../core/config.ts';
import { actorLabel, authorize, type ServiceContext } from '../../core/context.ts';
import { invalidInput } from '../../core/errors.ts';
import { applySettings, effectiveSettings, environmentSettings, type EffectiveSettings } from './live.ts';
import { SAFE_MINIMUMS, settingsPatch } from './schema.ts';
import {
  readStored,
  recentChanges,
  SETTING_KEYS,
  writeStored,
  type SettingChange,
  type SettingKey,
  type StoredSettings,
} from './settings-store.ts';
import { startupWarnings, type StartupWarning } from './warnings.ts';

export interface SettingsView {
  municipality: { code: string; areaName: string | null };
  settings: EffectiveSettings;
  environment: EffectiveSettings;
  stored: SettingKey[];
  safeMinimums: typeof SAFE_MINIMUMS;
  warnings: StartupWarning[];
  changes: SettingChange[];
}

export async function getSettings(ctx: ServiceContext, config: Config): Promise<SettingsView> {
  authorize(ctx, 'settings:manage');
  const { settings, version } = await readStored(ctx.db, config.municipality);
  applySettings(config, settings, version);
  return {
    municipality: { code: config.municipality, areaName: await areaNameOf(ctx, config.municipality) },
    settings: effectiveSettings(config, settings),
    environment: environmentSettings(config),
    stored: SETTING_KEYS.filter((k) => settings[k] !== null),
    safeMinimums: SAFE_MINIMUMS,
    warnings: await startupWarnings(ctx, config),
    changes: await recentChanges(ctx.db, config.municipality),
  };
}

async function areaNameOf(ctx: ServiceContext, gemeente: string): Promise<string | null> {
  const row = await ctx.db.selectFrom('municipalities').select('name').where('code', '=', gemeente).executeTakeFirst();
  return row?.name ?? null;
}

const shown = (v: string | number | null): string | null => (v === null ? null : String(v));

/** Changes the given settings (null: back to the environment's value); unchanged ones are not logged. */
export async function updateSettings(ctx: ServiceContext, config: Config, patch: unknown): Promise<SettingsView> {
  authorize(ctx, 'settings:manage');
  const parsed = settingsPatch.safeParse(patch);
  if (!parsed.success) {
    throw invalidInput(parsed.error.issues.map((i) => ({ name: ['body', ...i.path.map(String)].join('.'), reason: i.message })));
  }
  await ctx.db.transaction().execute(async (trx) => {
    const { settings: old } = await readStored(trx, config.municipality);
    const next: StoredSettings = { ...old };
    const changes: { setting: SettingKey; oldValue: string | null; newValue: string | null }[] = [];
    for (const key of SETTING_KEYS) {
      const value = parsed.data[key];
      if (value === undefined || value === old[key]) continue;
      (next as Record<SettingKey, unknown>)[key] = value;
      changes.push({ setting: key, oldValue: null, newValue: null });
    }
    if (changes.length === 0) return;
    // Logged as the values in effect before and after (a setting put back follows the environment).
    const [before, after] = [effectiveSettings(config, old), effectiveSettings(config, next)];
    for (const c of changes) Object.assign(c, { oldValue: shown(before[c.setting]), newValue: shown(after[c.setting]) });
    await writeStored(trx, config.municipality, next, changes, actorLabel(ctx.actor));
  });
  return getSettings(ctx, config);
}
