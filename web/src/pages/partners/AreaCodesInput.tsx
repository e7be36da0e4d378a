/** The areas a partner or agreement works in: chips with a remove button, and a list to add a wijk or buurt. */
import { useTranslation } from 'react-i18next';
import type { AreaNames } from './areas.ts';

interface Props {
  id: string;
  areas: AreaNames;
  value: string[];
  onChange(codes: string[]): void;
  /** The legend (default: the partner's working area). */
  legend?: string;
}

export function AreaCodesInput({ id, areas, value, onChange, legend }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="partner-areas">
      <legend>{legend ?? t('partners.form.areas')}</legend>
      <p className="hint">{legend ? t('partners.agreements.areasHint') : t('partners.form.areasHint')}</p>
      {value.length > 0 && (
        <ul className="partner-area-chips">
          {value.map((code) => (
            <li key={code}>
              {areas.nameOf(code)}{' '}
              <button
                type="button"
                className="button small ghost"
                aria-label={t('partners.form.removeArea', { name: areas.nameOf(code) })}
                onClick={() => onChange(value.filter((c) => c !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={id}>{t('partners.form.addArea')}</label>
      <select id={id} value="" onChange={(e) => e.target.value && onChange([...value, e.target.value])}>
        <option value="">{t('partners.form.chooseArea')}</option>
        {areas.options
          .filter((o) => !value.includes(o.code))
          .map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
      </select>
    </fieldset>
  );
}
