/** Crime types as grouped checkboxes in a disclosure; a group checkbox chooses the whole main type. */
import { useTranslation } from 'react-i18next';
import { groupCrimeTypes, toggleType } from './crime-types.ts';
import type { CrimeType } from './types.ts';

interface Props {
  types: CrimeType[];
  selected: string[];
  onChange(selected: string[]): void;
  /** What no selection means, when a view has its own default (near-repeat starts on burglary). */
  emptySummary?: string | undefined;
}

export function CrimeTypePicker({ types, selected, onChange, emptySummary }: Props) {
  const { t } = useTranslation();
  const groups = groupCrimeTypes(types);
  const summary = selected.length
    ? t('analysis.filters.typesChosen', { count: selected.length })
    : (emptySummary ?? t('analysis.filters.allTypes'));
  return (
    <details className="type-picker">
      <summary>
        {t('analysis.filters.crimeTypes')}: <strong>{summary}</strong>
      </summary>
      <div className="type-picker-body">
        <button type="button" className="link-button" onClick={() => onChange([])} disabled={!selected.length}>
          {t('analysis.filters.clearTypes')}
        </button>
        {groups.map((g) => {
          const whole = selected.includes(g.code);
          return (
            <fieldset key={g.code}>
              <legend>
                <label>
                  <input type="checkbox" checked={whole} onChange={() => onChange(toggleType(selected, g.code))} />{' '}
                  {t('analysis.filters.group', { code: g.code })}
                </label>
              </legend>
              {g.types.map((ct) => (
                <label key={ct.code} className="type-option">
                  <input
                    type="checkbox"
                    checked={whole || selected.includes(ct.code)}
                    disabled={whole}
                    onChange={() => onChange(toggleType(selected, ct.code))}
                  />{' '}
                  {ct.title} <span className="muted">{ct.code}</span>
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
    </details>
  );
}
