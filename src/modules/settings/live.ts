/**
 * The settings in effect: the environment's values (src/core/config.ts) with the stored overrides
 * on top, written into the one `Config` object every module reads at request time, so a change
 * applies without a restart. Other instances of a multi-instance deployment re-read the table
 * (`refreshSettings`, every 30 s from src/server/start.ts) and pick up a change by its version.
 */
import type { Config } from '../../core/config.ts';
import type { Db } from '../../db/database.ts';
import { readStored, type StoredSettings } from './settings-store.ts';

/** The values a setting falls back to: the environment's, as loaded at start. */
export interface EffectiveSettings {
  name: string | null;
  mapBackground: 'none' | 'pdok-brt';
  baseYear: number | null;
  minCellCount: number;
  perceptionMinRespondents: number;
  pulseMinAnswers: number;
}

const environment = new WeakMap<Config, EffectiveSettings>();
const appliedVersion = new WeakMap<Config, number>();

/** The environment's values for this configuration, remembered before the first override is applied. */
export function environmentSettings(config: Config): EffectiveSettings {
  let env = environment.get(config);
  if (!env) {
    env = {
      name: config.municipalityName ?? null,
      mapBackground: config.mapBackground,
      baseYear: config.perceptionBaseYear ?? null,
      minCellCount: config.minCellCount,
      perceptionMinRespondents: config.perceptionMinRespondents,
      pulseMinAnswers: config.pulseMinAnswers,
    };
    environment.set(config, env);
  }
  return env;
}

export function effectiveSettings(config: Config, stored: StoredSettings): EffectiveSettings {
  const env = environmentSettings(config);
  return {
    name: stored.name ?? env.name,
    mapBackground: stored.mapBackground ?? env.mapBackground,
    baseYear: stored.baseYear ?? env.baseYear,
    minCellCount: stored.minCellCount ?? env.minCellCount,
    perceptionMinRespondents: stored.perceptionMinRespondents ?? env.perceptionMinRespondents,
    pulseMinAnswers: stored.pulseMinAnswers ?? env.pulseMinAnswers,
  };
}

/** Writes the settings in effect into the configuration object that routes and services read. */
export function applySettings(config: Config, stored: StoredSettings, version: number): EffectiveSettings {
  const e = effectiveSettings(config, stored);
  config.municipalityName = e.name ?? undefined;
  config.mapBackground = e.mapBackground;
  config.perceptionBaseYear = e.baseYear ?? undefined;
  config.minCellCount = e.minCellCount;
  config.perceptionMinRespondents = e.perceptionMinRespondents;
  config.pulseMinAnswers = e.pulseMinAnswers;
  appliedVersion.set(config, version);
  return e;
}

/** Reads the stored settings and applies them when their version differs from the one applied; true if applied. */
export async function refreshSettings(db: Db, config: Config): Promise<boolean> {
  const { settings, version } = await readStored(db, config.municipality);
  if (appliedVersion.get(config) === version) return false;
  applySettings(config, settings, version);
  return true;
}
