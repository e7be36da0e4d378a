/**
 * The Instellingen form: name, map background, base year and the three suppression thresholds, each
 * with the environment's value as hint; a threshold below its safe minimum is refused in the field.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field.tsx';
import { useSubmit } from '../../ui/use-submit.ts';
import { saveSettings } from './settings-api.ts';
import { changeOf, type DraftErrors, draftOf, type SettingsDraft, THRESHOLDS } from './settings-form.ts';
import type { SettingsView } from './types.ts';

interface Props {
  view: SettingsView;
  csrfToken: string | null;
  onSaved(view: SettingsView): void;
}

export function SettingsForm({ view, csrfToken, onSaved }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(view));
  const [errors, setErrors] = useState<DraftErrors>({});
  const { busy, error, run } = useSubmit();
  const env = view.environment;
  const set = (k: keyof SettingsDraft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));
  const errorOf = (k: keyof SettingsDraft) => (errors[k] ? t(`beheer.settings.errors.${errors[k].key}`, errors[k].values) : null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const change = changeOf(draft, view);
    setErrors(change.ok ? {} : change.errors);
    if (!change.ok || busy) return;
    const saved = await run(() => saveSettings(change.body, csrfToken));
    if (!saved) return;
    setDraft(draftOf(saved));
    onSaved(saved);
  }

  return (
    <form className="action-form settings-form" onSubmit={submit} aria-labelledby="settings-form-title" noValidate>
      <h2 id="settings-form-title">{t('beheer.settings.formTitle')}</h2>
      <Field
        id="settings-name"
        label={t('beheer.settings.name')}
        hint={t('beheer.settings.nameHint', { name: view.municipality.areaName ?? view.municipality.code })}
      >
        <input
          autoComplete="off"
          maxLength={100}
          value={draft.name}
          placeholder={view.municipality.areaName ?? ''}
          onChange={set('name')}
        />
      </Field>
      <Field id="settings-map" label={t('beheer.settings.mapBackground')} hint={t('beheer.settings.mapHint')}>
        <select value={draft.mapBackground} onChange={set('mapBackground')}>
          <option value="none">{t('beheer.settings.maps.none')}</option>
          <option value="pdok-brt">{t('beheer.settings.maps.pdok-brt')}</option>
        </select>
      </Field>
      <Field
        id="settings-base-year"
        label={t('beheer.settings.baseYear')}
        hint={t('beheer.settings.baseYearHint', { year: env.baseYear ?? t('beheer.settings.yearAsked') })}
        error={errorOf('baseYear')}
      >
        <input inputMode="numeric" autoComplete="off" value={draft.baseYear} onChange={set('baseYear')} />
      </Field>
      <ThresholdFields view={view} draft={draft} onChange={set} errorOf={errorOf} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('beheer.settings.busy') : t('beheer.settings.save')}
      </button>
    </form>
  );
}

interface ThresholdProps {
  view: SettingsView;
  draft: SettingsDraft;
  onChange(k: keyof SettingsDraft): (e: { target: { value: string } }) => void;
  errorOf(k: keyof SettingsDraft): string | null;
}

/** The three suppression thresholds, each with the environment's value and the safe minimum as hint. */
function ThresholdFields({ view, draft, onChange, errorOf }: ThresholdProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="settings-thresholds">
      <legend>{t('beheer.settings.thresholds')}</legend>
      <p className="hint">{t('beheer.settings.thresholdsHint')}</p>
      {THRESHOLDS.map((k) => (
        <Field
          key={k}
          id={`settings-${k}`}
          label={t(`beheer.settings.threshold.${k}`)}
          hint={t('beheer.settings.thresholdHint', { env: view.environment[k], min: view.safeMinimums[k] })}
          error={errorOf(k)}
        >
          <input inputMode="numeric" autoComplete="off" value={draft[k]} onChange={onChange(k)} />
        </Field>
      ))}
    </fieldset>
  );
}
