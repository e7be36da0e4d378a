/**
 * The Instellingen form as text fields, and the change it sends: an empty name or base year, or a
 * value equal to the environment's, is sent as null (the setting follows the environment again);
 * a threshold below the safe minimum is refused here as the API would. Pure.
 */
import type { SettingsPatch, SettingsView } from './types.ts';

export const THRESHOLDS = ['minCellCount', 'perceptionMinRespondents', 'pulseMinAnswers'] as const;
export type Threshold = (typeof THRESHOLDS)[number];

export interface SettingsDraft {
  name: string;
  mapBackground: 'none' | 'pdok-brt';
  baseYear: string;
  minCellCount: string;
  perceptionMinRespondents: string;
  pulseMinAnswers: string;
}

/** A field's problem: the text key under `beheer.settings.errors` and its values. */
export type DraftErrors = Partial<Record<keyof SettingsDraft, { key: string; values?: Record<string, number> }>>;

export function draftOf(view: SettingsView): SettingsDraft {
  const s = view.settings;
  return {
    name: view.stored.includes('name') ? (s.name ?? '') : '',
    mapBackground: s.mapBackground,
    baseYear: s.baseYear === null ? '' : String(s.baseYear),
    minCellCount: String(s.minCellCount),
    perceptionMinRespondents: String(s.perceptionMinRespondents),
    pulseMinAnswers: String(s.pulseMinAnswers),
  };
}

const wholeNumber = (text: string): number | null => (/^\s*\d{1,6}\s*$/.test(text) ? Number(text) : null);

export function changeOf(draft: SettingsDraft, view: SettingsView): { ok: true; body: SettingsPatch } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const env = view.environment;
  const body: SettingsPatch = {
    name: draft.name.trim() === '' ? null : draft.name.trim(),
    mapBackground: draft.mapBackground === env.mapBackground ? null : draft.mapBackground,
  };
  if (draft.baseYear.trim() === '') body.baseYear = null;
  else {
    const year = wholeNumber(draft.baseYear);
    if (year === null || year < 1990 || year > 2200) errors.baseYear = { key: 'year' };
    else body.baseYear = year;
  }
  for (const k of THRESHOLDS) {
    const n = wholeNumber(draft[k]);
    const min = view.safeMinimums[k];
    if (n === null) errors[k] = { key: 'number' };
    else if (n < min) errors[k] = { key: 'belowMinimum', values: { min } };
    else body[k] = n === env[k] ? null : n;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, body };
}
