/** Edit the comparison buurten of the effect evaluation (suggested by the server; the analyst may choose others). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { patchMission } from './api.ts';
import { toggle } from './mission-form.ts';
import type { ComparisonSuggestion, Effect, MissionDetail } from './types.ts';
import { useSubmit } from '../../ui/use-submit.ts';

interface Props {
  mission: MissionDetail;
  comparison: NonNullable<Effect['crime']>['comparison'];
  csrfToken: string | null;
  onSaved(m: MissionDetail): void;
}

export function ComparisonEditor({ mission, comparison, csrfToken, onSaved }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>(comparison.codes);
  const submit = useSubmit();
  const ranked = (comparison.suggestion as ComparisonSuggestion | null)?.ranked ?? [];
  const names = new Map([
    ...comparison.codes.map((c, i) => [c, comparison.names[i] ?? c] as const),
    ...ranked.map((r) => [r.code, r.name] as const),
  ]);
  const options = [...new Set([...comparison.codes, ...ranked.map((r) => r.code)])];
  const save = async (codes: string[] | null) => {
    const settings = { ...(mission.effectSettings ?? {}), comparison: codes };
    const m = await submit.run(() => patchMission(mission.id, { effectSettings: settings, version: mission.version }, csrfToken));
    if (m) onSaved(m);
  };
  return (
    <details className="comparison-editor">
      <summary>{t('missions.effect.editComparison')}</summary>
      <p className="hint">{t('missions.effect.comparisonHint')}</p>
      <fieldset>
        <legend>{t('missions.effect.comparisonAreas')}</legend>
        <div className="check-columns">
          {options.map((code) => (
            <label key={code} className="check">
              <input type="checkbox" checked={chosen.includes(code)} onChange={() => setChosen(toggle(chosen, code))} />
              {names.get(code) ?? code}
            </label>
          ))}
        </div>
      </fieldset>
      {submit.error && (
        <p className="alert" role="alert">
          {submit.error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button primary" disabled={submit.busy || chosen.length === 0} onClick={() => save(chosen)}>
          {t('missions.effect.saveComparison')}
        </button>
        {!comparison.suggested && (
          <button type="button" className="button ghost" disabled={submit.busy} onClick={() => save(null)}>
            {t('missions.effect.useSuggestion')}
          </button>
        )}
      </div>
    </details>
  );
}
